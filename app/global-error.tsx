"use client";

import { useEffect } from "react";
import { fontVariables } from "@/components/site/fonts";
import { Button, buttonClasses } from "@/components/ui/button";
import "./globals.css";

/**
 * Replaces the root layout when it fails, so it brings its own document, styles and fonts,
 * and links with plain anchors so the next click loads a fresh page.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en" className={fontVariables}>
      <body>
        <title>Something went wrong · Village</title>
        <main className="mx-auto flex max-w-narrow flex-col gap-6 px-4 pt-16 sm:px-6">
          <p className="font-serif text-2xl font-semibold text-ink">Village</p>
          <h1 className="text-3xl sm:text-4xl">Sorry, something went wrong on our side</h1>
          <p className="text-lg text-ink-muted">
            It&rsquo;s not anything you did. Please try again in a moment.
          </p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button onClick={() => retry()}>Try again</Button>
            {/* A full page load on purpose: the app's own router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className={buttonClasses({ variant: "secondary" })}>
              Go to the home page
            </a>
          </div>
          <p className="rounded-card border border-rose-200 bg-rose-50 p-5 text-base text-rose-900">
            If you are in crisis or thinking of harming yourself or your baby, call or text 988 (US) or your local
            emergency number now. {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/help-now">See crisis lines by country</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
