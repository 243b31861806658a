import { Link } from "@/lib/i18n/navigation";
import { cx } from "./class-names";

/** "← My groups": the way back up, above a page's heading. */
export function BackLink({ href, children, className }: { href: string; children: string; className?: string }) {
  return (
    <p className={cx("text-sm", className)}>
      <Link href={href}>← {children}</Link>
    </p>
  );
}
