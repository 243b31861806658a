import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/groups/search-params";
import { helpChecklist } from "./checklist-items";
import { helpChecklistEs } from "./checklist-items.es";
import { familySearches } from "./family-searches";
import { MESSAGES } from "@/lib/i18n/messages";

// Named .test.tsx so the "unit" project (components/**/*.test.tsx) picks it up.
const families = MESSAGES.es.Families;

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

describe("the families page in Spanish", () => {
  it("sends every group search to groups that meet in Spanish", () => {
    const searches = familySearches("es");
    expect(searches.length).toBe(3);
    for (const { href } of searches) {
      const url = new URL(href, "http://localhost");
      expect(url.pathname).toBe("/groups");
      expect(url.searchParams.get("lang")).toBe("es");
      expect(parseSearchParams(url.searchParams).problems).toEqual([]);
    }
    for (const { href } of familySearches("en")) expect(new URL(href, "http://localhost").searchParams.get("lang")).toBeNull();
  });

  it("keeps the crisis numbers on the page and on the printed checklist", () => {
    const checklist = strings(families.checklist).join(" ");
    const worried = strings(families.worried).join(" ");
    for (const text of [checklist, worried]) {
      expect(text).toContain("número de emergencias");
      expect(text).toMatch(/988/);
      expect(text).toContain("1-833-852-6262");
    }
    expect(checklist).toContain("<link>Ayuda ahora</link>");
  });

  it("has no empty text", () => {
    for (const text of strings(families)) expect(text.trim().length).toBeGreaterThan(0);
  });
});
