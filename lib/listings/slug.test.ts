import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, slugBase } from "./slug";

describe("reserved slugs", () => {
  it("cover every page of its own under /groups/ that a group's address could take", () => {
    const dir = path.resolve(import.meta.dirname, "../../app/[locale]/(site)/groups");
    const pages = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("["))
      .map((entry) => entry.name)
      // A slug is made of a-z, 0-9 and hyphens only, so calendar.ics can never be one.
      .filter((name) => /^[a-z0-9-]+$/.test(name));
    expect(pages.length).toBeGreaterThan(0);
    expect([...RESERVED_SLUGS].sort()).toEqual(pages.sort());
  });

  it("are what a group with such a name would be given, before uniqueSlug moves it on", () => {
    expect(slugBase("Print", null)).toBe("print");
    expect(slugBase("Embed Builder", null)).toBe("embed-builder");
  });
});
