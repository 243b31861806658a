import { describe, expect, it } from "vitest";
import { crisisNumbers, supportedCountries, type Contact } from "./crisis-numbers";
import { crisisNumbersEs, elsewhereEs } from "./crisis-numbers.es";

// Named .test.tsx so the "unit" project (components/**/*.test.tsx) picks it up.
const digits = (value: string) => value.replace(/\D/g, "");

describe("crisisNumbersEs", () => {
  it("covers the same countries as the English numbers", () => {
    expect(Object.keys(crisisNumbersEs).sort()).toEqual(Object.keys(crisisNumbers).sort());
    expect(Object.keys(crisisNumbersEs).sort()).toEqual([...supportedCountries].sort());
  });

  for (const code of supportedCountries) {
    const es = crisisNumbersEs[code];
    const en = crisisNumbers[code];

    describe(code, () => {
      it("keeps the country code, the emergency numbers and the line ids, in the same order", () => {
        expect(es.code).toBe(code);
        expect(es.emergency).toEqual(en.emergency);
        expect(es.lines.map((line) => line.id)).toEqual(en.lines.map((line) => line.id));
      });

      it("offers only numbers the English list has for the same line", () => {
        for (const line of es.lines) {
          const english = en.lines.find((l) => l.id === line.id)!;
          for (const contact of line.contacts) {
            expect(english.contacts, `${line.id} ${contact.method} ${contact.display}`).toContainEqual(contact);
          }
        }
      });

      it("dials the number it shows, and links to the service's own site", () => {
        for (const line of es.lines) {
          expect(line.contacts.length, line.id).toBeGreaterThan(0);
          for (const contact of [...line.contacts, ...es.emergency]) {
            expect(contact.href).toMatch(contact.method === "call" ? /^tel:\+?\d+$/ : /^sms:\+?\d+$/);
            expect(digits(contact.href).endsWith(digits(contact.display))).toBe(true);
          }
          expect(new URL(line.url).protocol).toBe("https:");
        }
      });

      it("is written in Spanish, not copied from the English", () => {
        expect(es.name).not.toBe("");
        for (const line of es.lines) {
          const english = en.lines.find((l) => l.id === line.id)!;
          expect(line.summary).not.toBe(english.summary);
          if (line.hours) expect(line.hours).not.toBe(english.hours);
        }
      });
    });
  }

  it("gives every US line a number to call or text", () => {
    for (const line of crisisNumbersEs.US.lines) {
      const reachable = line.contacts.filter((c: Contact) => (c.method === "call" || c.method === "text") && digits(c.display).length > 0);
      expect(reachable.length, line.id).toBeGreaterThan(0);
    }
  });

  it("tells Spanish speakers how to reach the 988 Lifeline and the maternal hotline in Spanish", () => {
    const lines = Object.fromEntries(crisisNumbersEs.US.lines.map((line) => [line.id, line]));
    expect(lines["us-988"]!.note).toContain("marca 2");
    expect(lines["us-988"]!.note).toContain("AYUDA");
    expect(lines["us-988"]!.contacts.map((c) => c.method).sort()).toEqual(["call", "text"]);
    expect(`${lines["us-maternal-hotline"]!.summary} ${lines["us-maternal-hotline"]!.hours}`).toContain("español");
  });

  it("says which language the other countries' lines answer in", () => {
    for (const code of supportedCountries.filter((c) => c !== "US")) {
      for (const line of crisisNumbersEs[code].lines) expect(line.note, line.id).toMatch(/inglés/);
    }
    expect(elsewhereEs.emergency).toContain("emergencias");
  });
});
