import { describe, expect, it } from "vitest";
import { readImportFile } from "./read-file";
import { splitFormattedAddress } from "./read-meeting-guide";
import { formText } from "@/lib/forms/form-text";

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

// The example meeting of the Meeting Guide specification (/work/shared/meeting-guide-spec/SPEC.md).
const meeting = {
  name: "Sunday Serenity",
  slug: "sunday-serenity-14",
  day: 0,
  time: "18:00",
  end_time: "19:30",
  location: "Alano Club",
  group: "The Serenity Group",
  notes: "Ring buzzer. Meeting is on the 2nd floor.",
  updated: "2014-05-31 14:32:23",
  url: "https://district123.org/meetings/sunday-serenity",
  types: ["O", "T", "LGBTQ", "X", "S"],
  address: "123 Main Street",
  city: "Anytown",
  state: "CA",
  postal_code: "98765",
  country: "US",
  approximate: "no",
  entity: "District 123",
  entity_email: "info@district123.org",
  entity_phone: "+1-123-456-7890",
};

async function rowsOf(meetings: unknown[]) {
  const read = await readImportFile("meetings.json", encode(meetings), { today: "2026-12-01" });
  if (!read.ok) throw new Error(read.message);
  expect(read.format).toBe("MEETING_GUIDE");
  return read.rows;
}

describe("Meeting Guide feeds", () => {
  it("make each meeting a listing with its slug as the id, a weekly meeting per day, and its types as facts", async () => {
    const [row] = await rowsOf([meeting]);
    expect(row).toMatchObject({ externalId: "sunday-serenity-14", idColumn: "slug", contactOptional: true });
    expect(row!.input).toMatchObject({
      name: "Sunday Serenity",
      summary: "Ring buzzer.",
      description: "Ring buzzer. Meeting is on the 2nd floor.",
      audiences: ["LGBTQ_PARENTS"],
      languages: ["es"],
      wheelchairAccessible: "on",
      isFree: "true",
      format: "IN_PERSON",
      venueType: "OTHER",
      location: { venueName: "Alano Club", addressLine1: "123 Main Street", locality: "Anytown", region: "CA", postalCode: "98765", countryCode: "US" },
      websiteUrl: "https://district123.org/meetings/sunday-serenity",
      contactEmail: "info@district123.org",
      meetings: [{ frequency: "WEEKLY", weekday: "SU", startTime: "18:00", durationMinutes: "90", startDate: "2014-05-31" }],
    });
  });

  it("read several days, online meetings, a formatted address, and a missing end time as an hour", async () => {
    const [hybrid, online] = await rowsOf([
      { name: "Twice weekly", slug: "t", day: [2, 4], time: "7:30 pm", formatted_address: "4953 W Addison St, Chicago, IL 60641, USA", conference_url: "https://zoom.example/j/1" },
      { name: "Online only", slug: "o", day: 1, time: "09:00", conference_url: "https://zoom.example/j/2", timezone: "America/Chicago", city: "Chicago", approximate: "yes" },
    ]);
    expect(hybrid!.input).toMatchObject({ format: "HYBRID", location: { addressLine1: "4953 W Addison St", locality: "Chicago", region: "IL", postalCode: "60641", countryCode: "US" } });
    expect((hybrid!.input.meetings as { weekday: string; startTime: string; durationMinutes: string; startDate: string }[]).map((m) => [m.weekday, m.startTime, m.durationMinutes, m.startDate])).toEqual([
      ["TU", "19:30", "60", "2026-12-01"],
      ["TH", "19:30", "60", "2026-12-01"],
    ]);
    expect(hybrid!.columns["location.locality"]).toBe("formatted_address");
    expect(online!.input).toMatchObject({ format: "ONLINE", onlineJoinUrl: "https://zoom.example/j/2", timeZone: "America/Chicago", languages: ["en"] });
    expect(online!.input.location).toBeUndefined();
  });

  it("say which day can't be a day", async () => {
    const [row] = await rowsOf([{ ...meeting, day: 9 }]);
    expect(row!.problems.map((p) => ({ ...p, message: formText("en", p.message) }))).toEqual([{ column: "day", value: "9", message: "Give the day as a number from 0 (Sunday) to 6 (Saturday)." }]);
  });

  it("split a formatted address into its parts", () => {
    expect(splitFormattedAddress("4953 W Addison St, Chicago, IL 60641, USA")).toEqual({ street: "4953 W Addison St", city: "Chicago", region: "IL", postalCode: "60641", country: "USA" });
    expect(splitFormattedAddress("Chicago, IL")).toBeNull();
  });
});
