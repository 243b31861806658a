import { describe, expect, it } from "vitest";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { MESSAGES } from "@/lib/i18n/messages";
import { diffListingValues } from "./diff";

const base: ListingValues = {
  name: "Willowbend New Parents Circle",
  summary: "A friendly weekly drop-in for new parents and their babies.",
  description: "Tea, questions and the small wins of the week.",
  audiences: ["ALL_NEW_PARENTS"],
  languages: ["en"],
  isFree: true,
  costNote: null,
  registrationRequired: false,
  babiesWelcome: true,
  childcareProvided: false,
  wheelchairAccessible: false,
  accessibilityNotes: null,
  parkingAndTransit: null,
  websiteUrl: null,
  registrationUrl: null,
  phone: null,
  contactEmail: "circle@example.org",
  format: "IN_PERSON",
  venueType: "COMMUNITY_CENTRE",
  location: {
    venueName: "Willowbend Community Center",
    addressLine1: "1208 Willowbend Avenue",
    addressLine2: null,
    locality: "Austin",
    region: "TX",
    postalCode: "78704",
    countryCode: "US",
    lat: 30.2449,
    lng: -97.7668,
  },
  onlineJoinUrl: null,
  showJoinLink: false,
  joinInstructions: null,
  timeZone: "America/Chicago",
  meetings: [
    {
      id: "cm_tuesday",
      label: null,
      frequency: "WEEKLY",
      weekday: "TU",
      nthWeek: null,
      startTime: "10:00",
      durationMinutes: 90,
      startDate: "2026-01-06",
      endDate: null,
    },
  ],
};

const meeting = base.meetings[0]!;

describe("diffListingValues", () => {
  it("finds nothing when nothing changed", () => {
    expect(diffListingValues(base, structuredClone(base))).toEqual([]);
  });

  it("labels changed fields for people and shows values in words", () => {
    const after: ListingValues = {
      ...base,
      summary: "A weekly drop-in with a baby-weighing corner.",
      isFree: false,
      costNote: "$5 a session",
      audiences: ["ALL_NEW_PARENTS", "PARTNERS_DADS"],
      languages: ["en", "es"],
      venueType: "LIBRARY",
      location: { ...base.location!, locality: "Round Rock" },
    };
    expect(diffListingValues(base, after)).toEqual([
      { field: "summary", label: "Summary", before: base.summary, after: "A weekly drop-in with a baby-weighing corner." },
      { field: "audiences", label: "Who is it for?", before: "All new parents", after: "All new parents, Partners and dads" },
      { field: "languages", label: "Languages spoken at the group", before: "English", after: "English, Spanish" },
      { field: "isFree", label: "Does it cost anything?", before: "It's free", after: "There's a cost" },
      { field: "costNote", label: "What it costs", before: "—", after: "$5 a session" },
      { field: "venueType", label: "Kind of venue", before: "Community centre", after: "Library" },
      { field: "location.locality", label: "Town or city", before: "Austin", after: "Round Rock" },
    ]);
  });

  it("describes meetings in words, so a new time or day reads as one, and pairs a meeting with itself by id", () => {
    const after: ListingValues = {
      ...base,
      meetings: [
        { ...meeting, startTime: "10:30" },
        { ...meeting, id: null, frequency: "MONTHLY_NTH", nthWeek: 2, weekday: "TH", startTime: "18:30", durationMinutes: 60, label: "Dads' evening" },
      ],
    };
    const changes = diffListingValues(base, after);
    expect(changes).toEqual([
      { field: "meeting:cm_tuesday", label: "Meeting 1", before: "Every Tuesday, 10:00 am – 11:30 am · from 6 Jan 2026", after: "Every Tuesday, 10:30 am – 12:00 pm · from 6 Jan 2026" },
      { field: "meetings[1]", label: "Meeting 2", before: "—", after: "Second Thursday of the month, 6:30 pm – 7:30 pm · from 6 Jan 2026 · “Dads' evening”" },
    ]);
  });

  it("shows a removed meeting as removed even when it came first, and a switch to online", () => {
    const twoMeetings: ListingValues = { ...base, meetings: [meeting, { ...meeting, id: "cm_friday", weekday: "FR" }] };
    const after: ListingValues = {
      ...base,
      format: "ONLINE",
      venueType: null,
      location: null,
      onlineJoinUrl: "https://meet.example.org/circle",
      meetings: [{ ...meeting, id: "cm_friday", weekday: "FR" }],
    };
    const changes = diffListingValues(twoMeetings, after);
    const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
    expect(byField.format).toMatchObject({ label: "How does the group meet?", before: "In person", after: "Online" });
    expect(byField.location).toMatchObject({ label: "Venue", after: "No venue (online only)" });
    expect(byField["location.venueName"]).toMatchObject({ before: "Willowbend Community Center", after: "—" });
    expect(byField.onlineJoinUrl).toMatchObject({ label: "Link to join", before: "—", after: "https://meet.example.org/circle" });
    expect(byField["meeting:cm_friday"]).toBeUndefined();
    expect(byField["meeting:cm_tuesday"]).toMatchObject({ before: "Every Tuesday, 10:00 am – 11:30 am · from 6 Jan 2026", after: "Removed" });
  });

  it("marks the private contact address as private", () => {
    const [change] = diffListingValues(base, { ...base, contactEmail: "new@example.org" });
    expect(change).toMatchObject({ label: "Email for messages from parents (private)", before: "circle@example.org", after: "new@example.org" });
  });
});

