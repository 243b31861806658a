import { useLocale, useTranslations } from "next-intl";
import type { GroupDetail } from "@/lib/groups/get-group";
import { addressLines, printableUrl } from "@/lib/groups/how-to-join";
import { AUDIENCES, slugOf } from "@/lib/groups/vocabulary";
import { describeRule, formatTimeRange } from "@/lib/schedule";
import { LogoMark } from "@/components/site/logo";
import { cx } from "@/components/ui/class-names";
import type { PaperSize } from "@/lib/print/paper";
import { PrintCrisisLine } from "./print-crisis-line";
import { QrCode } from "./qr-code";

/**
 * A one-page poster for a clinic or library noticeboard: the name large, when and where,
 * and a big QR code to the group's page for the rest. Long names and summaries are cut to
 * a few lines, and the QR code takes the height that is left (within limits), so it stays
 * one page: the sheet is as tall as the paper's printable area (less a little, as printers
 * round), US Letter's when no size is chosen, since that fits A4 too.
 */
export function GroupPoster({ group, url, helpUrl, paper }: { group: GroupDetail; url: string; helpUrl: string; paper: PaperSize | null }) {
  const t = useTranslations("Print");
  const v = useTranslations("Vocabulary");
  const locale = useLocale();
  const address = addressLines(group.location);
  const facts = [
    ...group.audiences.map((a) => v(`audiences.${slugOf(AUDIENCES, a)}`)),
    group.isFree ? t("free") : t("poster.paid"),
    group.babiesWelcome ? v("babiesWelcome") : null,
    group.wheelchairAccessible ? v("wheelchairAccessible") : null,
    group.registrationRequired ? t("poster.registerFirst") : t("poster.dropIn"),
  ].filter(Boolean);
  return (
    <article
      aria-labelledby="poster-heading"
      className={cx(
        "flex w-full flex-col gap-5 rounded-card bg-paper-raised p-6 shadow-card sm:p-12 print:gap-[4mm] print:overflow-hidden print:rounded-none print:p-0 print:shadow-none",
        paper === "a4" ? "print:h-[262mm]" : "print:h-[245mm]",
      )}
    >
      <p className="flex items-center gap-2 text-sm font-semibold uppercase tracking-wider text-clay-700 sm:text-base">
        <LogoMark className="h-7 w-7" />
        {t("poster.kicker")}
      </p>
      <h1 id="poster-heading" className={cx("line-clamp-4 text-4xl sm:text-5xl print:leading-[1.1]", titleSize(group.name))}>
        {group.name}
      </h1>
      <p className="line-clamp-3 text-lg sm:text-xl print:text-[15pt]">{group.summary}</p>
      <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2 print:gap-[6mm]">
        <section aria-labelledby="poster-when" className="flex flex-col gap-1">
          <h2 id="poster-when" className="text-xl print:text-[15pt]">
            {t("when")}
          </h2>
          {group.meetings.slice(0, 3).map((m) => (
            <p key={m.id} className="text-lg print:text-[13pt]">
              <span className="block">
                {m.label ? `${m.label}: ` : ""}
                {describeRule(m.rule, locale)}
              </span>
              <span className="block">{formatTimeRange(m.rule, locale)}</span>
            </p>
          ))}
        </section>
        <section aria-labelledby="poster-where" className="flex flex-col gap-1">
          <h2 id="poster-where" className="text-xl print:text-[15pt]">
            {t("where")}
          </h2>
          <p className="text-lg print:text-[13pt]">
            {address
              ? address.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))
              : t("online")}
            {group.format === "HYBRID" ? <span className="block">{t("alsoOnline")}</span> : null}
          </p>
        </section>
      </div>
      <p className="text-base text-ink-muted print:text-[12pt]">{facts.join(" · ")}</p>
      <figure className="flex flex-col items-center gap-2 border-t border-line pt-5 print:min-h-0 print:flex-1 print:pt-[5mm]">
        {/* On paper the code grows into the space left, square, between 30 and 95 mm. */}
        <QrCode
          url={url}
          label={t("qrLabel", { name: group.name })}
          className="aspect-square w-full max-w-[16rem] print:min-h-[30mm] print:w-auto print:max-h-[95mm] print:max-w-none print:flex-1"
        />
        <figcaption className="flex shrink-0 flex-col items-center gap-0.5 text-center">
          <span className="font-serif text-2xl font-semibold print:text-[18pt]">{t("poster.scan")}</span>
          <span className="break-all text-base text-ink-muted print:text-[12pt]">{printableUrl(url)}</span>
        </figcaption>
      </figure>
      <PrintCrisisLine helpUrl={helpUrl} className="shrink-0" />
    </article>
  );
}

/** Long names get a smaller type, so they still fit in a few lines rather than being cut. */
function titleSize(name: string): string {
  if (name.length <= 50) return "print:text-[40pt]";
  if (name.length <= 80) return "print:text-[32pt]";
  return "print:text-[26pt]";
}
