import { describe, expect, it } from "vitest";
import { formMessage } from "@/lib/forms/form-message";
import { fieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { readForm } from "@/lib/forms/read-form";
import { toListingInput } from "./form-input";
import { listingSchema, type ListingValues } from "./listing-schema";
import { parseSnapshot, toSnapshot } from "./revision-snapshot";

const parseListingForm = (form: FormData) => readForm(form).payload;

/** A complete, valid in-person listing as the form posts it. */
function validForm(overrides: Record<string, string | null> = {}): FormData {
  const fields: Record<string, string | null> = {
    name: "Riverside New Parents Circle",
    summary: "A relaxed weekly drop-in for new parents and babies.",
    description: "Tea, questions and the small wins of the week.",
    isFree: "true",
    registrationRequired: "false",
    babiesWelcome: "on",
    contactEmail: "circle@example.org",
    format: "IN_PERSON",
    venueType: "LIBRARY",
    "location.venueName": "Riverside Library",
    "location.addressLine1": "12 Mill Street",
    "location.locality": "Austin",
    "location.region": "TX",
    "location.postalCode": "78704",
    "location.countryCode": "US",
    timeZone: "",
    "meetings[0].frequency": "WEEKLY",
    "meetings[0].weekday": "TU",
    "meetings[0].startTime": "10:00",
    "meetings[0].durationMinutes": "90",
    "meetings[0].startDate": "2026-01-06",
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== null) form.append(key, value);
  if (!("audiences" in overrides)) form.append("audiences", "ALL_NEW_PARENTS");
  if (!("languages" in overrides)) form.append("languages", "en");
  return form;
}

/** The schema's answer; `errors` worded in English as the form shows them, `keys` as the schema gives them. */
function parse(form: FormData) {
  const result = listingSchema.safeParse(parseListingForm(form));
  const keys: FieldErrors = result.success ? {} : fieldErrors(result.error);
  const errors = Object.fromEntries(Object.entries(keys).map(([field, messages]) => [field, messages.map((m) => formText("en", m))]));
  return { values: result.success ? result.data : null, errors, keys };
}

function valuesOf(form: FormData): ListingValues {
  const { values, errors } = parse(form);
  expect(errors).toEqual({});
  return values!;
}

describe("listingSchema: its messages", () => {
  it("are message keys, worded by the form in the page's language", () => {
    const { keys } = parse(validForm({ name: "", "location.venueName": "a".repeat(201), websiteUrl: "example.org", "meetings[0].startDate": "14/03/2026" }));
    expect(keys.name).toEqual([formMessage("Validation.giveName")]);
    expect(keys["location.venueName"]).toEqual([formMessage("Validation.tooLong", { field: "venueName", max: 200 })]);
    expect(keys.websiteUrl).toEqual([formMessage("Validation.webLink")]);
    expect(keys["meetings[0].startDate"]).toEqual([formMessage("Validation.dateFormat")]);
  });

  it("read naturally in Spanish, each field named in the sentence", () => {
    const { keys } = parse(validForm({ name: "a".repeat(121), description: "a".repeat(4001), "meetings[0].durationMinutes": "481" }));
    expect(formText("es", keys.name![0]!)).toBe("Usa menos de 120 caracteres para el nombre.");
    expect(formText("es", keys.description![0]!)).toBe("Usa menos de 4000 caracteres para la descripción.");
    expect(formText("es", keys["meetings[0].durationMinutes"]![0]!)).toBe("Una reunión puede durar como máximo 8 horas (480 minutos).");
  });
});

describe("listingSchema: required fields", () => {
  it("names every missing field in words a person understands", () => {
    const { errors } = parse(new FormData());
    expect(errors.name).toEqual(["Give your group a name."]);
    expect(errors.summary).toEqual(["Describe the group in one sentence."]);
    expect(errors.description).toEqual(["Tell parents what happens at the group."]);
    expect(errors.audiences).toEqual(["Choose who the group is for."]);
    expect(errors.languages).toEqual(["Choose at least one language."]);
    expect(errors.isFree).toEqual(["Tell parents whether the group is free."]);
    expect(errors.registrationRequired).toEqual(["Tell parents whether to register first or just drop in."]);
    expect(errors.contactEmail).toEqual(["Give an email address where we can pass on messages from parents."]);
    expect(errors.format).toEqual(["Choose whether the group meets in person, online or both."]);
    expect(errors.meetings).toEqual(["Add at least one meeting: its day, time and first date."]);
  });

  it("accepts a complete listing, trimming text and leaving the time zone to the venue", () => {
    const values = valuesOf(validForm({ name: "  Riverside New Parents Circle  ", timeZone: "" }));
    expect(values.name).toBe("Riverside New Parents Circle");
    expect(values.timeZone).toBeNull();
    expect(values.location).toMatchObject({ venueName: "Riverside Library", locality: "Austin", countryCode: "US", lat: null, lng: null });
    expect(values.meetings).toEqual([
      { id: null, label: null, frequency: "WEEKLY", weekday: "TU", nthWeek: null, startTime: "10:00", durationMinutes: 90, startDate: "2026-01-06", endDate: null },
    ]);
  });

  it("asks for the venue of an in-person group, field by field", () => {
    const { errors } = parse(validForm({ venueType: "", "location.venueName": "", "location.addressLine1": " ", "location.locality": "", "location.countryCode": "" }));
    expect(errors.venueType).toEqual(["Choose the kind of venue."]);
    expect(errors["location.venueName"]).toEqual(["Give the name of the venue."]);
    expect(errors["location.addressLine1"]).toEqual(["Give the street address."]);
    expect(errors["location.locality"]).toEqual(["Give the town or city."]);
    expect(errors["location.countryCode"]).toEqual(["Choose the country."]);
  });

  it("drops the venue of an online group, and needs its time zone and a way to join", () => {
    const { errors } = parse(validForm({ format: "ONLINE", "location.locality": "", onlineJoinUrl: "", joinInstructions: "" }));
    expect(errors.timeZone).toEqual(["Choose the time zone the meetings are in."]);
    expect(errors.onlineJoinUrl).toEqual(["Give the link to join, or tell parents how to get it below."]);
    expect(errors["location.locality"]).toBeUndefined();
    const values = valuesOf(validForm({ format: "ONLINE", timeZone: "Europe/London", onlineJoinUrl: "https://meet.example.org/circle" }));
    expect(values.location).toBeNull();
    expect(values.venueType).toBeNull();
  });

  it("asks what a paid group costs", () => {
    expect(parse(validForm({ isFree: "false" })).errors.costNote).toEqual(["Say what it costs, for example “$5 a session”."]);
    expect(valuesOf(validForm({ isFree: "false", costNote: "$5 a session" })).isFree).toBe(false);
  });

  it("checks the contact email", () => {
    expect(parse(validForm({ contactEmail: "not an email" })).errors.contactEmail).toEqual(["Enter an email address like name@example.org."]);
  });
});

describe("listingSchema: links", () => {
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/file", "example.org", "https://", "https://exa mple.org"])(
    "rejects %s",
    (link) => {
      const { errors } = parse(validForm({ websiteUrl: link, registrationUrl: link }));
      expect(errors.websiteUrl).toEqual(["Links must start with http:// or https://"]);
      expect(errors.registrationUrl).toEqual(["Links must start with http:// or https://"]);
    },
  );

  it("accepts http and https links", () => {
    const values = valuesOf(validForm({ websiteUrl: "https://example.org/circle?x=1", registrationUrl: "http://example.org/register" }));
    expect(values.websiteUrl).toBe("https://example.org/circle?x=1");
    expect(values.registrationUrl).toBe("http://example.org/register");
  });

  it("checks the join link of a hybrid group", () => {
    expect(parse(validForm({ format: "HYBRID", onlineJoinUrl: "javascript:alert(1)" })).errors.onlineJoinUrl).toEqual(["Links must start with http:// or https://"]);
  });
});

