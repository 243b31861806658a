import type { PrismaClient } from "@/lib/db/generated/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { formMessage } from "@/lib/forms/form-message";
import { alreadyDecided, DecisionRefused, forbidden, invalid, notFound, type DecisionResult } from "./decision-result";
import { resolveSchema } from "./decision-schema";

/** Closes a visitor's report, with an optional note for the audit log. */
export async function resolveReport(db: PrismaClient, actor: Actor, reportId: string, note?: string | null, now = new Date()): Promise<DecisionResult> {
  if (!canModerate(actor) || !actor) return forbidden;
  const parsed = resolveSchema.safeParse({ note: note ?? undefined });
  if (!parsed.success) return invalid("note", parsed.error.issues.map((i) => i.message));
  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, reason: true, groupId: true, group: { select: { name: true } } } });
      if (!report) throw new DecisionRefused(notFound("report"));
      const { count } = await tx.report.updateMany({ where: { id: reportId, resolvedAt: null }, data: { resolvedAt: now, resolvedById: actor.id } });
      if (count === 0) throw new DecisionRefused(alreadyDecided(formMessage("Moderation.reportResolved")));
      await tx.auditEntry.create({
        data: {
          action: "REPORT_RESOLVED",
          actorId: actor.id,
          groupId: report.groupId,
          reason: parsed.data.note,
          details: { reportId, reportReason: report.reason },
          createdAt: now,
        },
      });
      return { ok: true as const, groupId: report.groupId, groupName: report.group.name, mailed: false };
    });
  } catch (error) {
    if (error instanceof DecisionRefused) return error.result;
    throw error;
  }
}
