import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedFrame } from "@/components/embed/embed-frame";

// Pages shown inside other sites' frames: the root layout leaves out the site's header and
// footer for this route group (components/site/site-chrome.tsx). Search engines should
// send people to the real pages, not to the framed copies.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
