import type { ListingStatus } from "@/lib/db/generated/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS: Record<ListingStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Pending review", tone: "sky" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "clay" },
  PUBLISHED: { label: "Published", tone: "sage" },
  REJECTED: { label: "Rejected", tone: "rose" },
  ARCHIVED: { label: "Archived", tone: "neutral" },
};

/** The listing's status, and "Edit waiting for review" when a change to a live listing is. */
export function ListingStatusBadges({ status, editWaiting }: { status: ListingStatus; editWaiting: boolean }) {
  return (
    <p className="flex flex-wrap gap-2">
      <span className="sr-only">Status: </span>
      <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
      {editWaiting ? <Badge tone="sky">Edit waiting for review</Badge> : null}
    </p>
  );
}
