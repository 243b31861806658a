import { Link } from "@/lib/i18n/navigation";
import { cx } from "@/components/ui/class-names";

/** Three overlapping circles: the village around a new family. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cx("h-8 w-8", className)}>
      <circle cx="10.5" cy="11.5" r="7" className="fill-clay-400" />
      <circle cx="21.5" cy="11.5" r="7" className="fill-sage-400" opacity="0.9" />
      <circle cx="16" cy="20.5" r="7" className="fill-rose-400" opacity="0.85" />
    </svg>
  );
}

export function Wordmark({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cx(
        "-mx-1 inline-flex min-h-tap items-center gap-2 rounded-lg px-1 font-serif text-2xl font-semibold tracking-tight text-ink no-underline max-[359px]:gap-1.5 max-[359px]:text-xl",
        className,
      )}
    >
      <LogoMark />
      <span>Village</span>
    </Link>
  );
}
