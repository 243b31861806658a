import type { ReportReason } from "@/lib/db/generated/enums";
import englishContact from "@/messages/en/Contact.json";

// Apart from the schema, so the report form in the browser can list the reasons without
// loading zod (see lib/listings/meeting-choices.ts). Their words are the messages'
// Contact.reasons.<reason>.

/** The reasons a visitor can give, in the order the form shows them. */
export const REPORT_REASONS = ["WRONG_TIME", "GROUP_ENDED", "INAPPROPRIATE", "OTHER"] as const satisfies readonly ReportReason[];

export const REPORT_DETAILS_MAX = 1000;

/** A reason in English, for the moderators' queue and the audit log, from the same message file the form reads. */
export const reportReasonLabel = (reason: ReportReason): string => englishContact.reasons[reason] ?? reason;
