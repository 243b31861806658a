import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { EnhanceScript } from "@/components/site/enhance-script";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { fontVariables } from "@/components/site/fonts";
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
  openGraph: { siteName: "Village", type: "website", locale: "en" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#FBF7F1",
  colorScheme: "light",
};

// Pages that are the same for everyone (articles, about, families) are rendered once, at
// build time: they are sent as plain HTML (components/site/html-only.tsx) and need no
// per-request nonce. Pages that keep React read the request anyway (sessions, forms).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fontVariables}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-full focus:bg-ink focus:px-5 focus:py-3 focus:text-base focus:font-semibold focus:text-paper focus:no-underline focus:shadow-raised"
        >
          Skip to main content
        </a>
        <SiteHeader />
        {/* tabIndex lets the skip link move focus here in every browser. */}
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter />
        <EnhanceScript />
      </body>
    </html>
  );
}
