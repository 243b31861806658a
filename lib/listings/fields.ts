import { z } from "zod";
import type { Audience, GroupFormat, VenueType } from "@/lib/db/generated/enums";
import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { formMessage } from "@/lib/forms/form-message";
import type { Locale } from "@/lib/i18n/routing";
import { isCountryCode } from "./countries";
import { withWords, type FieldSpec } from "./field-words";
import { namesIn, type FieldView, type ListingFormFields, type Panel, type SectionId } from "./form-layout";
import { LIMITS } from "./listing-limits";
import { checkbox, isTimeZone, optionalLink, optionalText, requiredText, ticked, yesNo } from "./schema-parts";

// Every field of a listing, once: its zod type, where it sits in the form, and how a
// reviewer reads it. The form, its parsing, the moderator's views, the database read and
// write and the revision snapshot all derive from these lists. The words on the form come
// from the Listing messages, by field name (field-words.ts). A new field is a column
// (schema.prisma and a migration), one entry here and its words in every language.

export type FieldDef<S extends z.ZodType = z.ZodType> = FieldView & { schema: S };

const field = <S extends z.ZodType>(def: FieldSpec & { schema: S }) => def;

const values = <V extends string>(map: Record<string, { value: V; label: string }>) => Object.values(map).map((entry) => entry.value) as [V, ...V[]];

/** The most languages one listing can name. */
const MAX_LANGUAGES = 10;

const CONTACT_EMAIL_MISSING = formMessage("Validation.giveContactEmail");

