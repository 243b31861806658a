import type { Prisma } from "@/lib/db/generated/client";
import { groupDetailSelect } from "@/lib/groups/public-select";
import { AUDIENCES, FORMATS, labelFor } from "@/lib/groups/vocabulary";
import { isPublicListing } from "@/lib/listings/lifecycle";
import { formatOccurrenceDate, listOccurrences, toMeetingRule } from "@/lib/schedule";
import { childId } from "./ids";
import { toServiceAtLocations } from "./locations";
import { toOrganization, toOrganizationSummary, toPhones } from "./organizations";
import { toHsdsSchedule } from "./schedules";
import { AUDIENCE_TAXONOMY, FEATURE_TAXONOMY, toAttribute, type FeatureCode } from "./taxonomies";
import type { HsdsAttribute, HsdsCostOption, HsdsService, HsdsServiceSummary } from "./types";

// THE mapping from one public listing to an HSDS 3.0 service. The API, the bulk download
// and anything else that publishes listings as HSDS go through listingToHsdsService, so
// they cannot drift apart. It reads only what groupDetailSelect, the public view of a
// group, selects, plus the listing's open data id and status.

/** What to read of a listing to publish it: the public fields (never the contact email or organiser). */
export const hsdsListingSelect = {
  ...groupDetailSelect,
  openDataId: true,
  status: true,
} as const satisfies Prisma.GroupSelect;

export type HsdsListing = Prisma.GroupGetPayload<{ select: typeof hsdsListingSelect }>;

export type HsdsContext = {
  /** The site's origin for absolute links: "https://village.example". */
  origin: string;
  /** The moment the data describes: which listings are public, the next meeting's UTC offset, alerts. */
  now: Date;
};

const DAY = 86_400_000;
/** Cancelled dates this close make the service's alert. */
const ALERT_DAYS = 28;

const day = (date: Date) => date.toISOString().slice(0, 10);

function applicationProcess(listing: HsdsListing): string {
  if (!listing.registrationRequired) return "Drop in: there is no need to register.";
  return listing.registrationUrl ? `Register before you come: ${listing.registrationUrl}` : "Register before you come: contact the organiser through the group's page.";
}

function feesDescription(listing: HsdsListing): string {
  if (listing.costNote) return listing.costNote;
  return listing.isFree ? "Free." : "There is a charge; ask the organiser.";
}

function costOptions(listing: HsdsListing): HsdsCostOption[] {
  const id = childId(listing.openDataId, "cost_option");
  return listing.isFree
    ? [{ id, service_id: listing.openDataId, option: "Free", amount: 0 }]
    : [{ id, service_id: listing.openDataId, option: listing.costNote ?? "There is a charge; ask the organiser." }];
}

/** "No meeting on Tue 24 Dec (Holiday)." for cancelled dates in the next four weeks, or nothing. */
function upcomingCancellations(listing: HsdsListing, now: Date): string | undefined {
  const until = new Date(now.getTime() + ALERT_DAYS * DAY);
  const notes = listing.meetings.flatMap((meeting) => {
    const reasons = new Map(meeting.cancellations.map((c) => [day(c.date), c.reason]));
    return listOccurrences(toMeetingRule(meeting), { from: now, until, includeCancelled: true })
      .filter((o) => o.cancelled)
      .map((o) => {
        const reason = reasons.get(o.localDate);
        return { start: o.start, text: `No meeting on ${formatOccurrenceDate(o.start, meeting.timeZone)}${reason ? ` (${reason})` : ""}.` };
      });
  });
  return notes.length ? notes.sort((a, b) => a.start.getTime() - b.start.getTime()).map((n) => n.text).join(" ") : undefined;
}

function serviceAttributes(listing: HsdsListing, origin: string): HsdsAttribute[] {
  const link = { id: listing.openDataId, entity: "service" as const };
  const features: [FeatureCode, boolean, string | null][] = [
    ["BABIES_WELCOME", listing.babiesWelcome, null],
    ["CHILDCARE_PROVIDED", listing.childcareProvided, null],
    ["WHEELCHAIR_ACCESSIBLE", listing.wheelchairAccessible, null],
    ["REGISTRATION_REQUIRED", listing.registrationRequired, listing.registrationUrl],
  ];
  return [
    ...listing.audiences.map((audience) => toAttribute(AUDIENCE_TAXONOMY, audience, link, origin)),
    ...features.filter(([, on]) => on).map(([code, , value]) => toAttribute(FEATURE_TAXONOMY, code, link, origin, value)),
  ];
}

function assertPublic(listing: HsdsListing, now: Date) {
  if (!isPublicListing(listing, now)) throw new Error(`Only public listings are published as open data; ${listing.slug} is not public.`);
}

/** A listing's one-to-one fields as an HSDS service, for pages of /services. */
export function listingToHsdsServiceSummary(listing: HsdsListing, { origin, now }: HsdsContext): HsdsServiceSummary {
  assertPublic(listing, now);
  const alert = upcomingCancellations(listing, now);
  const organization = toOrganizationSummary(listing);
  return {
    id: listing.openDataId,
    organization_id: organization.id,
    name: listing.name,
    description: listing.description,
    url: `${origin}/groups/${listing.slug}`,
    status: "active",
    application_process: applicationProcess(listing),
    fees_description: feesDescription(listing),
    eligibility_description: `Who it is for: ${listing.audiences.map((a) => labelFor(AUDIENCES, a)).join(", ")}.`,
    assured_date: day(listing.lastConfirmedAt),
    last_modified: listing.updatedAt.toISOString(),
    ...(alert && { alert }),
    summary: listing.summary,
    organization,
  };
}

/**
 * One public listing as a fully nested HSDS 3.0 service: its organization, phone, costs,
 * meetings as schedules (with their IANA zone and cancelled dates), venue and online
 * meeting place as service_at_locations, languages, and classifications as attributes.
 * Throws for a listing the public may not see.
 */
export function listingToHsdsService(listing: HsdsListing, context: HsdsContext): HsdsService {
  const summary = listingToHsdsServiceSummary(listing, context);
  const attendingType = labelFor(FORMATS, listing.format);
  const scheduleLink = summary.url;
  return {
    ...summary,
    organization: toOrganization(listing),
    phones: toPhones(listing, "service"),
    cost_options: costOptions(listing),
    schedules: listing.meetings.map((meeting) => toHsdsSchedule(meeting, { serviceId: listing.openDataId, attendingType, scheduleLink, now: context.now })),
    service_at_locations: toServiceAtLocations(listing, { serviceId: listing.openDataId, organizationId: summary.organization_id }, context.origin),
    languages: listing.languages.map((language) => ({ id: childId(listing.openDataId, `language/${language.code}`), service_id: listing.openDataId, name: language.name, code: language.code })),
    attributes: serviceAttributes(listing, context.origin),
  };
}
