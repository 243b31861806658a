import type { ListingInput, LocationInput, MeetingInput } from "./listing-input";
import { isTimeZone } from "./schema-parts";

// FormData from the listing form into the raw object listingSchema validates. Repeated
// fields ("audiences"), ticks (present or absent), yes/no radios ("true"/"false") and the
// meeting blocks ("meetings[0].weekday") each have their own reading.

const LOCATION_KEYS = ["venueName", "addressLine1", "addressLine2", "locality", "region", "postalCode", "countryCode"] as const;
const MEETING_KEYS = ["label", "frequency", "weekday", "nthWeek", "startTime", "durationMinutes", "startDate", "endDate", "cancellations"] as const;
const MEETING_FIELD = /^meetings\[(\d{1,2})\]\.([A-Za-z]+)$/;
/** More blocks than the schema allows are still read (so it can say so), up to this many. */
const MAX_BLOCKS = 20;

type MeetingKey = (typeof MEETING_KEYS)[number];

function read(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function readAll(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** A yes/no radio: "true" or "false", else unanswered. */
function readChoice(formData: FormData, name: string): boolean | undefined {
  const value = read(formData, name);
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** A block the organiser left untouched (the defaults alone do not count). */
function isBlank(meeting: MeetingInput): boolean {
  return !meeting.weekday && !meeting.startTime?.trim() && !meeting.label?.trim() && !meeting.endDate?.trim() && !meeting.cancellations?.trim();
}

/** The meeting blocks in index order; blank ones are dropped unless `keepBlank`. */
export function readMeetings(formData: FormData, { keepBlank = false } = {}): MeetingInput[] {
  const blocks = new Map<number, MeetingInput>();
  for (const [key, value] of formData.entries()) {
    const match = MEETING_FIELD.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const field = match[2] as MeetingKey;
    if (!MEETING_KEYS.includes(field) || index >= MAX_BLOCKS) continue;
    const block = blocks.get(index) ?? {};
    block[field] = value;
    blocks.set(index, block);
  }
  return [...blocks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, block]) => block)
    .filter((block) => keepBlank || !isBlank(block));
}

export function parseListingForm(formData: FormData): ListingInput {
  const location: LocationInput = {};
  for (const key of LOCATION_KEYS) location[key] = read(formData, `location.${key}`);
  const format = read(formData, "format");
  let timeZone = read(formData, "timeZone");
  // An online group has no venue to take the time zone from: the organiser's browser
  // says which zone they are in (the field is filled in by a script; absent without one).
  const browserTimeZone = read(formData, "browserTimeZone")?.trim();
  if (!timeZone?.trim() && format === "ONLINE" && browserTimeZone && isTimeZone(browserTimeZone)) timeZone = browserTimeZone;

  return {
    name: read(formData, "name"),
    summary: read(formData, "summary"),
    description: read(formData, "description"),
    audiences: readAll(formData, "audiences"),
    languages: readAll(formData, "languages"),
    isFree: readChoice(formData, "isFree"),
    costNote: read(formData, "costNote"),
    registrationRequired: readChoice(formData, "registrationRequired"),
    babiesWelcome: formData.has("babiesWelcome"),
    childcareProvided: formData.has("childcareProvided"),
    wheelchairAccessible: formData.has("wheelchairAccessible"),
    accessibilityNotes: read(formData, "accessibilityNotes"),
    websiteUrl: read(formData, "websiteUrl"),
    registrationUrl: read(formData, "registrationUrl"),
    phone: read(formData, "phone"),
    contactEmail: read(formData, "contactEmail"),
    format,
    venueType: read(formData, "venueType") || undefined,
    location,
    onlineJoinUrl: read(formData, "onlineJoinUrl"),
    showJoinLink: formData.has("showJoinLink"),
    joinInstructions: read(formData, "joinInstructions"),
    timeZone,
    meetings: readMeetings(formData),
    website_url: read(formData, "website_url"),
  };
}
