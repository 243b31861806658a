import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { helpChecklist } from "./checklist-items";
import { helpChecklistEs } from "./checklist-items.es";
import { PrintButton } from "./print-button";

/**
 * "Ways to help in the first weeks": tick boxes on screen, empty squares on paper. The print
 * rules in globals.css hide the rest of the page and the site's header and footer.
 */
const CHECKLISTS = { en: helpChecklist, es: helpChecklistEs } satisfies Record<Locale, unknown>;

export function HelpChecklist({ locale }: { locale: Locale }) {
  const t = useTranslations("Families.checklist");
  return (
    <section aria-labelledby="checklist-heading" className="help-checklist rounded-card border border-line bg-paper-raised p-5 shadow-card sm:p-8">
      <div className="flex flex-col gap-2 border-b border-line pb-5 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <div className="flex flex-col gap-1">
          <h2 id="checklist-heading" className="text-2xl">
            {t("heading")}
          </h2>
          <p className="text-base text-ink-muted">
            {t("pickAFew")} <span className="print:hidden">{t("printHint")}</span>
            <span className="hidden print:inline">{t("printSource")}</span>
          </p>
        </div>
        <div className="flex min-h-tap shrink-0 items-center print:hidden">
          <PrintButton label={t("printButton")} />
        </div>
      </div>
      <div className="mt-5 grid gap-x-10 gap-y-6 md:grid-cols-2 print:mt-3 print:grid-cols-2 print:gap-y-3">
        {CHECKLISTS[locale].map((group) => (
          <fieldset key={group.id} className="flex break-inside-avoid flex-col gap-1">
            <legend className="mb-1 font-serif text-xl font-semibold text-ink print:text-base">{group.heading}</legend>
            {group.items.map((item, index) => (
              <label key={item} htmlFor={`help-${group.id}-${index}`} className="flex min-h-tap cursor-pointer items-start gap-3 py-1.5 print:min-h-0 print:py-0.5">
                <input
                  id={`help-${group.id}-${index}`}
                  type="checkbox"
                  className="checklist-box mt-0.5 h-6 w-6 shrink-0 cursor-pointer rounded border-line-strong accent-clay-600 print:h-4 print:w-4"
                />
                <span className="text-base print:text-sm">{item}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="mt-6 border-t border-line pt-4 text-sm text-ink-muted print:mt-3 print:pt-2">
        <strong className="font-semibold text-ink">{t("crisisLead")}</strong>{" "}
        {t.rich("crisisBody", { link: (chunks) => <Link href="/help-now">{chunks}</Link> })}
      </p>
    </section>
  );
}