const LISTING_SPECS = {
  name: field({
    schema: requiredText(LIMITS.name, formMessage("Validation.giveName"), "name"),
    hintArgs: { max: LIMITS.name },
    section: "about",
    input: { kind: "text", autoComplete: "off" },
  }),
  summary: field({
    schema: requiredText(LIMITS.summary, formMessage("Validation.giveSummary"), "summary"),
    hintArgs: { max: LIMITS.summary },
    section: "about",
    input: { kind: "textarea", rows: 2 },
  }),
  description: field({
    schema: requiredText(LIMITS.description, formMessage("Validation.giveDescription"), "description"),
    section: "about",
    input: { kind: "textarea", rows: 7 },
  }),
  audiences: field({
    schema: ticked(z.enum(values<Audience>(AUDIENCES), { error: formMessage("Validation.audienceFromList") }))
      .refine((list) => list.length > 0, formMessage("Validation.giveAudience"))
      .transform((list) => [...new Set(list)]),
    section: "about",
    input: { kind: "ticks", options: "audiences", columns: 2 },
  }),
  languages: field({
    schema: ticked(z.string().trim().regex(/^[a-z]{2,3}$/, formMessage("Validation.languageFromList")))
      .refine((list) => list.length > 0, formMessage("Validation.giveLanguage"))
      .refine((list) => list.length <= MAX_LANGUAGES, formMessage("Validation.tooManyLanguages", { max: MAX_LANGUAGES }))
      .transform((list) => [...new Set(list)]),
    section: "about",
    input: { kind: "ticks", options: "languages", columns: 3 },
  }),
  isFree: field({
    schema: yesNo(formMessage("Validation.sayIfFree")),
    section: "about",
    input: { kind: "yesNo", values: [true, false] },
  }),
  costNote: field({
    schema: optionalText(LIMITS.costNote, "costNote"),
    optional: true,
    section: "about",
    input: { kind: "text" },
  }),
  registrationRequired: field({
    schema: yesNo(formMessage("Validation.sayIfRegistration")),
    section: "about",
    input: { kind: "yesNo", values: [false, true] },
  }),
  registrationUrl: field({
    schema: optionalLink("registrationUrl"),
    optional: true,
    section: "about",
    input: { kind: "text", type: "url" },
  }),
  babiesWelcome: field({ schema: checkbox, section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  childcareProvided: field({ schema: checkbox, section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  wheelchairAccessible: field({ schema: checkbox, section: "about", input: { kind: "tick", group: "goodToKnow" } }),
  accessibilityNotes: field({
    schema: optionalText(LIMITS.notes, "accessibilityNotes"),
    optional: true,
    section: "about",
    input: { kind: "textarea", rows: 2 },
  }),

  format: field({
    schema: z.enum(values<GroupFormat>(FORMATS), { error: formMessage("Validation.giveFormat") }),
    section: "where",
    input: { kind: "radio", options: "formats" },
  }),
  venueType: field({
    schema: z.preprocess((v) => v || null, z.enum(values<VenueType>(VENUE_TYPES), { error: formMessage("Validation.venueTypeFromList") }).nullable()),
    section: "where",
    panel: "venue",
    input: { kind: "select", options: "venues" },
  }),
  parkingAndTransit: field({
    schema: optionalText(LIMITS.notes, "parkingAndTransit"),
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "textarea", rows: 2 },
  }),
  onlineJoinUrl: field({
    schema: optionalLink("onlineJoinUrl"),
    optional: true,
    section: "where",
    panel: "online",
    input: { kind: "text", type: "url" },
  }),
  showJoinLink: field({
    schema: checkbox,
    section: "where",
    panel: "online",
    input: { kind: "tick" },
  }),
  joinInstructions: field({
    schema: optionalText(LIMITS.joinInstructions, "joinInstructions"),
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
      .refine((zone) => zone === null || isTimeZone(zone), formMessage("Validation.timeZoneFromList")),
    section: "when",
    input: { kind: "select", options: "timeZones" },
  }),

  websiteUrl: field({
    schema: optionalLink("websiteUrl"),
    optional: true,
    section: "contact",
    input: { kind: "text", type: "url" },
  }),
  phone: field({
    schema: optionalText(LIMITS.phone, "phone").refine(
      (phone) => phone === null || (/^[+()0-9.\-\s]+$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= 5),
      formMessage("Validation.phoneFormat"),
    ),
    optional: true,
    section: "contact",
    input: { kind: "text", type: "tel", autoComplete: "tel" },
  }),
  contactEmail: field({
    schema: z
      .string({ error: CONTACT_EMAIL_MISSING })
      .trim()
      .min(1, CONTACT_EMAIL_MISSING)
      .max(LIMITS.contactEmail, formMessage("Validation.emailTooLong"))
      .pipe(z.email(formMessage("Validation.emailFormat"))),
    section: "contact",
    private: true,
    input: { kind: "text", type: "email", autoComplete: "email" },
  }),
};

/** The venue's address, posted as location.venueName and so on. */
const LOCATION_SPECS = {
  venueName: field({ schema: optionalText(LIMITS.venueName, "venueName"), section: "where", panel: "venue", input: { kind: "text" } }),
  addressLine1: field({
    schema: optionalText(LIMITS.addressLine, "addressLine1"),
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-line1" },
  }),
  addressLine2: field({
    schema: optionalText(LIMITS.addressLine, "addressLine2"),
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-line2" },
  }),
  locality: field({
    schema: optionalText(LIMITS.locality, "locality"),
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-level2" },
  }),
  region: field({
    schema: optionalText(LIMITS.region, "region"),
    optional: true,
    section: "where",
    panel: "venue",
    input: { kind: "text", autoComplete: "address-level1" },
  }),
  postalCode: field({
    schema: optionalText(LIMITS.postalCode, "postalCode"),
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
      .refine((code) => code === null || isCountryCode(code), formMessage("Validation.countryFromList")),
    section: "where",
    panel: "venue",
    input: { kind: "select", options: "countries" },
  }),
};

/** The listing's fields, worded in English: the words the moderator's review and the import's column notes use. */
export const LISTING_FIELDS = withWords(LISTING_SPECS, "en");

/** The venue's address, posted as location.venueName and so on; its coordinates come from the gazetteer. */
export const LOCATION_FIELDS = withWords(LOCATION_SPECS, "en", "location.");

export type ListingFieldName = keyof typeof LISTING_FIELDS;
export type LocationFieldName = keyof typeof LOCATION_FIELDS;

/** `{ name: schema, … }` for z.object, keeping each field's type. */
export function shapeOf<F extends Record<string, { schema: z.ZodType }>>(fields: F): { [K in keyof F]: F[K]["schema"] } {
  return Object.fromEntries(Object.entries(fields).map(([name, def]) => [name, def.schema])) as { [K in keyof F]: F[K]["schema"] };
}

/** Field names in a section (and panel), in form order. */
export const fieldsIn = (section: SectionId, panel?: Panel) => namesIn(LISTING_FIELDS, section, panel) as ListingFieldName[];

const viewsOf = (fields: Record<string, FieldDef>): Record<string, FieldView> => Object.fromEntries(Object.entries(fields).map(([name, { schema: _schema, ...view }]) => [name, view]));

/** The fields without their schemas (the browser's form must not load zod), worded in `locale`. */
export function listingFormFields(locale: Locale): ListingFormFields {
  return { listing: viewsOf(withWords(LISTING_SPECS, locale)), location: viewsOf(withWords(LOCATION_SPECS, locale, "location.")) };
}
