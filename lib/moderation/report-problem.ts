import type { PrismaClient } from "@/lib/db/generated/client";
import { hitRateLimit, RATE_LIMITS, tryAgainMessage } from "@/lib/rate-limit";
import { doneState, fieldErrors, problemSummary, sentText, type FormState, type TextValues } from "@/lib/forms/form-state";
import { formMessage } from "@/lib/forms/form-message";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import { publicListingWhere } from "@/lib/listings/lifecycle";
import { reportSchema, type ReportField } from "./report-schema";

export type ReportResult = FormState<TextValues<ReportField>>;

const REPORT_FIELDS = ["reason", "details"] as const satisfies readonly ReportField[];

const thanks: ReportResult = doneState(formMessage("Contact.reportThanks"), {});

/**
 * A visitor's "Report a problem" on a public group page. Validated, limited per address,
 * then queued for moderators. Details are stored exactly as typed: every page renders them
 * as text, never as HTML.
 */
export async function reportProblem(db: PrismaClient, input: unknown, address: string, now = new Date()): Promise<ReportResult> {
  // Bots fill every field; people never see this one. Pretend it worked and keep nothing.
  if (isHoneypotFilled(input)) return thanks;
  const values = sentText(input, REPORT_FIELDS);
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) {
    const { slug: wrongGroup, ...errors } = fieldErrors(parsed.error);
    return { status: "error", message: wrongGroup?.[0] ?? problemSummary(errors), errors, values, version: 0 };
  }
  const limit = await hitRateLimit(db, `report:addr:${address}`, RATE_LIMITS.reportsPerAddress, now);
  if (!limit.allowed) return { status: "error", message: tryAgainMessage(limit.retryAfterSeconds), errors: {}, values, version: 0 };

  const group = await db.group.findFirst({ where: { slug: parsed.data.slug, ...publicListingWhere(now) }, select: { id: true } });
  if (!group) return { status: "error", message: formMessage("Contact.reportGroupGone"), errors: {}, values, version: 0 };
  await db.report.create({ data: { groupId: group.id, reason: parsed.data.reason, details: parsed.data.details, createdAt: now } });
  return thanks;
}
