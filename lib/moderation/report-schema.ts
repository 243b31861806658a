import { z } from "zod";
import type { ReportReason } from "@/lib/db/generated/enums";
import { REPORT_DETAILS_MAX, REPORT_REASONS } from "./report-reasons";

const reasonValues = REPORT_REASONS.map((r) => r.value) as [ReportReason, ...ReportReason[]];

/** "Report a problem" on a group page. No sign-in; `website_url` is a honeypot people never see. */
export const reportSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{1,120}$/, "We couldn't tell which group this is about. Please reload the page."),
  reason: z.enum(reasonValues, { error: "Choose what's wrong with this listing." }),
  details: z
    .string()
    .trim()
    .max(REPORT_DETAILS_MAX, `Please keep the details under ${REPORT_DETAILS_MAX} characters.`)
    .optional()
    .transform((v) => v || null),
  website_url: z.string().optional(),
});

export type ReportField = "reason" | "details";
