import { Link } from "@/lib/i18n/navigation";
import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "crisis";
export type ButtonSize = "sm" | "md" | "lg";

type StyleProps = { variant?: ButtonVariant; size?: ButtonSize };

const base =
  "inline-flex select-none items-center justify-center gap-2 rounded-full text-center font-semibold leading-tight no-underline transition-colors duration-150 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-clay-600 text-white shadow-sm hover:bg-clay-700 active:bg-clay-800",
  secondary: "border border-sage-300 bg-sage-100 text-sage-800 hover:bg-sage-200 active:bg-sage-300",
  ghost: "text-ink hover:bg-ink/5 active:bg-ink/10",
  crisis: "bg-rose-600 text-white shadow-sm hover:bg-rose-700 active:bg-rose-800",
};

// Every size keeps at least a 44px tap target.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-tap px-4 py-2 text-sm",
  md: "min-h-12 px-6 py-2.5 text-base",
  lg: "min-h-14 px-6 py-3 text-lg",
};

/** The classes behind Button; for the rare element that must look like one (e.g. a summary). */
export function buttonClasses({ variant = "primary", size = "md" }: StyleProps = {}): string {
  return cx(base, variants[variant], sizes[size]);
}

export type ButtonProps = ComponentPropsWithRef<"button"> & StyleProps;

/** A button. Defaults to type="button" so it never submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={cx(buttonClasses({ variant, size }), className)} {...props} />;
}

export type ButtonLinkProps = ComponentPropsWithRef<"a"> & StyleProps & { href: string };

/**
 * A link styled as a button. App paths go through next/link; tel:, sms:, mailto: and
 * external URLs render a plain anchor.
 */
export function ButtonLink({ variant, size, className, href, ...props }: ButtonLinkProps) {
  const classes = cx(buttonClasses({ variant, size }), className);
  if (href.startsWith("/") && !href.startsWith("//")) {
    return <Link href={href} className={classes} {...props} />;
  }
  return <a href={href} className={classes} {...props} />;
}
