import { ContactLinks } from "./contact-links";
import type { CountryHelp } from "./crisis-numbers";
import { useLocale, useTranslations } from "next-intl";

/** The first thing on the help page: danger now means the emergency number, nothing else. */
export function EmergencyCallout({ country }: { country: CountryHelp }) {
  const t = useTranslations("Crisis");
  const locale = useLocale();
  return (
    <section aria-labelledby="emergency-heading" className="rounded-card border border-rose-200 bg-rose-50 p-5 sm:p-7">
      <h2 id="emergency-heading" className="text-2xl text-rose-900">
        {t("dangerHeading")}
      </h2>
      <p className="mt-2 text-base text-ink">
        {t.rich("emergencyIs", {
          country: country.inName,
          numbers: () => <strong className="font-semibold">{new Intl.ListFormat(locale, { type: "disjunction" }).format(country.emergency.map((c) => c.display))}</strong>,
        })}
      </p>
      <ContactLinks contacts={country.emergency} tone="crisis" className="mt-5" />
    </section>
  );
}