describe("listingSchema: length limits", () => {
  it.each([
    ["name", 120, "Please keep the name under 120 characters."],
    ["summary", 200, "Please keep the summary under 200 characters."],
    ["description", 4000, "Please keep the description under 4000 characters."],
    ["location.venueName", 200, "Please keep the venue's name under 200 characters."],
    ["location.addressLine1", 200, "Please keep the address under 200 characters."],
    ["costNote", 200, "Please keep the cost under 200 characters."],
  ])("limits %s to %i characters", (field, max, message) => {
    expect(parse(validForm({ [field]: "a".repeat(max) })).errors[field]).toBeUndefined();
    expect(parse(validForm({ [field]: "a".repeat(max + 1) })).errors[field]).toEqual([message]);
  });
});

describe("listingSchema: meetings", () => {
  it("needs the week of the month for a monthly meeting on a set week", () => {
    const { errors } = parse(validForm({ "meetings[0].frequency": "MONTHLY_NTH" }));
    expect(errors["meetings[0].nthWeek"]).toEqual(["Choose which week of the month: first, second, third or fourth."]);
    const values = valuesOf(validForm({ "meetings[0].frequency": "MONTHLY_NTH", "meetings[0].nthWeek": "2" }));
    expect(values.meetings[0]).toMatchObject({ frequency: "MONTHLY_NTH", nthWeek: 2 });
  });

  it("ignores a week of the month for other frequencies", () => {
    expect(valuesOf(validForm({ "meetings[0].nthWeek": "3" })).meetings[0]?.nthWeek).toBeNull();
  });

  it("refuses a last date before the first", () => {
    expect(parse(validForm({ "meetings[0].endDate": "2026-01-05" })).errors["meetings[0].endDate"]).toEqual(["The last date can't be before the first date."]);
    expect(valuesOf(validForm({ "meetings[0].endDate": "2026-01-06" })).meetings[0]?.endDate).toBe("2026-01-06");
  });

  it("checks times, lengths and dates", () => {
    const { errors } = parse(validForm({ "meetings[0].startTime": "25:00", "meetings[0].durationMinutes": "10", "meetings[0].startDate": "2026-02-30" }));
    expect(errors["meetings[0].startTime"]).toEqual(["Write the start time like 18:30 (24-hour clock)."]);
    expect(errors["meetings[0].durationMinutes"]).toEqual(["A meeting lasts at least 15 minutes."]);
    expect(errors["meetings[0].startDate"]).toEqual(["Write the date like 2026-03-14."]);
    expect(parse(validForm({ "meetings[0].durationMinutes": "481" })).errors["meetings[0].durationMinutes"]).toEqual(["A meeting can last at most 8 hours (480 minutes)."]);
    expect(valuesOf(validForm({ "meetings[0].startTime": "9:30" })).meetings[0]?.startTime).toBe("09:30");
    // An empty time gets one message, not also the one about its format.
    expect(parse(validForm({ "meetings[0].startTime": "" })).errors["meetings[0].startTime"]).toEqual(["Give the start time."]);
  });

  it("allows at most five meetings", () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 6; i++) Object.assign(extra, { [`meetings[${i}].frequency`]: "WEEKLY", [`meetings[${i}].weekday`]: "WE", [`meetings[${i}].startTime`]: "10:00", [`meetings[${i}].durationMinutes`]: "60", [`meetings[${i}].startDate`]: "2026-01-07" });
    expect(parse(validForm(extra)).errors.meetings).toEqual(["A listing can have at most 5 regular meetings."]);
  });

  it("keeps the id of the meeting a block edits, and a new block has none", () => {
    const values = valuesOf(validForm({ "meetings[0].id": "cm_meeting_1", "meetings[1].frequency": "WEEKLY", "meetings[1].weekday": "FR", "meetings[1].startTime": "18:00", "meetings[1].durationMinutes": "60", "meetings[1].startDate": "2026-01-09" }));
    expect(values.meetings.map((m) => m.id)).toEqual(["cm_meeting_1", null]);
  });

  it("takes no cancelled dates from the form: they are changed on the dates page only", () => {
    const values = valuesOf(validForm({ "meetings[0].cancellations": "2026-12-22 Christmas" }));
    expect(values.meetings[0]).not.toHaveProperty("cancellations");
  });
});

