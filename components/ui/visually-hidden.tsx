import type { ComponentPropsWithRef } from "react";

/** Text for screen readers only, e.g. "(opens in a new tab)" or an icon button's name. */
export function VisuallyHidden(props: ComponentPropsWithRef<"span">) {
  return <span className="sr-only" {...props} />;
}
