import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createGroup } from "../factories/group-factory";

describe("a group whose name is a page under /groups/", () => {
  it("gets an address of its own, not the page's", async () => {
    const db = await getDb();
    const group = await createGroup(db, { name: "Print", format: "ONLINE", location: null });
    expect(group.slug).toBe("print-2");
  });
});
