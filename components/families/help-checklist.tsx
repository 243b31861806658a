import { Link } from "@/lib/i18n/navigation";
import { helpChecklist } from "./checklist-items";
import { PrintButton } from "./print-button";

/**
 * "Ways to help in the first weeks": tick boxes on screen, empty squares on paper. The print
 * rules in globals.css hide the rest of the page and the site's header and footer.
 */
export function HelpChecklist() {
  return (
    <section aria-labelledby="checklist-heading" className="help-checklist rounded-card border border-line bg-paper-raised p-5 shadow-card sm:p-8">
      <div className="flex flex-col gap-2 border-b border-line pb-5 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <div className="flex flex-col gap-1">
          <h2 id="checklist-heading" className="text-2xl">
            Ways to help in the first weeks
          </h2>
          <p className="text-base text-ink-muted">
            Pick a few, not all of them.{" "}
            <span className="print:hidden">Print it for the fridge with your browser&rsquo;s print command.</span>
            <span className="hidden print:inline">From Village, where you can find postpartum support groups near you and online.</span>
          </p>
        </div>
        <div className="flex min-h-tap shrink-0 items-center print:hidden">
          <PrintButton label="Print this checklist" />
        </div>
      </div>
      <div className="mt-5 grid gap-x-10 gap-y-6 md:grid-cols-2 print:mt-3 print:grid-cols-2 print:gap-y-3">
        {helpChecklist.map((group) => (
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
        <strong className="font-semibold text-ink">If you are worried she might harm herself or the baby,</strong> call
        your local emergency number. In the US, call or text 988, or the National Maternal Mental Health Hotline on
        1-833-852-6262. Numbers for other countries are on Village&rsquo;s <Link href="/help-now">Get help now</Link> page.
      </p>
    </section>
  );
}
