import type { GroupDetailRecord } from "@/lib/groups/public-select";
import { childId, organizationIdFor } from "./ids";
import type { HsdsOrganization, HsdsOrganizationSummary, HsdsPhone } from "./types";

// Village keeps no record of who runs a group beyond the organiser's private account, so
// each published group is also its own organization: the group's name, its one-sentence
// summary, its own website and public phone number. Never the organiser's name or email,
// nor the contact email parents' messages are relayed to.

type OrganizationListing = Pick<GroupDetailRecord, "name" | "summary" | "websiteUrl" | "phone"> & { openDataId: string };

export function toOrganizationSummary(listing: OrganizationListing): HsdsOrganizationSummary {
  return {
    id: organizationIdFor(listing.openDataId),
    name: listing.name,
    description: listing.summary,
    ...(listing.websiteUrl && { website: listing.websiteUrl }),
  };
}

/** The group's public phone number, as a phone of the service or of the organization. */
export function toPhones(listing: Pick<GroupDetailRecord, "phone"> & { openDataId: string }, owner: "service" | "organization"): HsdsPhone[] {
  if (!listing.phone) return [];
  const link = owner === "service" ? { service_id: listing.openDataId } : { organization_id: organizationIdFor(listing.openDataId) };
  return [{ id: childId(listing.openDataId, `phone/${owner}`), number: listing.phone, type: "voice", ...link }];
}

export function toOrganization(listing: OrganizationListing): HsdsOrganization {
  return { ...toOrganizationSummary(listing), phones: toPhones(listing, "organization") };
}
