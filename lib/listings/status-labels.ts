import type { ListingStatus, RevisionStatus } from "@/lib/db/generated/enums";

/** The colours a status badge can take (components/ui/badge.tsx). */
export type StatusTone = "sky" | "clay" | "sage" | "rose" | "neutral";

/**
 * One set of words for the statuses of listings and of proposed edits, the same on the
 * organiser's dashboard and in the moderators' pages.
 */
export const STATUS_LABELS: Record<ListingStatus | RevisionStatus, { label: string; tone: StatusTone }> = {
  PENDING: { label: "Pending review", tone: "sky" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "clay" },
  PUBLISHED: { label: "Published", tone: "sage" },
  APPROVED: { label: "Approved", tone: "sage" },
  REJECTED: { label: "Rejected", tone: "rose" },
  ARCHIVED: { label: "Archived", tone: "neutral" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};
