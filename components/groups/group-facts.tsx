import { Badge } from "@/components/ui/badge";
import type { Audience } from "@/lib/db/generated/enums";
import { AUDIENCES, labelFor } from "@/lib/groups/vocabulary";

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
  return (
    <ul className="flex flex-wrap gap-2" aria-label="About this group">
      {audiences.map((a) => (
        <li key={a}>
          <Badge tone="clay">{labelFor(AUDIENCES, a)}</Badge>
        </li>
      ))}
      <li>
        <Badge tone={isFree ? "sage" : "neutral"}>{isFree ? "Free" : "Paid"}</Badge>
      </li>
      {babiesWelcome ? (
        <li>
          <Badge tone="sage">Babies welcome</Badge>
        </li>
      ) : null}
      {childcareProvided ? (
        <li>
          <Badge tone="sage">Childcare provided</Badge>
        </li>
      ) : null}
      {wheelchairAccessible ? (
        <li>
          <Badge tone="sky">Wheelchair accessible</Badge>
        </li>
      ) : null}
      {languages
        .filter((l) => l.code !== "en" || languages.length > 1)
        .map((l) => (
          <li key={l.code}>
            <Badge tone="neutral" lang={l.code}>
              {l.name}
            </Badge>
          </li>
        ))}
    </ul>
  );
}
