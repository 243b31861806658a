import type { GroupDetail } from "@/lib/groups/get-group";
import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/i18n/language-names";

/** Cost, language, access and how to get in touch, as a definition list. */
export function DetailsSection({ group }: { group: GroupDetail }) {
  const t = useTranslations("Group");
  const locale = useLocale();
  // English dates read day-month ("2 December 2026"); other languages their own way.
  const confirmedFormat = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const languages = new Intl.ListFormat(locale, { type: "conjunction" }).format(group.languages.map((l) => languageName(l.code, locale, l.name)));
  const rows: { term: string; detail: React.ReactNode }[] = [
    { term: t("cost"), detail: group.isFree ? t("free") : (group.costNote ?? t("costAsk")) },
    { term: t("booking"), detail: group.registrationRequired ? t("registerFirst") : t("dropIn") },
    { term: t("languages"), detail: languages || languageName("en", locale) },
    { term: t("babies"), detail: group.babiesWelcome ? t("babiesYes") : t("babiesNo") },
    { term: t("childcare"), detail: group.childcareProvided ? t("childcareYes") : t("childcareNo") },
    {
      term: t("access"),
      detail: [group.wheelchairAccessible ? t("wheelchair") : null, group.accessibilityNotes].filter(Boolean).join(" ") || t("accessAsk"),
    },
  ];
  const contact = [
    group.registrationUrl ? (
      <a key="reg" href={group.registrationUrl} rel="noopener noreferrer nofollow" target="_blank">
        {t("register")}
      </a>
    ) : null,
    group.websiteUrl ? (
      <a key="web" href={group.websiteUrl} rel="noopener noreferrer nofollow" target="_blank">
        {t("website")}
      </a>
    ) : null,
    group.phone ? (
      <a key="tel" href={`tel:${group.phone.replace(/[^+\d]/g, "")}`}>
        {t("call", { phone: group.phone })}
      </a>
    ) : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby="details-heading" className="flex flex-col gap-3">
      <h2 id="details-heading" className="text-2xl">
        {t("goodToKnow")}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[9rem_1fr]">
        {rows.map((row) => (
          <div key={row.term} className="contents">
            <dt className="font-semibold">{row.term}</dt>
            <dd className="mb-2 sm:mb-0">{row.detail}</dd>
          </div>
        ))}
        {contact.length > 0 ? (
          <div className="contents">
            <dt className="font-semibold">{t("getInTouch")}</dt>
            <dd className="flex flex-wrap gap-x-4 gap-y-1">{contact}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-ink-muted">
        {t("lastConfirmed", { date: confirmedFormat.format(new Date(group.lastConfirmedAt)) })}
      </p>
    </section>
  );
}
