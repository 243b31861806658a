import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ListingStatus } from "@/lib/db/generated/enums";

/** The listing's status, and "Edit waiting for review" when a change to a live listing is. */
export function ListingStatusBadges({ status, editWaiting }: { status: ListingStatus; editWaiting: boolean }) {
  const t = useTranslations("Organiser");
  return (
    <p className="flex flex-wrap gap-2">
      <span className="sr-only">{t("statusPrefix")} </span>
      <StatusBadge status={status} />
      {editWaiting ? <Badge tone="sky">{t("editWaiting")}</Badge> : null}
    </p>
  );
}
