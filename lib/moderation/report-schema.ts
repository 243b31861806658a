import { z } from "zod";
import type { ReportReason } from "@/lib/db/generated/enums";
import { formMessage } from "@/lib/forms/form-message";
import { REPORT_DETAILS_MAX, REPORT_REASONS } from "./report-reasons";

const reasonValues = [...REPORT_REASONS] as [ReportReason, ...ReportReason[]];

/** "Report a problem" on a group page. No sign-in; `website_url` is a honeypot people never see. */
export const reportSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{1,120}$/, formMessage("Contact.reportUnknownGroup")),
  reason: z.enum(reasonValues, { error: formMessage("Contact.reportReasonMissing") }),
  details: z
    .string()
    .trim()
    // The limit as text, so it reads "1000" as it always has rather than as a formatted number.
    .max(REPORT_DETAILS_MAX, formMessage("Contact.reportDetailsTooLong", { max: String(REPORT_DETAILS_MAX) }))
    .optional()
    .transform((v) => v || null),
  website_url: z.string().optional(),
});

export type ReportField = "reason" | "details";
