import { Link } from "@/lib/i18n/navigation";
import { formatAge, formatStamp } from "@/lib/format/dates";
import type { QueueRevision } from "@/lib/moderation/queue";

/** Pending edits, each with the names of the fields it changes. */
export function RevisionList({ items, now }: { items: QueueRevision[]; now: Date }) {
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => {
        const labels = [...new Set(item.changes.map((c) => c.label.replace(/ \d+$/, "")))];
        return (
          <li key={item.id} className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-4 sm:p-5">
            <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
              <Link href={`/admin/revisions/${item.id}`} className="text-lg font-semibold">
                Edit to {item.groupName}
              </Link>
              <p className="text-sm text-ink-muted">
                Sent <time dateTime={item.createdAt.toISOString()} title={formatStamp(item.createdAt)}>{formatAge(item.createdAt, now)}</time>
                {item.author ? ` by ${item.author}` : null}
              </p>
            </div>
            <p className="text-sm">
              {labels.length === 0 ? (
                <span className="text-ink-muted">No visible changes.</span>
              ) : (
                <>
                  <span className="font-semibold">
                    {labels.length} {labels.length === 1 ? "change" : "changes"}:
                  </span>{" "}
                  {labels.slice(0, 6).join(", ")}
                  {labels.length > 6 ? `, and ${labels.length - 6} more` : null}
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
