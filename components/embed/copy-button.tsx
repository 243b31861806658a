"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useBrowserValue } from "@/components/ui/use-browser-value";

type Props = {
  text: string;
  label: string;
  /** What the status line says after copying, and when the browser refused (worded by the page: client components have no Embed messages). */
  copied: string;
  refused: string;
};

/**
 * Copies `text` to the clipboard. Shown only where the browser can (JavaScript and the
 * clipboard API); without it the code is still there to select and copy by hand.
 */
export function CopyButton({ text, label, copied, refused }: Props) {
  const canCopy = useBrowserValue(() => typeof navigator.clipboard?.writeText === "function", false);
  const [result, setResult] = useState<"copied" | "refused" | null>(null);
  if (!canCopy) return null;
  return (
    <span className="inline-flex items-center gap-3">
      <Button
        variant="secondary"
        size="sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setResult("copied");
          } catch {
            // The browser may refuse (permissions, an insecure address): the code is still there to select.
            setResult("refused");
          }
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-ink-muted">
        {result === "copied" ? copied : result === "refused" ? refused : ""}
      </span>
    </span>
  );
}
