import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { LISTING_FIELDS, listingFormFields } from "./fields";
import type { FieldView } from "./form-layout";

/** Every word a field shows: label, hint, choices and their hints, placeholder. */
function wordsOf(view: FieldView): string[] {
  const input = view.input;
  const options = "options" in input && Array.isArray(input.options) ? input.options.flatMap((o: { label: string; hint?: string }) => [o.label, o.hint ?? ""]) : [];
  return [view.label, view.hint ?? "", ...options, input.kind === "select" ? (input.placeholder ?? "") : ""].filter(Boolean);
}

describe("the listing form's words", () => {
  it.each(routing.locales)("name every field in %s, with no message key left showing", (locale) => {
    const { listing, location } = listingFormFields(locale);
    for (const view of [...Object.values(listing), ...Object.values(location)]) {
      expect(view.label.length).toBeGreaterThan(0);
      for (const word of wordsOf(view)) expect(word).not.toMatch(/^(Listing|Vocabulary)\.|fields\.|\{/);
    }
  });

  it("are the English words the moderator's review and the import read", () => {
    expect(LISTING_FIELDS.name).toMatchObject({ label: "Name of the group", hint: "As parents would say it. Up to 120 characters." });
    expect(LISTING_FIELDS.isFree.input).toEqual({ kind: "yesNo", options: [{ value: true, label: "It's free" }, { value: false, label: "There's a cost" }] });
    expect(LISTING_FIELDS.format.input).toMatchObject({ options: [{ value: "IN_PERSON", label: "In person", hint: "At a venue: a library, community centre, clinic…" }, { value: "ONLINE" }, { value: "HYBRID" }] });
    // A field without a hint has none at all, not an empty one.
    expect("hint" in LISTING_FIELDS.languages).toBe(false);
  });

  it("word the same fields in Spanish", () => {
    const { listing, location } = listingFormFields("es");
    expect(listing.registrationRequired!.input).toEqual({ kind: "yesNo", options: [{ value: false, label: "Sí, basta con llegar" }, { value: true, label: "No, tienen que inscribirse antes" }] });
    expect(listing.venueType!.input).toMatchObject({ kind: "select", options: expect.arrayContaining([{ value: "LIBRARY", label: "Biblioteca" }]) });
    expect(listing.timeZone!.input).toMatchObject({ placeholder: "La zona horaria del lugar" });
    expect(location.locality!.label).toBe("Ciudad o pueblo");
  });
});
