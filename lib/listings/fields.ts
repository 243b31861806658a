import { z } from "zod";
import type { Audience, GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { isCountryCode } from "./countries";
import { namesIn, type FieldView, type ListingFormFields, type Panel, type SectionId } from "./form-layout";
import { LIMITS } from "./listing-limits";
import { checkbox, isTimeZone, optionalLink, optionalText, requiredText, ticked, yesNo } from "./schema-parts";

// Every field of a listing, once: its zod type, the words on the form, where it sits in
// the form, and how a reviewer reads it. The form, its parsing, the moderator's views, the
// database read and write and the revision snapshot all derive from these lists. A new
// field is a column (schema.prisma and a migration) and one entry here.

export type FieldDef<S extends z.ZodType = z.ZodType> = FieldView & { schema: S };

const field = <S extends z.ZodType>(def: FieldDef<S>) => def;


const values = <V extends string>(map: Record<string, { value: V; label: string }>) => Object.values(map).map((entry) => entry.value) as [V, ...V[]];

const FORMAT_HINTS: Record<GroupFormat, string> = {
  IN_PERSON: "At a venue: a library, community centre, clinic…",
  ONLINE: "On a video call.",
  HYBRID: "At a venue, and parents can also join online.",
};

const CONTACT_EMAIL_MISSING = "Give an email address where we can pass on messages from parents.";

export const LISTING_FIELDS = {
  name: field({
    schema: requiredText(LIMITS.name, "Give your group a name.", "the name"),
    label: "Name of the group",
    hint: `As parents would say it. Up to ${LIMITS.name} characters.`,
    section: "about",
    input: { kind: "text", autoComplete: "off" },
  }),
  summary: field({
    schema: requiredText(LIMITS.summary, "Describe the group in one sentence.", "the summary"),
    label: "Summary",
    hint: `One sentence shown in search results, for example “A relaxed weekly drop-in for new parents and babies.” Up to ${LIMITS.summary} characters.`,
    section: "about",
    input: { kind: "textarea", rows: 2 },
  }),
  description: field({
    schema: requiredText(LIMITS.description, "Tell parents what happens at the group.", "the description"),
    label: "Description",
    hint: "What happens at a meeting, who runs it and what to bring. Leave a blank line between paragraphs.",
    section: "about",
    input: { kind: "textarea", rows: 7 },
  }),
  audiences: field({
    schema: ticked(z.enum(values<Audience>(AUDIENCES), { error: "Choose who the group is for from the list." }))
      .refine((list) => list.length > 0, "Choose who the group is for.")
      .transform((list) => [...new Set(list)]),
    label: "Who is it for?",
    hint: "Choose all that apply.",
    section: "about",
    input: { kind: "ticks", options: Object.values(AUDIENCES), columns: 2 },
  }),
  languages: field({
    schema: ticked(z.string().trim().regex(/^[a-z]{2,3}$/, "Choose languages from the list."))
      .refine((list) => list.length > 0, "Choose at least one language.")
      .refine((list) => list.length <= 10, "Please choose at most 10 languages.")
      .transform((list) => [...new Set(list)]),
    label: "Languages spoken at the group",
    section: "about",
    input: { kind: "ticks", options: "languages", columns: 3 },
  }),
  isFree: field({
    schema: yesNo("Tell parents whether the group is free."),
    label: "Does it cost anything?",
    section: "about",
    input: { kind: "yesNo", options: [{ value: true, label: "It's free" }, { value: false, label: "There's a cost" }] },
  }),
  costNote: field({
    schema: optionalText(LIMITS.costNote, "the cost"),
    label: "What it costs",
    hint: "For example “$5 a session” or “Free; donations welcome”.",
    optional: true,
    section: "about",
    input: { kind: "text" },
  }),
  registrationRequired: field({
    schema: yesNo("Tell parents whether to register first or just drop in."),
    label: "Can parents just turn up?",
    section: "about",
    input: { kind: "yesNo", options: [{ value: false, label: "Yes, just drop in" }, { value: true, label: "No, they need to register first" }] },
  }),
  registrationUrl: field({
    schema: optionalLink("the registration link"),
    label: "Link to register",
    hint: "Starts with https://",
    optional: true,
    section: "about",
    input: { kind: "text", type: "url" },
  }),
  babiesWelcome: field({ schema: checkbox, label: "Babies are welcome", section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  childcareProvided: field({ schema: checkbox, label: "Childcare is provided for older children", section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  wheelchairAccessible: field({ schema: checkbox, label: "Wheelchair accessible", section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  accessibilityNotes: field({
    schema: optionalText(LIMITS.notes, "the access notes"),
    label: "Access notes",
    hint: "Step-free entrance, buggy storage, a quiet room…",
    optional: true,
    section: "about",
    input: { kind: "textarea", rows: 2 },
  }),

  format: field({
    schema: z.enum(values<GroupFormat>(FORMATS), { error: "Choose whether the group meets in person, online or both." }),
    label: "How does the group meet?",
    section: "where",
    input: { kind: "radio", options: Object.values(FORMATS).map((f) => ({ ...f, hint: FORMAT_HINTS[f.value] })) },
  }),
  venueType: field({
    schema: z.preprocess((v) => v || null, z.enum(values<VenueType>(VENUE_TYPES), { error: "Choose the kind of venue from the list." }).nullable()),
    label: "Kind of venue",
    section: "where",
    panel: "venue",
    input: { kind: "select", options: Object.values(VENUE_TYPES) },
  }),
  parkingAndTransit: field({
    schema: optionalText(LIMITS.notes, "the parking and transit notes"),
    label: "Parking and public transport",
    hint: "Where to park, the nearest bus or train stop, and the easiest way in with a buggy.",
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "textarea", rows: 2 },
  }),
  onlineJoinUrl: field({
    schema: optionalLink("the join link"),
    label: "Link to join",
    hint: "Starts with https://",
    optional: true,
    section: "where",
    panel: "online",
    input: { kind: "text", type: "url" },
  }),
  showJoinLink: field({
    schema: checkbox,
    label: "Show the link on the listing",
    hint: "Leave unticked to give it only to parents who register or get in touch.",
    section: "where",
    panel: "online",
    input: { kind: "tick" },
  }),
  joinInstructions: field({
    schema: optionalText(LIMITS.joinInstructions, "the joining instructions"),
    label: "How to join",
    hint: "For example “Register and we'll email you the link the day before.”",
    optional: true,
    section: "where",
    panel: "online",
    input: { kind: "textarea", rows: 2 },
  }),

  timeZone: field({
    // Empty means "the venue's time zone", which the server fills in.
    schema: z
      .string()
      .trim()
      .nullish()
      .transform((zone) => zone || null)
      .refine((zone) => zone === null || isTimeZone(zone), "Choose a time zone from the list."),
    label: "Time zone",
    hint: "The times below are in this zone. For a group that meets in person, leave it to us: we use the venue's.",
    section: "when",
    input: { kind: "select", options: "timeZones", placeholder: "The venue's time zone" },
  }),

  websiteUrl: field({
    schema: optionalLink("the website link"),
    label: "Website",
    hint: "Starts with https://",
    optional: true,
    section: "contact",
    input: { kind: "text", type: "url" },
  }),
  phone: field({
    schema: optionalText(LIMITS.phone, "the phone number").refine(
      (phone) => phone === null || (/^[+()0-9.\-\s]+$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= 5),
      "Write the phone number with digits, spaces and + ( ) - only.",
    ),
    label: "Phone number",
    hint: "Shown on the listing.",
    optional: true,
    section: "contact",
    input: { kind: "text", type: "tel", autoComplete: "tel" },
  }),
  contactEmail: field({
    schema: z
      .string({ error: CONTACT_EMAIL_MISSING })
      .trim()
      .min(1, CONTACT_EMAIL_MISSING)
      .max(LIMITS.contactEmail, "That email address is too long.")
      .pipe(z.email("Enter an email address like name@example.org.")),
    label: "Email for messages from parents",
    hint: "Private: it never appears on the site. Parents write to you through a form and we pass their message on.",
    section: "contact",
    private: true,
    input: { kind: "text", type: "email", autoComplete: "email" },
  }),
};

/** The venue's address, posted as location.venueName and so on; its coordinates come from the gazetteer. */
export const LOCATION_FIELDS = {
  venueName: field({ schema: optionalText(LIMITS.venueName, "the venue's name"), label: "Name of the venue", section: "where", panel: "venue", input: { kind: "text" } }),
  addressLine1: field({
    schema: optionalText(LIMITS.addressLine, "the address"),
    label: "Street address",
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-line1" },
  }),
  addressLine2: field({
    schema: optionalText(LIMITS.addressLine, "the second address line"),
    label: "Address line 2",
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-line2" },
  }),
  locality: field({
    schema: optionalText(LIMITS.locality, "the town or city"),
    label: "Town or city",
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-level2" },
  }),
  region: field({
    schema: optionalText(LIMITS.region, "the state, province or county"),
    label: "State or county",
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-level1" },
  }),
  postalCode: field({
    schema: optionalText(LIMITS.postalCode, "the postcode"),
    label: "ZIP or postcode",
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "postal-code" },
  }),
  countryCode: field({
    schema: z
      .string()
      .trim()
      .nullish()
      .transform((code) => (code ? code.toUpperCase() : null))
      .refine((code) => code === null || isCountryCode(code), "Choose the country from the list."),
    label: "Country",
    section: "where",
    panel: "venue",
    input: { kind: "select", options: "countries" },
  }),
};

export type ListingFieldName = keyof typeof LISTING_FIELDS;
export type LocationFieldName = keyof typeof LOCATION_FIELDS;

/** `{ name: schema, … }` for z.object, keeping each field's type. */
export function shapeOf<F extends Record<string, FieldDef>>(fields: F): { [K in keyof F]: F[K]["schema"] } {
  return Object.fromEntries(Object.entries(fields).map(([name, def]) => [name, def.schema])) as { [K in keyof F]: F[K]["schema"] };
}

/** Field names in a section (and panel), in form order. */
export const fieldsIn = (section: SectionId, panel?: Panel) => namesIn(LISTING_FIELDS, section, panel) as ListingFieldName[];

const viewsOf = (fields: Record<string, FieldDef>) => Object.fromEntries(Object.entries(fields).map(([name, { schema: _schema, ...view }]) => [name, view]));

/** The fields without their schemas, for the browser's form (which must not load zod). */
export const LISTING_FORM_FIELDS: ListingFormFields = { listing: viewsOf(LISTING_FIELDS), location: viewsOf(LOCATION_FIELDS) };