describe("listingSchema: time zones", () => {
  it("accepts zones Intl knows and refuses others", () => {
    expect(valuesOf(validForm({ timeZone: "America/Chicago" })).timeZone).toBe("America/Chicago");
    expect(parse(validForm({ timeZone: "Mars/Olympus_Mons" })).errors.timeZone).toEqual(["Choose a time zone from the list."]);
    expect(parse(validForm({ timeZone: "<script>" })).errors.timeZone).toEqual(["Choose a time zone from the list."]);
  });
});

describe("reading the form (Conform)", () => {
  it("reads repeated meeting fields into blocks in index order", () => {
    const form = validForm({
      "meetings[1].frequency": "WEEKLY",
      "meetings[1].durationMinutes": "90",
      "meetings[1].startDate": "2026-01-06",
      "meetings[2].frequency": "MONTHLY_LAST",
      "meetings[2].weekday": "FR",
      "meetings[2].startTime": "18:30",
      "meetings[2].durationMinutes": "120",
      "meetings[2].startDate": "2026-01-30",
      "meetings[2].label": "Evening group",
    });
    const { errors } = parse(form);
    // A block left with only its defaults is still a block: it says what is missing.
    expect(errors["meetings[1].weekday"]).toEqual(["Choose the day of the week."]);
    form.set("meetings[1].weekday", "MO");
    form.set("meetings[1].startTime", "09:00");
    const values = valuesOf(form);
    expect(values.meetings.map((m) => m.weekday)).toEqual(["TU", "MO", "FR"]);
    expect(values.meetings[2]).toMatchObject({ frequency: "MONTHLY_LAST", weekday: "FR", startTime: "18:30", durationMinutes: 120, label: "Evening group" });
  });

  it("reads ticks, yes/no choices and repeated choices", () => {
    const form = validForm({ babiesWelcome: null, wheelchairAccessible: "on", isFree: "false", costNote: "$3", registrationRequired: "true" });
    form.append("audiences", "PARTNERS_DADS");
    form.append("languages", "es");
    const values = valuesOf(form);
    expect(values).toMatchObject({ babiesWelcome: false, wheelchairAccessible: true, childcareProvided: false, isFree: false, registrationRequired: true });
    expect(values.audiences).toEqual(["ALL_NEW_PARENTS", "PARTNERS_DADS"]);
    expect(values.languages).toEqual(["en", "es"]);
    expect(parse(validForm({ isFree: null })).errors.isFree).toEqual(["Tell parents whether the group is free."]);
  });

  it("takes an online group's time zone from the browser when none was chosen", () => {
    const online = { format: "ONLINE", timeZone: "", onlineJoinUrl: "https://meet.example.org/circle" };
    expect(valuesOf(validForm({ ...online, browserTimeZone: "Europe/Berlin" })).timeZone).toBe("Europe/Berlin");
    expect(parse(validForm({ ...online, browserTimeZone: "Not/AZone" })).errors.timeZone).toEqual(["Choose the time zone the meetings are in."]);
    // In person, the venue's zone wins over the browser's: left for the server to fill in.
    expect(valuesOf(validForm({ timeZone: "", browserTimeZone: "Europe/Berlin" })).timeZone).toBeNull();
  });

  it("keeps the honeypot so the server can see it", () => {
    expect(parseListingForm(validForm({ website_url: "http://spam.example" })).website_url).toBe("http://spam.example");
  });

  it("drops the venue's parking notes for an online group and keeps them in person", () => {
    expect(valuesOf(validForm({ parkingAndTransit: "Free car park behind the library; bus 7 stops outside." })).parkingAndTransit).toBe("Free car park behind the library; bus 7 stops outside.");
    const online = valuesOf(validForm({ format: "ONLINE", timeZone: "UTC", onlineJoinUrl: "https://meet.example.org/x", parkingAndTransit: "Car park" }));
    expect(online.parkingAndTransit).toBeNull();
  });
});

