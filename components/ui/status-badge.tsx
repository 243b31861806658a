import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ListingStatus, RevisionStatus } from "@/lib/db/generated/enums";
import { STATUS_TONES } from "@/lib/listings/status-labels";

/** A listing's or an edit's status, in the words organisers and moderators both see. */
export function StatusBadge({ status }: { status: ListingStatus | RevisionStatus }) {
  const t = useTranslations("Organiser.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
