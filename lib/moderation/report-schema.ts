import { z } from "zod";
import type { ReportReason } from "@/lib/db/generated/enums";

/** The reasons a visitor can give, in the order the form shows them. */
export const REPORT_REASONS = [
  { value: "WRONG_TIME", label: "Wrong time or place" },
  { value: "GROUP_ENDED", label: "The group has ended" },
  { value: "INAPPROPRIATE", label: "Inappropriate content" },
  { value: "OTHER", label: "Something else" },
] as const satisfies readonly { value: ReportReason; label: string }[];

export const REPORT_DETAILS_MAX = 1000;

const reasonValues = REPORT_REASONS.map((r) => r.value) as [ReportReason, ...ReportReason[]];

export const reportReasonLabel = (reason: ReportReason) => REPORT_REASONS.find((r) => r.value === reason)?.label ?? reason;

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
