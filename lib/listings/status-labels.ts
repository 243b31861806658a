import type { ListingStatus, RevisionStatus } from "@/lib/db/generated/enums";

/** The colours a status badge can take (components/ui/badge.tsx). */
export type StatusTone = "sky" | "clay" | "sage" | "rose" | "neutral";

/**
 * One look for the statuses of listings and of proposed edits, the same on the organiser's
 * dashboard and in the moderators' pages. Their words are `Organiser.status.<STATUS>`.
 */
export const STATUS_TONES: Record<ListingStatus | RevisionStatus, StatusTone> = {
  PENDING: "sky",
  CHANGES_REQUESTED: "clay",
  PUBLISHED: "sage",
  APPROVED: "sage",
  REJECTED: "rose",
  ARCHIVED: "neutral",
  WITHDRAWN: "neutral",
};
