import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { crisisNumbersFor, supportedCountries } from "./crisis-numbers";

// Named .test.tsx so the "unit" project (components/**/*.test.tsx) picks it up.
const digits = (value: string) => value.replace(/\D/g, "");
const english = crisisNumbersFor("en");
const spanish = crisisNumbersFor("es");

describe("crisisNumbersFor", () => {
  for (const locale of routing.locales) {
    const table = crisisNumbersFor(locale);

    it(`words every country and line in ${locale}, and dials the number it shows`, () => {
      expect(Object.keys(table).sort()).toEqual([...supportedCountries].sort());
      for (const code of supportedCountries) {
        const country = table[code];
        expect(country.code).toBe(code);
        expect(country.name.length, code).toBeGreaterThan(1);
        for (const line of country.lines) {
          expect(line.name.length, line.id).toBeGreaterThan(1);
          expect(line.summary.length, line.id).toBeGreaterThan(10);
          expect(line.contacts.length, line.id).toBeGreaterThan(0);
          for (const contact of [...line.contacts, ...country.emergency]) {
            expect(contact.href).toMatch(contact.method === "call" ? /^tel:\+?\d+$/ : /^sms:\+?\d+$/);
            expect(digits(contact.href).endsWith(digits(contact.display))).toBe(true);
          }
          expect(new URL(line.url).protocol).toBe("https:");
        }
      }
    });
  }

  it("gives every language the same numbers, links and lines: only the words differ", () => {
    for (const code of supportedCountries) {
      expect(spanish[code].emergency).toEqual(english[code].emergency);
      expect(spanish[code].lines.map(({ id, contacts, url }) => ({ id, contacts, url }))).toEqual(english[code].lines.map(({ id, contacts, url }) => ({ id, contacts, url })));
      for (const [index, line] of spanish[code].lines.entries()) expect(line.summary).not.toBe(english[code].lines[index]!.summary);
    }
  });

  it("leaves out what a line has nothing to say about, instead of showing an empty line", () => {
    const psi = english.US.lines.find((line) => line.id === "us-psi-helpline")!;
    expect(psi.hours).toBeUndefined();
    expect(english.US.lines.find((line) => line.id === "us-988")!.note).toBeUndefined();
  });

  it("tells Spanish speakers how to reach the 988 Lifeline and the maternal hotline in Spanish", () => {
    const lines = Object.fromEntries(spanish.US.lines.map((line) => [line.id, line]));
    expect(lines["us-988"]!.note).toContain("marca 2");
    expect(lines["us-988"]!.note).toContain("AYUDA");
    expect(lines["us-988"]!.contacts.map((c) => c.method).sort()).toEqual(["call", "text"]);
    expect(`${lines["us-maternal-hotline"]!.summary} ${lines["us-maternal-hotline"]!.hours}`).toContain("español");
  });

  it("says which language the other countries' lines answer in", () => {
    for (const code of supportedCountries.filter((c) => c !== "US")) {
      for (const line of spanish[code].lines) expect(line.note, line.id).toMatch(/inglés/);
    }
  });
});
