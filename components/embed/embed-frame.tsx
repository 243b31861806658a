import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LogoMark } from "@/components/site/logo";
import { crisisLineNumber } from "@/lib/print/crisis-number";
import { NewTabLink } from "./new-tab-link";

/**
 * What every embedded page carries around its content on a partner's site: the crisis
 * line, which the site shows on every page, and where the list comes from.
 */
export function EmbedFrame({ children }: { children: ReactNode }) {
  const t = useTranslations("Embed");
  const number = crisisLineNumber(useLocale());
  return (
    <div className="flex min-h-dvh flex-col bg-paper-raised">
      <p className="border-b border-rose-200 bg-rose-50 px-4 py-2 text-sm font-medium text-rose-900">
        {t.rich("crisis", {
          number: number.display,
          tel: (chunks) => (
            <a href={number.href} className="font-semibold text-rose-900">
              {chunks}
            </a>
          ),
          more: (chunks) => (
            <NewTabLink href="/help-now" className="whitespace-nowrap text-rose-900">
              {chunks}
            </NewTabLink>
          ),
        })}
      </p>
      {/* tabIndex lets the skip link move focus here in every browser. */}
      <main id="main" tabIndex={-1} className="flex-1 px-4 py-3 outline-none">
        {children}
      </main>
      <footer className="border-t border-line px-4 py-2 text-sm text-ink-muted">
        <NewTabLink href="/" className="inline-flex items-center gap-1.5 font-medium text-ink-muted no-underline hover:text-ink hover:underline">
          <LogoMark className="h-5 w-5" />
          {t("listedOn")}
        </NewTabLink>
      </footer>
    </div>
  );
}
