import { Link } from "@/lib/i18n/navigation";
import { useLocale, useTranslations } from "next-intl";
import { crisisNumbersFor, supportedCountries, type CountryCode } from "./crisis-numbers";

/** Plain links, so choosing a country works without JavaScript and can be bookmarked. */
export function CountryPicker({ current }: { current: CountryCode }) {
  const t = useTranslations("Crisis");
  const crisisNumbers = crisisNumbersFor(useLocale());
  return (
    <nav aria-labelledby="country-picker-label" className="text-base">
      <p id="country-picker-label" className="font-semibold text-ink">
        {t("showFor")}
      </p>
      <ul className="-mx-2 mt-1 flex flex-wrap items-center">
        {supportedCountries.map((code) => (
          <li key={code} className="flex items-center after:text-ink-muted after:content-['·'] last:after:content-none">
            <Link
              href={`/help-now?country=${code}`}
              aria-current={code === current ? "page" : undefined}
              className="inline-flex min-h-tap items-center rounded-lg px-2 text-clay-700 hover:text-clay-800 aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:no-underline"
            >
              {crisisNumbers[code].name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
