import type { AuditAction, PrismaClient } from "@/lib/db/generated/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";

export const AUDIT_PAGE_SIZE = 50;

const auditSelect = {
  id: true,
  action: true,
  reason: true,
  details: true,
  createdAt: true,
  actor: { select: { name: true, email: true, role: true } },
  group: { select: { id: true, name: true } },
} as const;

export type AuditRow = {
  id: string;
  /** What was done; the page words it (Moderation.audit.actions). */
  action: AuditAction;
  reason: string | null;
  createdAt: Date;
  /** Who: a person's name or email, or null for the site itself (reminders, scripts). */
  actor: string | null;
  group: { id: string; name: string } | null;
};

export type AuditPage = { entries: AuditRow[]; page: number; pageCount: number; total: number };

/** The audit log, newest first, one page at a time. Moderators only: null for anyone else. */
export async function listAuditLog(db: PrismaClient, actor: Actor, page = 1, where: { groupId?: string } = {}): Promise<AuditPage | null> {
  if (!canModerate(actor)) return null;
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  const [total, rows] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      select: auditSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: rows.map((row) => ({
      id: row.id,
      action: row.action,
      reason: row.reason,
      createdAt: row.createdAt,
      actor: row.actor ? (row.actor.name ?? row.actor.email) : null,
      group: row.group,
    })),
  };
}