describe("diffListingValues for a moderator working in Spanish", () => {
  // The form's own Spanish labels and choices, as the organiser saw them.
  const form = MESSAGES.es.Listing.fields;

  it("words the labels and the values in Spanish, and keeps the organiser's own text as written", () => {
    const after: ListingValues = {
      ...base,
      summary: "A weekly drop-in with a baby-weighing corner.",
      isFree: false,
      audiences: ["ALL_NEW_PARENTS", "PARTNERS_DADS"],
      languages: ["en", "es"],
      venueType: "LIBRARY",
      contactEmail: "new@example.org",
      meetings: [{ ...meeting, startTime: "10:30", label: "Café" }],
    };
    const byField = Object.fromEntries(diffListingValues(base, after, "es").map((c) => [c.field, c]));
    expect(byField.summary).toEqual({ field: "summary", label: form.summary.label, before: base.summary, after: "A weekly drop-in with a baby-weighing corner." });
    expect(form.summary.label).toBe("Resumen");
    expect(byField.audiences).toMatchObject({ label: form.audiences.label, before: "Todas las madres y padres recientes", after: "Todas las madres y padres recientes, Parejas y papás" });
    expect(byField.languages).toMatchObject({ before: "inglés", after: "inglés, español" });
    expect(byField.isFree).toMatchObject({ label: form.isFree.label, before: form.isFree.options.true, after: form.isFree.options.false });
    expect(byField.venueType).toMatchObject({ label: form.venueType.label, before: "Centro comunitario", after: "Biblioteca" });
    expect(byField.contactEmail).toMatchObject({ label: `${form.contactEmail.label} (privado)` });
    expect(byField["meeting:cm_tuesday"]?.label).toBe("Reunión");
    expect(byField["meeting:cm_tuesday"]?.after).toMatch(/^Todos los martes, 10:30.* · desde el 6 ene 2026 · “Café”$/);
  });

  it("says a removed meeting is removed, in Spanish", () => {
    const twoMeetings: ListingValues = { ...base, meetings: [meeting, { ...meeting, id: "cm_friday", weekday: "FR" }] };
    const [change] = diffListingValues(twoMeetings, { ...base, meetings: [{ ...meeting, id: "cm_friday", weekday: "FR" }] }, "es");
    expect(change).toMatchObject({ field: "meeting:cm_tuesday", label: "Reunión 1", after: "Eliminada" });
  });
});
