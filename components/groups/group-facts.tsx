import { Badge } from "@/components/ui/badge";
import type { Audience } from "@/lib/db/generated/enums";
import { AUDIENCES, slugOf } from "@/lib/groups/vocabulary";
import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/i18n/language-names";

type Props = {
  audiences: Audience[];
  isFree: boolean;
  babiesWelcome: boolean;
  childcareProvided: boolean;
  wheelchairAccessible: boolean;
  languages: { code: string; name: string }[];
};

/** The badges a parent scans for: who it is for, cost, babies, access, language. */
export function GroupFacts({ audiences, isFree, babiesWelcome, childcareProvided, wheelchairAccessible, languages }: Props) {
  const t = useTranslations("Group");
  const v = useTranslations("Vocabulary");
  const locale = useLocale();
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("factsLabel")}>
      {audiences.map((a) => (
        <li key={a}>
          <Badge tone="clay">{v(`audiences.${slugOf(AUDIENCES, a)}`)}</Badge>
        </li>
      ))}
      <li>
        <Badge tone={isFree ? "sage" : "neutral"}>{isFree ? v("costs.free") : v("costs.paid")}</Badge>
      </li>
      {babiesWelcome ? (
        <li>
          <Badge tone="sage">{v("babiesWelcome")}</Badge>
        </li>
      ) : null}
      {childcareProvided ? (
        <li>
          <Badge tone="sage">{v("childcareProvided")}</Badge>
        </li>
      ) : null}
      {wheelchairAccessible ? (
        <li>
          <Badge tone="sky">{v("wheelchairAccessible")}</Badge>
        </li>
      ) : null}
      {languages
        .filter((l) => l.code !== "en" || languages.length > 1)
        .map((l) => (
          <li key={l.code}>
            <Badge tone="neutral">{languageName(l.code, locale, l.name)}</Badge>
          </li>
        ))}
    </ul>
  );
}
