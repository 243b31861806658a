import type { ReportReason } from "@/lib/db/generated/enums";

// Apart from the schema, so the report form in the browser can list the reasons without
// loading zod (see lib/listings/meeting-choices.ts).

/** The reasons a visitor can give, in the order the form shows them. */
export const REPORT_REASONS = [
  { value: "WRONG_TIME", label: "Wrong time or place" },
  { value: "GROUP_ENDED", label: "The group has ended" },
  { value: "INAPPROPRIATE", label: "Inappropriate content" },
  { value: "OTHER", label: "Something else" },
] as const satisfies readonly { value: ReportReason; label: string }[];

export const REPORT_DETAILS_MAX = 1000;

export const reportReasonLabel = (reason: ReportReason) => REPORT_REASONS.find((r) => r.value === reason)?.label ?? reason;
