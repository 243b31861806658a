import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/groups/search-params";
import { helpChecklist } from "./checklist-items";
import { helpChecklistEs } from "./checklist-items.es";

// Named .test.tsx so the "unit" project (components/**/*.test.tsx) picks it up.
type Messages = { families: { groups: { searches: Record<string, { href: string; label: string; text: string }> } } & Record<string, unknown> };
const messages = JSON.parse(readFileSync(path.join(process.cwd(), "content", "families", "es.json"), "utf8")) as Messages;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the Spanish checklist for the families page", () => {
  it("has the English checklist's sections, in the same order", () => {
    expect(helpChecklistEs.map((group) => group.id)).toEqual(helpChecklist.map((group) => group.id));
  });

  it("gives every section a heading and a few distinct items of its own", () => {
    const english = new Set<string>(helpChecklist.flatMap((group) => [group.heading, ...group.items]));
    for (const group of helpChecklistEs) {
      expect(group.heading.length).toBeGreaterThan(0);
      expect(group.items.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group.items).size).toBe(group.items.length);
      for (const text of [group.heading, ...group.items]) expect(english.has(text), text).toBe(false);
    }
  });
});

describe("content/families/es.json", () => {
  it("sends every group search to the Spanish directory, for groups that meet in Spanish", () => {
    const searches = Object.values(messages.families.groups.searches);
    expect(searches.length).toBe(3);
    for (const { href } of searches) {
      const url = new URL(href, "http://localhost");
      expect(url.pathname).toBe("/es/groups");
      expect(url.searchParams.get("lang")).toBe("es");
      expect(parseSearchParams(url.searchParams).problems).toEqual([]);
    }
  });

  it("keeps the crisis numbers on the page and on the printed checklist", () => {
    const checklist = strings(messages.families.checklist).join(" ");
    const worried = strings(messages.families.worried).join(" ");
    for (const text of [checklist, worried]) {
      expect(text).toContain("número de emergencias");
      expect(text).toMatch(/988/);
      expect(text).toContain("1-833-852-6262");
    }
    expect(checklist).toContain("<link>Ayuda ahora</link>");
  });

  it("has no empty text", () => {
    for (const text of strings(messages)) expect(text.trim().length).toBeGreaterThan(0);
  });
});