describe("values round trip", () => {
  it("parses saved values again to the same values (revisions are re-checked on approval)", () => {
    const values = valuesOf(validForm({ isFree: "false", costNote: "$5" }));
    const resolved = { ...values, timeZone: "America/Chicago", location: { ...values.location!, lat: 30.27, lng: -97.74 } };
    expect(listingSchema.parse(resolved)).toEqual(resolved);
  });

  it("prefills the edit form with everything the values hold", () => {
    const values = valuesOf(validForm({ "meetings[0].id": "cm_1", "meetings[0].frequency": "MONTHLY_NTH", "meetings[0].nthWeek": "1", timeZone: "America/Chicago", accessibilityNotes: "Lift" }));
    expect(listingSchema.parse(toListingInput(values))).toEqual(values);
  });
});

describe("revision snapshots", () => {
  const resolved = () => {
    const values = valuesOf(validForm({ "meetings[0].id": "cm_1" }));
    return { ...values, timeZone: "America/Chicago", location: { ...values.location!, lat: 30.27, lng: -97.74 } };
  };

  it("read back what they stored, meeting ids included", () => {
    const values = resolved();
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(toSnapshot(values))));
    expect(parsed).toEqual({ ok: true, version: 2, values });
  });

  it("read a version-1 snapshot (bare values, meetings by position, cancellations inside) with the meeting ids it meant", () => {
    const { meetings, ...rest } = resolved();
    const legacy = { ...rest, meetings: meetings.map(({ id: _id, ...m }) => ({ ...m, cancellations: [{ date: "2026-12-22", reason: null }] })) };
    const parsed = parseSnapshot(legacy, ["cm_existing"]);
    expect(parsed.ok && parsed.version).toBe(1);
    expect(parsed.ok && parsed.values.meetings).toEqual([{ ...meetings[0], id: "cm_existing" }]);
  });

  it("refuse values never resolved against the gazetteer, and versions from the future", () => {
    expect(parseSnapshot(toSnapshot({ ...resolved(), timeZone: null })).ok).toBe(false);
    expect(parseSnapshot({ version: 3, values: resolved() }).ok).toBe(false);
    expect(parseSnapshot("not json").ok).toBe(false);
  });
});
