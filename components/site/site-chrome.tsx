"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

/** The route group whose pages other sites frame; they bring their own small frame. */
export const EMBED_ROUTE_GROUP = "(embed)";

/**
 * The site's header, main landmark and footer around every page, except the embeddable
 * pages in app/(embed), which are shown inside partners' sites. The root layout cannot
 * tell which page it wraps; the selected segment below it can (route groups included).
 */
export function SiteChrome({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  if (useSelectedLayoutSegment() === EMBED_ROUTE_GROUP) return children;
  return (
    <>
      {header}
      {/* tabIndex lets the skip link move focus here in every browser. */}
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      {footer}
    </>
  );
}
