import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { nextOccurrence, toMeetingRule } from "@/lib/schedule";
import { unionOf } from "./matching-groups";
import { meetingScheduleSelect } from "./public-select";
import type { SearchHit } from "./radius-search";
import { PAGE_SIZE } from "./search-params";

const { sql, join } = Prisma;

/** Past this many groups looked at for one page, soonest-first gives way to nearest-first. */
export const SOONEST_SCAN_LIMIT = 1000;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * The earliest a meeting can next be running, in SQL: the next time its weekday and start
 * time come round in its own zone, no earlier than its first date. That is exact for a
 * weekly meeting and too early (never too late) for fortnightly and monthly ones or a
 * cancelled date. Where the clocks change within two hours of that time (so it may be
 * skipped or happen twice, and lib/schedule may read it differently) it is moved two hours
 * earlier, the largest change anywhere (Antarctica's Troll station).
 */
const earliestStartSql = (now: Date) => {
  const zone = sql`m."timeZone"`;
  // The local moment a meeting would have to start after to still be running now.
  const ref = sql`((${now}::timestamptz AT TIME ZONE ${zone}) - m."durationMinutes" * interval '1 minute')`;
  const target = sql`array_position(ARRAY[${join(WEEKDAYS)}]::text[], m."weekday"::text)`;
  const ahead = sql`((${target} - extract(isodow from ${ref})::int + 7) % 7)`;
  const refMinutes = sql`(extract(hour from ${ref}) * 60 + extract(minute from ${ref}))`;
  const days = sql`(CASE WHEN ${ahead} = 0 AND ${refMinutes} > m."startMinutes" THEN 7 ELSE ${ahead} END)`;
  const local = sql`(date_trunc('day', ${ref}) + ${days} * interval '1 day' + m."startMinutes" * interval '1 minute')`;
  const instant = sql`greatest(${local} AT TIME ZONE ${zone}, m."startDate"::timestamp AT TIME ZONE ${zone})`;
  const offsetAt = (at: Prisma.Sql) => sql`((${at}) AT TIME ZONE ${zone} - (${at}) AT TIME ZONE 'UTC')`;
  const clocksChange = sql`${offsetAt(sql`${instant} - interval '2 hours'`)} <> ${offsetAt(sql`${instant} + interval '2 hours'`)}`;
  return sql`(CASE WHEN ${clocksChange} THEN ${instant} - interval '2 hours' ELSE ${instant} END)`;
};

type Row = { id: string; distance: number | null; name: string; earliest: Date | null; total: bigint | number; local_total: bigint | number };

type Scored = Row & { next: number | null };

// Next meeting first; a group with meetings but none to come before one with no meetings at
// all; then nearest, then by name, as nearest-first orders them.
function compare(a: Scored, b: Scored): number {
  const rank = (s: Scored) => (s.next !== null ? 0 : s.earliest !== null ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (a.next ?? 0) - (b.next ?? 0) ||
    (a.distance ?? Infinity) - (b.distance ?? Infinity) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

async function nextStarts(db: PrismaClient, ids: string[], now: Date): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - 2 * 86_400_000);
  const meetings = await db.meeting.findMany({
    where: { groupId: { in: ids } },
    select: { groupId: true, ...meetingScheduleSelect, cancellations: { select: { date: true }, where: { date: { gte: since } } } },
  });
  const byGroup = new Map<string, typeof meetings>();
  for (const m of meetings) byGroup.set(m.groupId, [...(byGroup.get(m.groupId) ?? []), m]);
  const starts = new Map<string, number>();
  for (const [id, rows] of byGroup) {
    const next = nextOccurrence(rows.map((r) => toMeetingRule(r)), now);
    if (next) starts.set(id, next.start.getTime());
  }
  return starts;
}

/**
 * One page of matches ordered by their next meeting (lib/schedule's nextOccurrence, the date
 * the cards show). The database orders matches by the earliest each could meet; we work out
 * the real next meeting for groups in that order until no group further down could still
 * come earlier than the last one on the page. Usually that is one batch of a few pages'
 * worth; null when it would take more than SOONEST_SCAN_LIMIT groups.
 */
export async function searchBySoonest(db: PrismaClient, parts: Prisma.Sql[], page: number, now: Date) {
  const need = page * PAGE_SIZE;
  const scored: Scored[] = [];
  let totals = { total: 0, localTotal: 0 };
  // Working out a real next date is the costly part, so start with little more than the page.
  for (let batch = need + 2 * PAGE_SIZE; ; batch *= 2) {
    if (scored.length >= SOONEST_SCAN_LIMIT) return null;
    batch = Math.min(batch, SOONEST_SCAN_LIMIT - scored.length);
    const rows = await db.$queryRaw<Row[]>(sql`
      SELECT r."id", r.distance, r."name", min(${earliestStartSql(now)}) AS earliest,
             count(*) OVER () AS total, count(r.distance) OVER () AS local_total
      FROM (${unionOf(parts)}) r
      LEFT JOIN "Meeting" m ON m."groupId" = r."id"
      GROUP BY r."id", r.distance, r."name"
      ORDER BY earliest ASC NULLS LAST, r.distance ASC NULLS LAST, r."name" ASC, r."id" ASC
      LIMIT ${batch + 1} OFFSET ${scored.length}`);
    if (rows[0]) totals = { total: Number(rows[0].total), localTotal: Number(rows[0].local_total) };
    const fresh = rows.slice(0, batch);
    const starts = await nextStarts(db, fresh.map((r) => r.id), now);
    scored.push(...fresh.map((r) => ({ ...r, next: starts.get(r.id) ?? null })));
    scored.sort(compare);
    const following = rows[batch];
    if (!following) break;
    // Every group not yet looked at meets at `following.earliest` or later, or never.
    const last = scored[need - 1];
    if (last && last.next !== null && following.earliest && last.next < following.earliest.getTime()) break;
    if (last && following.earliest === null && compare(last, { ...following, next: null }) < 0) break;
  }
  const hits: SearchHit[] = scored.slice(need - PAGE_SIZE, need).map((s) => ({ id: s.id, distanceMeters: s.distance }));
  return { hits, ...totals };
}

