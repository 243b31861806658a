import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ListingStatus, RevisionStatus } from "@/lib/db/generated/enums";

const LABELS: Record<ListingStatus | RevisionStatus, [string, BadgeTone]> = {
  PENDING: ["Waiting for review", "clay"],
  CHANGES_REQUESTED: ["Changes requested", "sky"],
  PUBLISHED: ["Published", "sage"],
  APPROVED: ["Approved", "sage"],
  REJECTED: ["Rejected", "rose"],
  ARCHIVED: ["Archived", "neutral"],
  WITHDRAWN: ["Withdrawn", "neutral"],
};

export function StatusBadge({ status }: { status: ListingStatus | RevisionStatus }) {
  const [label, tone] = LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
