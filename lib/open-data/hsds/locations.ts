import type { GroupDetailRecord } from "@/lib/groups/public-select";
import { childId } from "./ids";
import { toAttribute, VENUE_TAXONOMY } from "./taxonomies";
import type { HsdsAccessibility, HsdsLocation, HsdsLocationSummary, HsdsServiceAtLocation } from "./types";

// Where a group meets, as HSDS locations: the venue of an in-person or hybrid group
// (physical, with its address), and "Online" for an online or hybrid one (virtual). An
// online group's stored address, if one was ever entered, is never published: only groups
// that meet somewhere have a public venue. The join link is published only when the
// organiser chose to show it, as on the group's page.

type LocationListing = Pick<
  GroupDetailRecord,
  "format" | "venueType" | "location" | "parkingAndTransit" | "wheelchairAccessible" | "accessibilityNotes" | "onlineJoinUrl" | "showJoinLink" | "joinInstructions"
>;

type Ids = { serviceId: string; organizationId: string };

export type LocationKind = "physical" | "virtual";

export const locationId = (serviceId: string, kind: LocationKind) => childId(serviceId, `location/${kind}`);
export const serviceAtLocationId = (serviceId: string, kind: LocationKind) => childId(serviceId, `service_at_location/${kind}`);

/** What the listing says about access, on the location where parents arrive (the venue, else online). */
function accessibilityOf(listing: LocationListing, locationIdValue: string): HsdsAccessibility[] {
  if (!listing.wheelchairAccessible && !listing.accessibilityNotes) return [];
  return [
    {
      id: childId(locationIdValue, "accessibility"),
      location_id: locationIdValue,
      description: listing.wheelchairAccessible ? "Wheelchair accessible." : "Ask the organiser about wheelchair access.",
      ...(listing.accessibilityNotes && { details: listing.accessibilityNotes }),
    },
  ];
}

function physicalLocation(listing: LocationListing, ids: Ids, origin: string): HsdsLocation | null {
  const venue = listing.location;
  if (!venue || listing.format === "ONLINE") return null;
  const id = locationId(ids.serviceId, "physical");
  return {
    id,
    location_type: "physical",
    organization_id: ids.organizationId,
    name: venue.venueName,
    ...(listing.parkingAndTransit && { transportation: listing.parkingAndTransit }),
    latitude: venue.lat,
    longitude: venue.lng,
    addresses: [
      {
        id: childId(id, "address"),
        location_id: id,
        address_1: venue.addressLine1,
        ...(venue.addressLine2 && { address_2: venue.addressLine2 }),
        city: venue.locality,
        // HSDS requires both; not every country has a region or a postcode.
        state_province: venue.region ?? "",
        postal_code: venue.postalCode ?? "",
        country: venue.countryCode,
        address_type: "physical",
      },
    ],
    accessibility: accessibilityOf(listing, id),
    attributes: listing.venueType ? [toAttribute(VENUE_TAXONOMY, listing.venueType, { id, entity: "location" }, origin)] : [],
  };
}

function virtualLocation(listing: LocationListing, ids: Ids, hasVenue: boolean): HsdsLocation | null {
  if (listing.format === "IN_PERSON") return null;
  const id = locationId(ids.serviceId, "virtual");
  const joinUrl = listing.showJoinLink ? listing.onlineJoinUrl : null;
  return {
    id,
    location_type: "virtual",
    organization_id: ids.organizationId,
    name: "Online",
    ...(joinUrl && { url: joinUrl }),
    ...(listing.joinInstructions && { description: listing.joinInstructions }),
    accessibility: hasVenue ? [] : accessibilityOf(listing, id),
  };
}

/** The group's venue and its online meeting place, each linked to the service. */
export function toServiceAtLocations(listing: LocationListing, ids: Ids, origin: string): HsdsServiceAtLocation[] {
  const venue = physicalLocation(listing, ids, origin);
  return [venue, virtualLocation(listing, ids, venue !== null)]
    .filter((location): location is HsdsLocation => location !== null)
    .map((location) => ({
      id: serviceAtLocationId(ids.serviceId, location.location_type),
      service_id: ids.serviceId,
      location_id: location.id,
      location,
    }));
}

/** A location without its child lists, for the list endpoints. */
export function toLocationSummary({ addresses: _a, accessibility: _b, attributes: _c, ...summary }: HsdsLocation): HsdsLocationSummary {
  return summary;
}
