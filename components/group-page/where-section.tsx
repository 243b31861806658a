import type { GroupDetail } from "@/lib/groups/get-group";
import { VENUE_TYPES, slugOf } from "@/lib/groups/vocabulary";
import { useTranslations } from "next-intl";

/** Address and directions for in-person meetings; how to join for online ones. */
export function WhereSection({ group }: { group: GroupDetail }) {
  const loc = group.location;
  const online = group.format !== "IN_PERSON";
  const t = useTranslations("Group");
  const v = useTranslations("Vocabulary");
  return (
    <section aria-labelledby="where-heading" className="flex flex-col gap-3">
      <h2 id="where-heading" className="text-2xl">
        {t("where")}
      </h2>
      {loc ? (
        <div>
          <p className="font-semibold">{loc.venueName}</p>
          {group.venueType ? <p className="text-sm text-ink-muted">{v(`venues.${slugOf(VENUE_TYPES, group.venueType)}`)}</p> : null}
          <address className="not-italic">
            {[loc.addressLine1, loc.addressLine2, [loc.locality, loc.region, loc.postalCode].filter(Boolean).join(" ")].filter(Boolean).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
          <p className="mt-2">
            <a href={`https://www.openstreetmap.org/directions?to=${loc.lat}%2C${loc.lng}`} rel="noopener noreferrer" target="_blank">
              {t("directions")}
            </a>{" "}
            <span className="text-sm text-ink-muted">{t("opensMap")}</span>
          </p>
          {group.parkingAndTransit ? (
            <div className="mt-3">
              <h3 className="text-base font-semibold">{t("gettingThere")}</h3>
              <p className="whitespace-pre-line">{group.parkingAndTransit}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      {online ? (
        <div>
          <p className="font-semibold">{group.format === "HYBRID" ? t("alsoOnline") : v("formats.online")}</p>
          {group.onlineJoinUrl ? (
            <p>
              <a href={group.onlineJoinUrl} rel="noopener noreferrer nofollow" target="_blank">
                {t("joinMeeting")}
              </a>
            </p>
          ) : null}
          {group.joinInstructions ? <p>{group.joinInstructions}</p> : null}
          {!group.onlineJoinUrl && !group.joinInstructions ? <p>{t("linkOnRegister")}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
