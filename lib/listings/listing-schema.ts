import { z } from "zod";
import type { Audience, GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { isCountryCode } from "./countries";
import { LIMITS } from "./listing-limits";
import { MAX_MEETINGS } from "./meeting-choices";
import { meetingSchema } from "./meeting-schema";
import { checkbox, isTimeZone, optionalLink, optionalText, requiredText } from "./schema-parts";

// The one schema behind "List your group" and "Edit your listing", run on the server (the
// browser gets only the limits, from listing-limits.ts). It checks what can be checked without the database; the server then
// resolves the address against the gazetteer (resolve-listing.ts).

const AUDIENCE_VALUES = Object.values(AUDIENCES).map((a) => a.value) as [Audience, ...Audience[]];
const FORMAT_VALUES = Object.values(FORMATS).map((f) => f.value) as [GroupFormat, ...GroupFormat[]];
const VENUE_VALUES = Object.values(VENUE_TYPES).map((v) => v.value) as [VenueType, ...VenueType[]];

const locationSchema = z.object({
  venueName: optionalText(LIMITS.venueName, "the venue's name"),
  addressLine1: optionalText(LIMITS.addressLine, "the address"),
  addressLine2: optionalText(LIMITS.addressLine, "the second address line"),
  locality: optionalText(LIMITS.locality, "the town or city"),
  region: optionalText(LIMITS.region, "the state, province or county"),
  postalCode: optionalText(LIMITS.postalCode, "the postcode"),
  countryCode: z
    .string()
    .trim()
    .nullish()
    .transform((code) => (code ? code.toUpperCase() : null))
    .refine((code) => code === null || isCountryCode(code), "Choose the country from the list."),
  // Filled in by the server from the gazetteer, never typed.
  lat: z.number().min(-90).max(90).nullish().transform((n) => n ?? null),
  lng: z.number().min(-180).max(180).nullish().transform((n) => n ?? null),
});

const ONLINE_FIELDS = { onlineJoinUrl: null, showJoinLink: false, joinInstructions: null } as const;

/**
 * Fields that do not apply to the chosen format are dropped before validation, so a
 * half-filled venue of an online group can never block the form with an error nobody sees.
 */
function dropFieldsOfOtherFormats(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const raw = input as Record<string, unknown>;
  if (raw.format === "ONLINE") return { ...raw, venueType: null, location: null };
  if (raw.format === "IN_PERSON") return { ...raw, ...ONLINE_FIELDS };
  return raw;
}

const fields = z.object({
  // About the group
  name: requiredText(LIMITS.name, "Give your group a name.", "the name"),
  summary: requiredText(LIMITS.summary, "Describe the group in one sentence.", "the summary"),
  description: requiredText(LIMITS.description, "Tell parents what happens at the group.", "the description"),
  audiences: z
    .array(z.enum(AUDIENCE_VALUES, { error: "Choose who the group is for from the list." }), { error: "Choose who the group is for." })
    .min(1, "Choose who the group is for.")
    .transform((list) => [...new Set(list)]),
  languages: z
    .array(z.string().trim().regex(/^[a-z]{2,3}$/, "Choose languages from the list."), { error: "Choose at least one language." })
    .min(1, "Choose at least one language.")
    .max(10, "Please choose at most 10 languages.")
    .transform((list) => [...new Set(list)]),
  isFree: z.boolean({ error: "Tell parents whether the group is free." }),
  costNote: optionalText(LIMITS.costNote, "the cost"),
  registrationRequired: z.boolean({ error: "Tell parents whether to register first or just drop in." }),
  babiesWelcome: checkbox,
  childcareProvided: checkbox,
  wheelchairAccessible: checkbox,
  accessibilityNotes: optionalText(LIMITS.accessibilityNotes, "the access notes"),
  websiteUrl: optionalLink("the website link"),
  registrationUrl: optionalLink("the registration link"),
  phone: optionalText(LIMITS.phone, "the phone number").refine(
    (phone) => phone === null || (/^[+()0-9.\-\s]+$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= 5),
    "Write the phone number with digits, spaces and + ( ) - only.",
  ),
  contactEmail: z
    .string({ error: "Give an email address where we can pass on messages from parents." })
    .trim()
    .min(1, "Give an email address where we can pass on messages from parents.")
    .max(LIMITS.contactEmail, "That email address is too long.")
    .pipe(z.email("Enter an email address like name@example.org.")),

  // Where
  format: z.enum(FORMAT_VALUES, { error: "Choose whether the group meets in person, online or both." }),
  venueType: z.enum(VENUE_VALUES, { error: "Choose the kind of venue from the list." }).nullish(),
  location: locationSchema.nullish(),
  onlineJoinUrl: optionalLink("the join link"),
  showJoinLink: checkbox,
  joinInstructions: optionalText(LIMITS.joinInstructions, "the joining instructions"),

  // When
  /** null or "" on the form means "the venue's time zone" (filled in by the server). */
  timeZone: z
    .string()
    .trim()
    .nullish()
    .transform((zone) => zone || null)
    .refine((zone) => zone === null || isTimeZone(zone), "Choose a time zone from the list."),
  meetings: z
    .array(meetingSchema, { error: "Add at least one meeting: its day, time and first date." })
    .min(1, "Add at least one meeting: its day, time and first date.")
    .max(MAX_MEETINGS, `A listing can have at most ${MAX_MEETINGS} regular meetings.`),
});

type Fields = z.infer<typeof fields>;
type Issue = { path: (string | number)[]; message: string };

/** Rules across fields. Runs even when single fields failed (all errors show at once), so it reads defensively. */
function crossFieldIssues(v: Partial<Fields>): Issue[] {
  const issues: Issue[] = [];
  const inPerson = v.format === "IN_PERSON" || v.format === "HYBRID";
  const online = v.format === "ONLINE" || v.format === "HYBRID";
  if (v.isFree === false && !v.costNote) issues.push({ path: ["costNote"], message: "Say what it costs, for example “$5 a session”." });
  if (inPerson) {
    const where: Partial<NonNullable<Fields["location"]>> = v.location ?? {};
    if (!v.venueType) issues.push({ path: ["venueType"], message: "Choose the kind of venue." });
    if (!where.venueName) issues.push({ path: ["location", "venueName"], message: "Give the name of the venue." });
    if (!where.addressLine1) issues.push({ path: ["location", "addressLine1"], message: "Give the street address." });
    if (!where.locality) issues.push({ path: ["location", "locality"], message: "Give the town or city." });
    if (!where.countryCode) issues.push({ path: ["location", "countryCode"], message: "Choose the country." });
  }
  if (online) {
    if (!v.onlineJoinUrl && !v.joinInstructions) {
      issues.push({ path: ["onlineJoinUrl"], message: "Give the link to join, or tell parents how to get it below." });
    }
    if (v.showJoinLink && !v.onlineJoinUrl) issues.push({ path: ["onlineJoinUrl"], message: "Give the link to join, or untick “Show the link”." });
  }
  if (v.format === "ONLINE" && !v.timeZone) issues.push({ path: ["timeZone"], message: "Choose the time zone the meetings are in." });
  return issues;
}

export const listingSchema = z
  .preprocess(dropFieldsOfOtherFormats, fields)
  .superRefine(
    (values, ctx) => {
      for (const issue of crossFieldIssues(values)) ctx.addIssue({ code: "custom", ...issue });
    },
    { when: () => true },
  )
  .transform(({ location, ...values }) => ({
    ...values,
    venueType: values.format === "ONLINE" ? null : (values.venueType ?? null),
    // After the checks above an in-person listing has every required line.
    location:
      values.format === "ONLINE" || !location
        ? null
        : {
            ...location,
            venueName: location.venueName ?? "",
            addressLine1: location.addressLine1 ?? "",
            locality: location.locality ?? "",
            countryCode: location.countryCode ?? "",
          },
  }));

export type ListingValues = z.infer<typeof listingSchema>;
export type ListingLocation = NonNullable<ListingValues["location"]>;
export type { MeetingValues } from "./meeting-schema";

/** Field errors keyed by path: "name", "location.locality", "meetings.0.startTime". */
export type ListingErrors = Record<string, string[]>;

/**
 * zod issues as `{ "location.locality": ["Give the town or city."] }`. A problem with one
 * cancelled date is shown on the whole textarea ("meetings.0.cancellations").
 */
export function listingErrors(error: z.ZodError): ListingErrors {
  const errors: ListingErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const cut = path.indexOf("cancellations");
    const key = (cut >= 0 ? path.slice(0, cut + 1) : path).join(".") || "form";
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/** "Please fix the 3 problems below." */
export function problemSummary(errors: ListingErrors): string {
  const count = Object.keys(errors).length;
  return count === 1 ? "Please fix the problem below." : `Please fix the ${count} problems below.`;
}
