"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { languageSwitchHref } from "@/lib/i18n/language-choice";
import { languageName } from "@/lib/i18n/language-names";
import { routing } from "@/lib/i18n/routing";
import { cx } from "@/components/ui/class-names";

/**
 * A plain link to this page, with its query, in the other language, through the route that
 * remembers the choice. A full page load, so <html lang> changes with it.
 */
export function LanguageSwitcher({ className, linkClassName }: { className?: string; linkClassName?: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const others = routing.locales.filter((l) => l !== locale);
  return (
    <ul className={cx("flex items-center", className)}>
      {others.map((target) => (
        <li key={target}>
          <a
            href={languageSwitchHref(target, `${pathname}${search ? `?${search}` : ""}`)}
            rel="nofollow"
            hrefLang={target}
            lang={target}
            className={linkClassName ?? "inline-flex min-h-tap items-center rounded-lg px-2 text-sm font-semibold text-ink no-underline hover:bg-ink/5 hover:text-clay-700"}
          >
            {/* Each language named in itself: the switcher speaks the language it offers. */}
            {languageName(target, target)}
          </a>
        </li>
      ))}
    </ul>
  );
}
