import type { PrismaClient } from "@/lib/db/generated/client";
import { HSDS_FLAGS } from "@/lib/import/read-hsds";
import { listingSelect, toListingValues } from "@/lib/listings/listing-record";
import type { ListingValues } from "@/lib/listings/listing-schema";

// An HSDS 3.0 services file of listings, written from the schema (/work/shared/hsds-3.0)
// with only what the public may see: no contact email, no join link the organiser keeps
// private. It stands in for the site's own HSDS export in the round-trip test, and follows
// the conventions the importer reads (README, "HSDS files"): summary and description as the
// description's first paragraph and the rest, the rest as taxonomy-term attributes.

const attribute = (id: string, code: string, value?: string) => ({ id: `${id}-${code.toLowerCase()}`, taxonomy_term: { id: `village-${code.toLowerCase()}`, code, name: code, taxonomy: "village" }, ...(value !== undefined && { value }) });

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function schedules(id: string, values: ListingValues) {
  return values.meetings.map((m, i) => {
    const [h, min] = m.startTime.split(":").map(Number) as [number, number];
    const start = h * 60 + min;
    const byday = m.frequency === "MONTHLY_NTH" ? `${m.nthWeek}${m.weekday}` : m.frequency === "MONTHLY_LAST" ? `-1${m.weekday}` : m.weekday;
    return {
      id: `${id}-schedule-${i}`,
      service_id: id,
      freq: m.frequency === "WEEKLY" || m.frequency === "FORTNIGHTLY" ? "WEEKLY" : "MONTHLY",
      interval: m.frequency === "FORTNIGHTLY" ? 2 : 1,
      byday,
      opens_at: m.startTime,
      closes_at: clock(start + m.durationMinutes),
      dtstart: m.startDate,
      ...(m.endDate && { until: m.endDate }),
      ...(m.label && { description: m.label }),
      ...(i === 0 && values.registrationUrl && { schedule_link: values.registrationUrl }),
    };
  });
}

function service(id: string, values: ListingValues) {
  const flags = [
    ...values.audiences.map((a) => attribute(id, a)),
    ...(values.babiesWelcome ? [attribute(id, HSDS_FLAGS.babiesWelcome)] : []),
    ...(values.childcareProvided ? [attribute(id, HSDS_FLAGS.childcareProvided)] : []),
    ...(values.wheelchairAccessible ? [attribute(id, HSDS_FLAGS.wheelchairAccessible)] : []),
    ...(values.registrationRequired ? [attribute(id, HSDS_FLAGS.registrationRequired)] : []),
    attribute(id, HSDS_FLAGS.timeZone, values.timeZone ?? undefined),
  ];
  const accessibility = values.accessibilityNotes ? [{ id: `${id}-access`, description: values.accessibilityNotes }] : [];
  const locations = [];
  if (values.location) {
    const l = values.location;
    locations.push({
      id: `${id}-at-venue`,
      location: {
        id: `${id}-venue`,
        location_type: "physical",
        name: l.venueName,
        ...(values.parkingAndTransit && { transportation: values.parkingAndTransit }),
        addresses: [{ id: `${id}-address`, address_1: l.addressLine1, ...(l.addressLine2 && { address_2: l.addressLine2 }), city: l.locality, state_province: l.region ?? "", postal_code: l.postalCode ?? "", country: l.countryCode, address_type: "physical" }],
        accessibility,
        attributes: values.venueType ? [attribute(`${id}-venue`, values.venueType)] : [],
      },
    });
  }
  if (values.format !== "IN_PERSON") {
    locations.push({
      id: `${id}-online`,
      location: {
        id: `${id}-virtual`,
        location_type: "virtual",
        ...(values.showJoinLink && values.onlineJoinUrl && { url: values.onlineJoinUrl }),
        ...(values.joinInstructions && { description: values.joinInstructions }),
        accessibility: values.location ? [] : accessibility,
      },
    });
  }
  return {
    id,
    name: values.name,
    description: `${values.summary}\n\n${values.description}`,
    status: "active",
    ...(values.websiteUrl && { url: values.websiteUrl }),
    ...(values.phone && { phones: [{ id: `${id}-phone`, number: values.phone }] }),
    ...(values.isFree
      ? { cost_options: [{ id: `${id}-cost`, amount: 0 }], ...(values.costNote && { fees_description: values.costNote }) }
      : { fees_description: values.costNote }),
    languages: values.languages.map((code) => ({ id: `${id}-${code}`, code })),
    attributes: flags,
    schedules: schedules(id, values),
    service_at_locations: locations,
  };
}

/** The listings with these ids as an HSDS services file (a JSON array); each service's id is its listing's id. */
export async function hsdsFromDatabase(db: PrismaClient, groupIds: string[]): Promise<Uint8Array> {
  const groups = await db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, ...listingSelect }, orderBy: { id: "asc" } });
  return new TextEncoder().encode(JSON.stringify(groups.map((g) => service(g.id, toListingValues(g)))));
}
