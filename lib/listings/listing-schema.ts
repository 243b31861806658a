import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";
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
    .array(meetingSchema, { error: formMessage("Validation.giveMeeting") })
    .min(1, formMessage("Validation.giveMeeting"))
    .max(MAX_MEETINGS, formMessage("Validation.tooManyMeetings", { max: MAX_MEETINGS })),
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
  if (v.isFree === false && !v.costNote) issues.push({ path: ["costNote"], message: formMessage("Validation.giveCost") });
  if (inPerson) {
    const where: Partial<NonNullable<Fields["location"]>> = v.location ?? {};
    if (!v.venueType) issues.push({ path: ["venueType"], message: formMessage("Validation.giveVenueType") });
    if (!where.venueName) issues.push({ path: ["location", "venueName"], message: formMessage("Validation.giveVenueName") });
    if (!where.addressLine1) issues.push({ path: ["location", "addressLine1"], message: formMessage("Validation.giveStreet") });
    if (!where.locality) issues.push({ path: ["location", "locality"], message: formMessage("Validation.giveTown") });
    if (!where.countryCode) issues.push({ path: ["location", "countryCode"], message: formMessage("Validation.giveCountry") });
  }
  if (online) {
    if (!v.onlineJoinUrl && !v.joinInstructions) {
      issues.push({ path: ["onlineJoinUrl"], message: formMessage("Validation.giveJoinLinkOrHow") });
    }
    if (v.showJoinLink && !v.onlineJoinUrl) issues.push({ path: ["onlineJoinUrl"], message: formMessage("Validation.giveJoinLinkToShow") });
  }
  if (v.format === "ONLINE" && !v.timeZone) issues.push({ path: ["timeZone"], message: formMessage("Validation.giveTimeZone") });
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
