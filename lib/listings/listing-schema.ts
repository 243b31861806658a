import { z } from "zod";
import { LISTING_FIELDS, LOCATION_FIELDS, shapeOf } from "./fields";
import type { Panel } from "./form-layout";
import { MAX_MEETINGS } from "./meeting-choices";
import { meetingSchema } from "./meeting-schema";
import { isTimeZone } from "./schema-parts";

// The one schema behind "List your group", "Edit your listing" and stored revisions, built
// from the field lists. It checks what can be checked without the database; the server
// then resolves the address against the gazetteer (resolve-listing.ts).

const locationSchema = z.object({
  ...shapeOf(LOCATION_FIELDS),
  // Filled in by the server from the gazetteer, never typed.
  lat: z.number().min(-90).max(90).nullish().transform((n) => n ?? null),
  lng: z.number().min(-180).max(180).nullish().transform((n) => n ?? null),
});

const fields = z.object({
  ...shapeOf(LISTING_FIELDS),
  location: locationSchema.nullish(),
  meetings: z
    .array(meetingSchema, { error: "Add at least one meeting: its day, time and first date." })
    .min(1, "Add at least one meeting: its day, time and first date.")
    .max(MAX_MEETINGS, `A listing can have at most ${MAX_MEETINGS} regular meetings.`),
});

/** The panel of "Where" that does not apply to a format, whose fields are dropped. */
const OTHER_PANEL: Record<string, Panel> = { ONLINE: "venue", IN_PERSON: "online" };

/**
 * Fields that do not apply to the chosen format are dropped before validation, so a
 * half-filled venue of an online group can never block the form with an error nobody sees.
 */
function dropFieldsOfOtherFormats(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const raw = { ...(input as Record<string, unknown>) };
  // An online group has no venue to take the time zone from: the organiser's browser says
  // which zone they are in (a script fills the field in; it is absent without one).
  const browserZone = typeof raw.browserTimeZone === "string" ? raw.browserTimeZone.trim() : "";
  if (raw.format === "ONLINE" && !raw.timeZone && browserZone && isTimeZone(browserZone)) raw.timeZone = browserZone;
  const other = OTHER_PANEL[String(raw.format)];
  if (!other) return raw;
  for (const [name, def] of Object.entries(LISTING_FIELDS)) if (def.panel === other) delete raw[name];
  if (other === "venue") raw.location = null;
  return raw;
}

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
    venueType: values.format === "ONLINE" ? null : values.venueType,
    parkingAndTransit: values.format === "ONLINE" ? null : values.parkingAndTransit,
    showJoinLink: values.onlineJoinUrl ? values.showJoinLink : false,
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
