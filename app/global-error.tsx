"use client";

import { createTranslator } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { fontVariables } from "@/components/site/fonts";
import { Button, buttonClasses } from "@/components/ui/button";
import { getPathname } from "@/lib/i18n/navigation";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import englishErrors from "@/messages/en/Errors.json";
import spanishErrors from "@/messages/es/Errors.json";
import "./globals.css";

// This page stands in for the root layout, and so for next-intl's provider too: it reads its
// language from the address (/es/… is Spanish) and its words from the Errors messages alone,
// the only ones it brings to the browser.
const ERRORS: Record<Locale, typeof englishErrors> = { en: englishErrors, es: spanishErrors };

function localeOfPath(pathname: string | null): Locale {
  const first = pathname?.split("/")[1];
  return isLocale(first) ? first : routing.defaultLocale;
}

/**
 * Replaces the root layout when it fails, so it brings its own document, styles and fonts,
 * and links with plain anchors so the next click loads a fresh page.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = localeOfPath(usePathname());
  const t = createTranslator({ locale, messages: { Errors: ERRORS[locale] }, namespace: "Errors" });
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <title>{t("globalTitle")}</title>
        <main className="mx-auto flex max-w-narrow flex-col gap-6 px-4 pt-16 sm:px-6">
          <p className="font-serif text-2xl font-semibold text-ink">Village</p>
          <h1 className="text-3xl sm:text-4xl">{t("siteHeading")}</h1>
          <p className="text-lg text-ink-muted">{t("globalText")}</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button onClick={() => retry()}>{t("retry")}</Button>
            {/* Plain anchors, a full page load on purpose: the app's own router may be what failed. */}
            <a href={getPathname({ locale, href: "/" })} className={buttonClasses({ variant: "secondary" })}>
              {t("home")}
            </a>
          </div>
          <p className="rounded-card border border-rose-200 bg-rose-50 p-5 text-base text-rose-900">
            {t.rich("globalCrisis", {
              link: (chunks) => <a href={getPathname({ locale, href: "/help-now" })}>{chunks}</a>,
            })}
          </p>
        </main>
      </body>
    </html>
  );
}
