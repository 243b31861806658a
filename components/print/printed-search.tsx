import { useLocale, useTranslations } from "next-intl";
import { LogoMark } from "@/components/site/logo";
import { NoResults } from "@/components/search/no-results";
import { PlaceNotice } from "@/components/search/place-notice";
import type { CollectedSearch } from "@/lib/groups/collect-search";
import type { GroupDetail } from "@/lib/groups/get-group";
import { printableUrl } from "@/lib/groups/how-to-join";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";
import { crisisLineNumber } from "@/lib/print/crisis-number";
import { LIST_PAGE_NAME, PAGE_COUNTERS, listPageRule } from "@/lib/print/paper";
import { PrintCrisisLine } from "./print-crisis-line";
import { PrintedGroup } from "./printed-group";

// English dates on paper read day-month ("12 March 2026"), as on the rest of the site.
const printedOn = (locale: Locale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `searchPath` is the search's address without a language prefix ("/groups?near=Austin"). */
type Props = { found: CollectedSearch; groups: GroupDetail[]; origin: string; searchPath: string; now: Date };

/** The printable sheet of a search: what it is, the crisis line, every group, where to find more (addresses in the sheet's language). */
export function PrintedSearch({ found, groups, origin, searchPath, now }: Props) {
  const t = useTranslations("Print");
  const search = useTranslations("Search");
  const locale = useLocale();
  const labels = filterLabels(found.filters, locale);
  const placeFailed = found.place.status === "not-found" || found.place.status === "postal-unsupported";
  const crisisNumber = crisisLineNumber(locale).display;
  return (
    <article
      aria-labelledby="print-heading"
      style={{ page: LIST_PAGE_NAME }}
      className="flex w-full flex-col gap-3 rounded-card bg-paper-raised p-5 shadow-card sm:p-10 print:rounded-none print:p-0 print:shadow-none"
    >
      <style>{listPageRule({ crisis: t("crisisRunning", { number: crisisNumber }), pageOf: t("pageOf", PAGE_COUNTERS) })}</style>
      <header className="flex flex-col gap-1">
        <p className="flex items-center justify-between gap-3 text-sm text-ink-muted">
          <span className="inline-flex items-center gap-1.5 font-serif text-base font-semibold text-ink">
            <LogoMark className="h-6 w-6" /> Village
          </span>
          <span>{t("printedOn", { date: printedOn(locale).format(now) })}</span>
        </p>
        <h1 id="print-heading" className="text-2xl sm:text-3xl print:text-[18pt] print:leading-tight">
          {searchTitle(found, locale)}
        </h1>
        {!placeFailed ? <p className="text-sm print:text-[9.5pt]">{t("summary", { results: [resultsSentence(found, search), ...labels].join(" · ") })}</p> : null}
      </header>
      <PrintCrisisLine helpUrl={printableUrl(`${origin}${localePath(locale, "/help-now")}`)} className="print:text-[9.5pt]" />
      {placeFailed ? (
        <PlaceNotice place={found.place} filters={found.filters} />
      ) : groups.length === 0 ? (
        <NoResults filters={found.filters} />
      ) : (
        <ol aria-label={t("groupsLabel")} className="flex flex-col">
          {groups.map((group) => (
            <li key={group.slug}>
              <PrintedGroup group={group} url={`${origin}${localePath(locale, `/groups/${group.slug}`)}`} />
            </li>
          ))}
        </ol>
      )}
      <footer className="border-t border-line pt-3 text-sm text-ink-muted print:text-[9pt]">{t("moreGroups", { url: printableUrl(`${origin}${localePath(locale, searchPath)}`) })}</footer>
    </article>
  );
}
