import type { ListingValues } from "./listing-schema";

// The listing form as typed: strings, ticks and lists, before validation. The form renders
// from this shape, so after an error it shows exactly what the organiser sent.

export type MeetingInput = {
  label?: string;
  frequency?: string;
  weekday?: string;
  nthWeek?: string;
  startTime?: string;
  durationMinutes?: string;
  startDate?: string;
  endDate?: string;
  /** The textarea: one "YYYY-MM-DD reason" a line. */
  cancellations?: string;
};

export type LocationInput = {
  venueName?: string;
  addressLine1?: string;
  addressLine2?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  countryCode?: string;
};

export type ListingInput = {
  name?: string;
  summary?: string;
  description?: string;
  audiences?: string[];
  languages?: string[];
  isFree?: boolean;
  costNote?: string;
  registrationRequired?: boolean;
  babiesWelcome?: boolean;
  childcareProvided?: boolean;
  wheelchairAccessible?: boolean;
  accessibilityNotes?: string;
  websiteUrl?: string;
  registrationUrl?: string;
  phone?: string;
  contactEmail?: string;
  format?: string;
  venueType?: string;
  location?: LocationInput;
  onlineJoinUrl?: string;
  showJoinLink?: boolean;
  joinInstructions?: string;
  timeZone?: string;
  meetings?: MeetingInput[];
  /** The honeypot: people never see it, bots fill it in. */
  website_url?: string;
};

/** A new meeting block: weekly, an hour and a half, starting today. */
export function newMeetingInput(today: string): MeetingInput {
  return { frequency: "WEEKLY", durationMinutes: "90", startDate: today };
}

/** The blank "List your group" form. */
export function emptyListingInput(today: string): ListingInput {
  return { babiesWelcome: true, languages: ["en"], meetings: [newMeetingInput(today)] };
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** Saved values back into form input, to prefill the edit form. */
export function toListingInput(values: ListingValues): ListingInput {
  const { location, meetings, venueType, timeZone, ...rest } = values;
  return {
    ...rest,
    costNote: text(rest.costNote),
    accessibilityNotes: text(rest.accessibilityNotes),
    websiteUrl: text(rest.websiteUrl),
    registrationUrl: text(rest.registrationUrl),
    phone: text(rest.phone),
    onlineJoinUrl: text(rest.onlineJoinUrl),
    joinInstructions: text(rest.joinInstructions),
    venueType: text(venueType),
    timeZone: text(timeZone),
    location: location
      ? {
          venueName: location.venueName,
          addressLine1: location.addressLine1,
          addressLine2: text(location.addressLine2),
          locality: location.locality,
          region: text(location.region),
          postalCode: text(location.postalCode),
          countryCode: location.countryCode,
        }
      : {},
    meetings: meetings.map((m) => ({
      label: text(m.label),
      frequency: m.frequency,
      weekday: m.weekday,
      nthWeek: text(m.nthWeek),
      startTime: m.startTime,
      durationMinutes: text(m.durationMinutes),
      startDate: m.startDate,
      endDate: text(m.endDate),
      cancellations: m.cancellations.map((c) => (c.reason ? `${c.date} ${c.reason}` : c.date)).join("\n"),
    })),
  };
}
