"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useBrowserValue } from "@/components/ui/use-browser-value";

/**
 * Copies `text` to the clipboard. Shown only where the browser can (JavaScript and the
 * clipboard API); without it the code is still there to select and copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const canCopy = useBrowserValue(() => typeof navigator.clipboard?.writeText === "function", false);
  const [copied, setCopied] = useState(false);
  if (!canCopy) return null;
  return (
    <span className="inline-flex items-center gap-3">
      <Button
        variant="secondary"
        size="sm"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-sage-700">
        {copied ? "Copied" : ""}
      </span>
    </span>
  );
}
