import type { PrismaClient } from "@/lib/db/generated/client";
import { listingSelect, toListingValues } from "@/lib/listings/listing-record";
import type { ListingValues } from "@/lib/listings/listing-schema";
import { toMeetingRule } from "@/lib/schedule";
import { findFirstStart } from "@/lib/schedule/recurrence";
import { formatLocalDate } from "@/lib/schedule/wall-clock";

// An HSDS 3.0 services file of listings with only what the public may see (no contact email,
// no join link the organiser keeps to themselves), encoded as the site's HSDS export
// (lib/open-data/hsds/listing-to-hsds.ts) encodes it: the `summary` and `timezone_name`
// extensions, opens_at with its UTC offset, dtstart as the first meeting's date, the
// directory's page as url and schedule_link, classifications as taxonomy-term attributes.
// It stands in for that export in the round-trip test until the two are merged.

const ORIGIN = "https://village.example";

const attribute = (id: string, code: string, value?: string | null) => ({ id: `${id}/${code}`, link_id: id, taxonomy_term: { id: `term/${code}`, code, name: code }, ...(value && { value }) });

/** "-06:00": the zone's offset from UTC on `date`. */
function offsetOn(date: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(`${date}T12:00:00Z`)).find((p) => p.type === "timeZoneName")!.value;
  return name === "GMT" ? "+00:00" : name.replace("GMT", "");
}

function schedules(id: string, values: ListingValues, groupUrl: string) {
  const zone = values.timeZone!;
  return values.meetings.map((m, i) => {
    const [h, min] = m.startTime.split(":").map(Number) as [number, number];
    const end = h * 60 + min + m.durationMinutes;
    const first = findFirstStart(toMeetingRule({ ...m, startMinutes: h * 60 + min, timeZone: zone, startDate: new Date(`${m.startDate}T00:00:00Z`), endDate: m.endDate ? new Date(`${m.endDate}T00:00:00Z`) : null, cancellations: [] }));
    const dtstart = first ? formatLocalDate(first) : m.startDate;
    const offset = offsetOn(dtstart, zone);
    return {
      id: `${id}/schedule/${i}`,
      service_id: id,
      freq: m.frequency === "WEEKLY" || m.frequency === "FORTNIGHTLY" ? "WEEKLY" : "MONTHLY",
      interval: m.frequency === "FORTNIGHTLY" ? 2 : 1,
      byday: m.frequency === "MONTHLY_NTH" ? `${m.nthWeek}${m.weekday}` : m.frequency === "MONTHLY_LAST" ? `-1${m.weekday}` : m.weekday,
      wkst: "MO",
      dtstart,
      ...(m.endDate && { until: m.endDate }),
      timezone: (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) + Number(offset.slice(4, 6)) / 60),
      opens_at: `${m.startTime}${offset}`,
      closes_at: `${String(Math.floor(end / 60) % 24).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}${offset}`,
      description: `${m.frequency} ${m.weekday} ${m.startTime}`,
      schedule_link: groupUrl,
      ...(m.label && { notes: m.label }),
      timezone_name: zone,
      cancellations: [],
    };
  });
}

function service(id: string, slug: string, values: ListingValues) {
  const groupUrl = `${ORIGIN}/groups/${slug}`;
  const accessibility = (locationId: string) =>
    values.wheelchairAccessible || values.accessibilityNotes
      ? [{ id: `${locationId}/accessibility`, description: values.wheelchairAccessible ? "Wheelchair accessible." : "Ask the organiser about wheelchair access.", ...(values.accessibilityNotes && { details: values.accessibilityNotes }) }]
      : [];
  const locations = [];
  if (values.location && values.format !== "ONLINE") {
    const l = values.location;
    const locationId = `${id}/location/physical`;
    locations.push({
      id: `${id}/service_at_location/physical`,
      location: {
        id: locationId,
        location_type: "physical",
        name: l.venueName,
        ...(values.parkingAndTransit && { transportation: values.parkingAndTransit }),
        latitude: l.lat,
        longitude: l.lng,
        addresses: [{ id: `${locationId}/address`, address_1: l.addressLine1, ...(l.addressLine2 && { address_2: l.addressLine2 }), city: l.locality, state_province: l.region ?? "", postal_code: l.postalCode ?? "", country: l.countryCode, address_type: "physical" }],
        accessibility: accessibility(locationId),
        attributes: values.venueType ? [attribute(locationId, values.venueType)] : [],
      },
    });
  }
  if (values.format !== "IN_PERSON") {
    const locationId = `${id}/location/virtual`;
    const joinUrl = values.showJoinLink ? values.onlineJoinUrl : null;
    locations.push({
      id: `${id}/service_at_location/virtual`,
      location: { id: locationId, location_type: "virtual", name: "Online", ...(joinUrl && { url: joinUrl }), ...(values.joinInstructions && { description: values.joinInstructions }), accessibility: locations.length ? [] : accessibility(locationId) },
    });
  }
  const features = [
    ["BABIES_WELCOME", values.babiesWelcome, null],
    ["CHILDCARE_PROVIDED", values.childcareProvided, null],
    ["WHEELCHAIR_ACCESSIBLE", values.wheelchairAccessible, null],
    ["REGISTRATION_REQUIRED", values.registrationRequired, values.registrationUrl],
  ] as const;
  return {
    id,
    name: values.name,
    description: values.description,
    url: groupUrl,
    status: "active",
    application_process: values.registrationRequired ? "Register before you come." : "Drop in: there is no need to register.",
    fees_description: values.costNote ?? (values.isFree ? "Free." : "There is a charge; ask the organiser."),
    summary: values.summary,
    organization: { id: `${id}/organization`, name: values.name, ...(values.websiteUrl && { website: values.websiteUrl }) },
    phones: values.phone ? [{ id: `${id}/phone`, number: values.phone, type: "voice" }] : [],
    cost_options: values.isFree ? [{ id: `${id}/cost`, option: "Free", amount: 0 }] : [{ id: `${id}/cost`, option: values.costNote }],
    schedules: schedules(id, values, groupUrl),
    service_at_locations: locations,
    languages: values.languages.map((code) => ({ id: `${id}/language/${code}`, code })),
    attributes: [...values.audiences.map((a) => attribute(id, a)), ...features.filter(([, on]) => on).map(([code, , value]) => attribute(id, code, value))],
  };
}

/** The listings with these ids as an HSDS services file (a JSON array); each service's id is its listing's id. */
export async function hsdsFromDatabase(db: PrismaClient, groupIds: string[]): Promise<Uint8Array> {
  const groups = await db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, slug: true, ...listingSelect }, orderBy: { id: "asc" } });
  return new TextEncoder().encode(JSON.stringify(groups.map((g) => service(g.id, g.slug, toListingValues(g)))));
}
