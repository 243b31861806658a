import { Button } from "@/components/ui/button";

/**
 * Printing from a button needs JavaScript: public/enhance.js (data-print) makes it work, and
 * without JavaScript it is not shown (data-needs-script). Shown from the first paint, so
 * nothing moves once the page is live.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" data-print="" data-needs-script="" className="[&[hidden]]:hidden">
      <PrinterIcon />
      {label}
    </Button>
  );
}

function PrinterIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.6">
      <path d="M5.5 7.5V3h9v4.5M5.5 14H3.75A1.25 1.25 0 0 1 2.5 12.75v-4A1.25 1.25 0 0 1 3.75 7.5h12.5a1.25 1.25 0 0 1 1.25 1.25v4A1.25 1.25 0 0 1 16.25 14H14.5" />
      <path d="M5.5 11.5h9V17h-9z" />
    </svg>
  );
}
