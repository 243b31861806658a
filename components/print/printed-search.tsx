import { LogoMark } from "@/components/site/logo";
import { NoResults } from "@/components/search/no-results";
import { PlaceNotice } from "@/components/search/place-notice";
import type { CollectedSearch } from "@/lib/groups/collect-search";
import type { GroupDetail } from "@/lib/groups/get-group";
import { printableUrl } from "@/lib/groups/how-to-join";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { LIST_PAGE_NAME, listPageRule } from "@/lib/print/paper";
import { PrintCrisisLine } from "./print-crisis-line";
import { PrintedGroup } from "./printed-group";

const printedOn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type Props = { found: CollectedSearch; groups: GroupDetail[]; origin: string; searchPath: string; now: Date };

/** The printable sheet of a search: what it is, the crisis line, every group, where to find more. */
export function PrintedSearch({ found, groups, origin, searchPath, now }: Props) {
  const labels = filterLabels(found.filters);
  const placeFailed = found.place.status === "not-found" || found.place.status === "postal-unsupported";
  return (
    <article
      aria-labelledby="print-heading"
      style={{ page: LIST_PAGE_NAME }}
      className="flex w-full flex-col gap-3 rounded-card bg-paper-raised p-5 shadow-card sm:p-10 print:rounded-none print:p-0 print:shadow-none"
    >
      <style>{listPageRule()}</style>
      <header className="flex flex-col gap-1">
        <p className="flex items-center justify-between gap-3 text-sm text-ink-muted">
          <span className="inline-flex items-center gap-1.5 font-serif text-base font-semibold text-ink">
            <LogoMark className="h-6 w-6" /> Village
          </span>
          <span>Printed {printedOn.format(now)}</span>
        </p>
        <h1 id="print-heading" className="text-2xl sm:text-3xl print:text-[18pt] print:leading-tight">
          {searchTitle(found)}
        </h1>
        {!placeFailed ? (
          <p className="text-sm print:text-[9.5pt]">
            {[resultsSentence(found), ...labels].join(" · ")}. Times can change: scan a group’s code for the latest.
          </p>
        ) : null}
      </header>
      <PrintCrisisLine helpUrl={printableUrl(`${origin}/help-now`)} className="print:text-[9.5pt]" />
      {placeFailed ? (
        <PlaceNotice place={found.place} filters={found.filters} />
      ) : groups.length === 0 ? (
        <NoResults filters={found.filters} />
      ) : (
        <ol aria-label="Groups" className="flex flex-col">
          {groups.map((group) => (
            <li key={group.slug}>
              <PrintedGroup group={group} url={`${origin}/groups/${group.slug}`} />
            </li>
          ))}
        </ol>
      )}
      <footer className="border-t border-line pt-3 text-sm text-ink-muted print:text-[9pt]">
        More groups, and every group’s latest times: {printableUrl(`${origin}${searchPath}`)}
      </footer>
    </article>
  );
}
