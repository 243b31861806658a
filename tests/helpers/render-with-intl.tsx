import { render, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** Renders a component as a page in `locale` would: with that language's messages. */
export function renderWithIntl(ui: ReactElement, { locale = "en", ...options }: RenderOptions & { locale?: Locale } = {}) {
  // A wrapper, not a parent element, so `rerender` keeps the messages too.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
  return render(ui, { wrapper, ...options });
}

/** Server markup of a component as a page in `locale` renders it, with that language's messages. */
export function markupWithIntl(ui: ReactElement, locale: Locale = "en"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
