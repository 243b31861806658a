import { translatorFor } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { GroupDetail } from "./get-group";

/** "example.org/register": a link as a person would type it from paper. */
export const printableUrl = (url: string) => url.replace(/^https?:\/\//, "").replace(/\/$/, "");

/**
 * How to go, in a few plain lines for paper, in the sheet's language: booking, where to
 * register, the phone, the online link. The organiser's own instructions stay as written.
 */
export function describeJoining(
  group: Pick<GroupDetail, "format" | "registrationRequired" | "registrationUrl" | "phone" | "onlineJoinUrl" | "joinInstructions">,
  locale: Locale = routing.defaultLocale,
): string[] {
  const t = translatorFor(locale, "Print");
  const lines = [group.registrationRequired ? t("registerFirst") : t("dropIn")];
  if (group.registrationUrl) lines.push(t("registerAt", { url: printableUrl(group.registrationUrl) }));
  if (group.phone) lines.push(t("call", { phone: group.phone }));
  if (group.format !== "IN_PERSON") {
    if (group.onlineJoinUrl) lines.push(t("joinOnlineAt", { url: printableUrl(group.onlineJoinUrl) }));
    if (group.joinInstructions) lines.push(group.joinInstructions);
    if (!group.onlineJoinUrl && !group.joinInstructions) lines.push(t("linkOnRegister"));
  }
  return lines;
}

/** The venue and address as lines, or null for a group that meets online only. */
export function addressLines(location: GroupDetail["location"]): string[] | null {
  if (!location) return null;
  return [location.venueName, location.addressLine1, location.addressLine2, [location.locality, location.region, location.postalCode].filter(Boolean).join(" ")].filter((l): l is string => Boolean(l));
}
