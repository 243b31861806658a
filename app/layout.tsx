import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { fontVariables } from "@/components/site/fonts";
import { meetingGuideFeedAlternates } from "@/lib/feeds/meeting-guide/feed-link";
import { siteUrl } from "@/lib/urls/site-url";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Village · Find a postpartum support group near you",
    template: "%s · Village",
  },
  description:
    "Find a postpartum support group near you, learn how partners and families can help, and list a group you run. No account, no tracking.",
  applicationName: "Village",
  formatDetection: { telephone: false },
  // Makes canonical and preview-image URLs absolute; a bad SITE_URL falls back to localhost.
  metadataBase: siteUrl(),
  alternates: meetingGuideFeedAlternates,
  openGraph: { siteName: "Village", type: "website", locale: "en" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#FBF7F1",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets the nonce
  // that proxy.ts put in its Content-Security-Policy.
  await headers();
  return (
    <html lang="en" className={fontVariables}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-full focus:bg-ink focus:px-5 focus:py-3 focus:text-base focus:font-semibold focus:text-paper focus:no-underline focus:shadow-raised"
        >
          Skip to main content
        </a>
        <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
