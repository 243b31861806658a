import type { GroupDetail } from "./get-group";

/** "example.org/register": a link as a person would type it from paper. */
export const printableUrl = (url: string) => url.replace(/^https?:\/\//, "").replace(/\/$/, "");

/** How to go, in a few plain lines for paper: booking, where to register, the phone, the online link. */
export function describeJoining(group: Pick<GroupDetail, "format" | "registrationRequired" | "registrationUrl" | "phone" | "onlineJoinUrl" | "joinInstructions">): string[] {
  const lines = [group.registrationRequired ? "Please register before your first visit." : "Drop in: no need to book."];
  if (group.registrationUrl) lines.push(`Register at ${printableUrl(group.registrationUrl)}`);
  if (group.phone) lines.push(`Call ${group.phone}`);
  if (group.format !== "IN_PERSON") {
    if (group.onlineJoinUrl) lines.push(`Join online at ${printableUrl(group.onlineJoinUrl)}`);
    if (group.joinInstructions) lines.push(group.joinInstructions);
    if (!group.onlineJoinUrl && !group.joinInstructions) lines.push("The organiser shares the online link when you register.");
  }
  return lines;
}

/** The venue and address as lines, or null for a group that meets online only. */
export function addressLines(location: GroupDetail["location"]): string[] | null {
  if (!location) return null;
  return [location.venueName, location.addressLine1, location.addressLine2, [location.locality, location.region, location.postalCode].filter(Boolean).join(" ")].filter((l): l is string => Boolean(l));
}
