import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";

export type ContainerProps = ComponentPropsWithRef<"div"> & {
  /** "page" for listings and the shell; "narrow" for reading, forms and the help page. */
  width?: "page" | "narrow";
};

/** Centres content at the page width with the house side padding. */
export function Container({ width = "page", className, ...props }: ContainerProps) {
  return (
    <div
      className={cx("mx-auto w-full px-4 sm:px-6 lg:px-8", width === "page" ? "max-w-page" : "max-w-narrow", className)}
      {...props}
    />
  );
}
