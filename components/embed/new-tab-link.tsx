import { useLocale, useTranslations } from "next-intl";
import type { ComponentPropsWithoutRef } from "react";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * A link out of the frame to a page on Village, in a new tab: Village's other pages refuse
 * to be framed, and a partner's visitor keeps the partner's page. Says so to screen readers.
 * `href` is a path on Village without a language prefix; the link keeps the frame's language.
 */
export function NewTabLink({ children, href, ...props }: Omit<ComponentPropsWithoutRef<"a">, "target" | "rel"> & { href: string }) {
  const t = useTranslations("Embed");
  const locale = useLocale();
  return (
    <a {...props} href={href.startsWith("/") ? localePath(locale, href) : href} target="_blank" rel="noopener">
      {children}
      <svg aria-hidden="true" viewBox="0 0 12 12" className="ml-1 inline h-[0.7em] w-[0.7em] fill-none stroke-current align-baseline">
        <path d="M4.5 2.5h5v5M9.5 2.5 3 9" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only"> {t("newTab")}</span>
    </a>
  );
}
