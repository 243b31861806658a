import { createHash } from "node:crypto";

// HSDS requires every id to be a UUID. A listing has one of its own (Group.openDataId);
// everything inside it (its schedules, locations, phones…) gets a name-based UUID (RFC 9562
// version 5) computed from that id, so the same listing always gives the same ids without
// storing any of them.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The name-based (SHA-1, version 5) UUID of `name` within `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new RangeError(`Not a UUID: ${namespace}`);
  const bytes = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of ids that belong to no one listing: Village's taxonomy and its terms. */
export const VILLAGE_NAMESPACE = "0f5e2c8a-3b7d-4e61-9a2f-6c1d8b4e7a90";

/** What inside a listing an id is for: "schedule/<meeting id>", "location/physical"… */
export const childId = (listingId: string, part: string): string => uuidV5(listingId, part);

// Each listing is also its own organization (see organizations.ts). Its id is the listing's
// with the last twelve hex digits flipped by a fixed mask: different from the service's id,
// yet it leads straight back to the listing without a lookup table. XOR undoes itself.
const ORGANIZATION_MASK = 0x5a17e0c0ffeen;

function flipNode(id: string): string {
  const node = BigInt(`0x${id.slice(24)}`) ^ ORGANIZATION_MASK;
  return `${id.slice(0, 24)}${node.toString(16).padStart(12, "0")}`.toLowerCase();
}

/** The organization id of the listing whose openDataId is `listingId`. */
export const organizationIdFor = (listingId: string): string => flipNode(listingId);

/** The listing's openDataId for an organization id (the inverse of organizationIdFor). */
export const listingIdForOrganization = (organizationId: string): string => flipNode(organizationId);
