import { Badge } from "@/components/ui/badge";
import type { ListingStatus, RevisionStatus } from "@/lib/db/generated/enums";
import { STATUS_LABELS } from "@/lib/listings/status-labels";

/** A listing's or an edit's status, in the words organisers and moderators both see. */
export function StatusBadge({ status }: { status: ListingStatus | RevisionStatus }) {
  const { label, tone } = STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
