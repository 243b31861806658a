import { useLocale, useTranslations } from "next-intl";
import type { GroupDetail } from "@/lib/groups/get-group";
import { addressLines, describeJoining, printableUrl } from "@/lib/groups/how-to-join";
import { describeRule, formatOccurrence, formatTimeRange } from "@/lib/schedule";
import { QrCode } from "./qr-code";

/** One group on a printed list: where, when, how to join and cost, with a QR code to its page. */
export function PrintedGroup({ group, url }: { group: GroupDetail; url: string }) {
  const t = useTranslations("Print");
  const locale = useLocale();
  const address = addressLines(group.location);
  const meeting = (m: GroupDetail["meetings"][number]) => {
    const words = { pattern: describeRule(m.rule, locale), time: formatTimeRange(m.rule, locale) };
    return m.label ? t("labelledMeeting", { ...words, label: m.label }) : t("meeting", words);
  };
  const rows: { term: string; lines: string[] }[] = [
    { term: t("where"), lines: [address ? address.join(", ") : t("online"), ...(group.format === "HYBRID" ? [t("alsoOnline")] : [])] },
    {
      term: t("when"),
      lines: [
        ...group.meetings.map(meeting),
        group.nextMeeting ? t("next", { date: formatOccurrence(new Date(group.nextMeeting.start), group.nextMeeting.timeZone, {}, locale) }) : t("noUpcoming"),
      ],
    },
    { term: t("howToJoin"), lines: describeJoining(group, locale) },
    { term: t("cost"), lines: [group.isFree ? t("free") : (group.costNote ?? t("costAsk"))] },
  ];
  return (
    <article className="grid grid-cols-[minmax(0,1fr)_5.5rem] gap-x-4 gap-y-2 border-t border-line py-4 [break-inside:avoid] sm:grid-cols-[minmax(0,1fr)_7.5rem] print:grid-cols-[minmax(0,1fr)_25mm] print:gap-x-[5mm] print:py-[3mm]">
      <div className="flex flex-col gap-1.5 print:gap-[1mm]">
        <h2 className="text-xl print:text-[13pt] print:leading-tight">{group.name}</h2>
        <dl className="grid gap-y-1 text-sm sm:grid-cols-[6.5rem_minmax(0,1fr)] sm:gap-x-3 print:grid-cols-[22mm_minmax(0,1fr)] print:gap-x-[3mm] print:gap-y-[0.5mm] print:text-[9.5pt] print:leading-snug">
          {rows.map((row) => (
            <div key={row.term} className="contents">
              <dt className="font-semibold">{row.term}</dt>
              <dd className="mb-1 sm:mb-0 print:mb-0">
                {row.lines.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
        <p className="break-all text-sm text-ink-muted print:text-[8.5pt]">{printableUrl(url)}</p>
      </div>
      <figure className="flex flex-col items-center gap-1 self-start">
        <QrCode url={url} label={t("qrLabel", { name: group.name })} className="aspect-square w-full" />
        <figcaption className="text-center text-xs text-ink-muted print:text-[7.5pt] print:leading-tight">{t("scanLatest")}</figcaption>
      </figure>
    </article>
  );
}
