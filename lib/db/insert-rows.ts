import { randomBytes } from "node:crypto";
import type { Prisma } from "./generated/client";

// Many rows in one statement: one JSON parameter, each value typed by the table's own
// columns (json_populate_recordset), so enums, arrays, dates and JSON arrive as they would
// through Prisma. Several times faster than createMany's thousands of bind parameters for
// the thousands of rows an import writes. Every row must have the same keys (its columns).

const TABLES = ["Group", "Location", "Meeting", "AuditEntry"] as const;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function insertRows(tx: Prisma.TransactionClient, table: (typeof TABLES)[number], rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!TABLES.includes(table)) throw new Error(`insertRows does not write "${table}"`);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map(quote).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, JSON.stringify(rows));
}

let counter = 0;
/**
 * Ids that sort in the order they were made, as Prisma's cuid() does (a listing's meetings
 * are read back in id order, the order they were given in): time, a counter, then randomness.
 */
export function sortableId(): string {
  counter = (counter + 1) % 36 ** 5;
  return `c${Date.now().toString(36).padStart(9, "0")}${counter.toString(36).padStart(5, "0")}${randomBytes(5).toString("hex")}`;
}
