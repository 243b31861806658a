import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter, type AdapterHandle } from "@/lib/db/adapter";
import { diffMigrationsToSchema } from "@/lib/db/migrate";
import { schemaPath } from "@/lib/db/schema-engine";

describe("migrations and schema.prisma", () => {
  let adapter: AdapterHandle;
  beforeAll(async () => {
    // The engine replays the migrations on a scratch (shadow) database, never on the test data.
    adapter = await createAdapter({ kind: "pglite", dataDir: "memory://" });
  });
  afterAll(() => adapter.close());

  it("agree: replaying the migrations gives exactly the schema", async () => {
    expect(await diffMigrationsToSchema(adapter.factory)).toBe("");
  });

  it("a schema change without a migration is caught", async () => {
    const schema = await fs.readFile(schemaPath, "utf8");
    const changed = schema.replace("model Language {\n  code   String  @id", "model Language {\n  nativeName String?\n  code   String  @id");
    expect(changed).not.toBe(schema);
    expect(await diffMigrationsToSchema(adapter.factory, changed)).toMatch(/ALTER TABLE "Language" ADD COLUMN\s+"nativeName"/);
  });
});
