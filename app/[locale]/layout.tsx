import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { EnhanceScript } from "@/components/site/enhance-script";
import { SiteChrome } from "@/components/site/site-chrome";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { fontVariables } from "@/components/site/fonts";
import { meetingGuideFeedAlternates } from "@/lib/feeds/meeting-guide/feed-link";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/urls/site-url";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: "Site" });
  return {
    title: { default: t("defaultTitle"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: "Village",
    formatDetection: { telephone: false },
    // Makes canonical and preview-image URLs absolute; a bad SITE_URL falls back to localhost.
    metadataBase: siteUrl(),
    alternates: meetingGuideFeedAlternates,
    openGraph: { siteName: "Village", type: "website", locale },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#FBF7F1",
  colorScheme: "light",
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("Site"), getMessages()]);
  // Reading the request makes every page render per request, so each gets the nonce
  // that proxy.ts put in its Content-Security-Policy.
  await headers();
  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-full focus:bg-ink focus:px-5 focus:py-3 focus:text-base focus:font-semibold focus:text-paper focus:no-underline focus:shadow-raised"
        >
          {t("skipToContent")}
        </a>
        {/* Client components get only the messages they use. */}
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
            {children}
          </SiteChrome>
        </NextIntlClientProvider>
        <EnhanceScript />
      </body>
    </html>
  );
}
