import { describe, expect, it } from "vitest";
import type { GroupCard } from "@/lib/groups/group-cards";
import { markupWithIntl } from "@/tests/helpers/render-with-intl";
import { EmbedGroupItem } from "./embed-group-item";

// Only what the embedded list shows of a result.
const group = {
  slug: "riverside-parents",
  name: "Riverside Parents Circle",
  format: "HYBRID",
  venueType: "LIBRARY",
  location: { venueName: "Redbud Library", locality: "Austin" },
  distance: { value: 1234.5, unit: "km" },
  isFree: true,
  babiesWelcome: true,
  wheelchairAccessible: false,
  meetings: [{ id: "m1", label: null, rule: { frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 2, startMinutes: 10 * 60, durationMinutes: 90 } }],
  nextMeeting: { start: "2026-03-10T15:00:00.000Z", end: "2026-03-10T16:30:00.000Z", timeZone: "America/Chicago", label: null },
} as unknown as GroupCard;

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("EmbedGroupItem", () => {
  it("words the group's where, when and facts in English, linking its page in a new tab", () => {
    const html = markupWithIntl(<EmbedGroupItem group={group} />);
    expect(html).toContain('href="/groups/riverside-parents" target="_blank"');
    expect(text(html)).toContain("1,234.5 km");
    expect(text(html)).toContain("Library · Redbud Library · Austin · In person and online");
    expect(text(html)).toContain("Second Tuesday of the month, 10:00 am – 11:30 am");
    expect(text(html)).toContain("Next: Tue 10 Mar, 10:00 am CDT · Free · Babies welcome");
    expect(text(html)).toContain("(opens in a new tab)");
  });

  it("words them in Spanish on a Spanish frame, and links the Spanish page", () => {
    const html = markupWithIntl(<EmbedGroupItem group={group} />, "es");
    expect(html).toContain('href="/es/groups/riverside-parents" target="_blank"');
    expect(text(html)).toContain("1234,5 km");
    expect(text(html)).toContain("Biblioteca · Redbud Library · Austin · En persona y en línea");
    expect(text(html)).toContain("Segundo martes de cada mes, 10:00 – 11:30");
    expect(text(html)).toMatch(/Próxima: mar, 10 mar, 10:00 CDT · Gratis · Bebés bienvenidos/);
    expect(text(html)).toContain("(se abre en una pestaña nueva)");
    expect(text(html)).not.toMatch(/Next|Free|opens/);
  });
});
