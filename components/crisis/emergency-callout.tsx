import { ContactLinks } from "./contact-links";
import type { CountryHelp } from "./crisis-numbers";

/** The first thing on the help page: danger now means the emergency number, nothing else. */
export function EmergencyCallout({ country }: { country: CountryHelp }) {
  return (
    <section aria-labelledby="emergency-heading" className="rounded-card border border-rose-200 bg-rose-50 p-5 sm:p-7">
      <h2 id="emergency-heading" className="text-2xl text-rose-900">
        If you or your baby are in danger right now, call your local emergency number.
      </h2>
      <p className="mt-2 text-base text-ink">
        In {country.inName} that is{" "}
        <strong className="font-semibold">{country.emergency.map((c) => c.display).join(" or ")}</strong>.
      </p>
      <ContactLinks contacts={country.emergency} tone="crisis" className="mt-5" />
    </section>
  );
}
