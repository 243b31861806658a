import type { ComponentPropsWithoutRef } from "react";

/**
 * A link out of the frame to a page on Village, in a new tab: Village's other pages refuse
 * to be framed, and a partner's visitor keeps the partner's page. Says so to screen readers.
 */
export function NewTabLink({ children, ...props }: Omit<ComponentPropsWithoutRef<"a">, "target" | "rel"> & { href: string }) {
  return (
    <a {...props} target="_blank" rel="noopener">
      {children}
      <svg aria-hidden="true" viewBox="0 0 12 12" className="ml-1 inline h-[0.7em] w-[0.7em] fill-none stroke-current align-baseline">
        <path d="M4.5 2.5h5v5M9.5 2.5 3 9" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
