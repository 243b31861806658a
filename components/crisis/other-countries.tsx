import { useLocale, useTranslations } from "next-intl";
import { crisisNumbersFor, supportedCountries, type CountryCode } from "./crisis-numbers";

/** Every other country's numbers, folded away so the visitor's own stay on top. */
export function OtherCountries({ except }: { except: CountryCode }) {
  const others = supportedCountries.filter((code) => code !== except);
  const t = useTranslations("Crisis");
  const crisisNumbers = crisisNumbersFor(useLocale());
  return (
    <div className="flex flex-col gap-3">
      {others.map((code) => {
        const country = crisisNumbers[code];
        return (
          <details key={code} className="group rounded-card border border-line bg-paper-raised">
            <summary className="flex min-h-14 list-none items-center justify-between gap-4 rounded-card px-5 text-lg font-semibold text-ink [&::-webkit-details-marker]:hidden">
              {country.name}
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="h-5 w-5 shrink-0 text-ink-muted transition-transform group-open:rotate-180"
              >
                <path d="m5 7.5 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </summary>
            <dl className="flex flex-col gap-4 border-t border-line px-5 py-4">
              <div>
                <dt className="text-sm font-semibold text-rose-800">{t("emergency")}</dt>
                <dd className="mt-1 flex flex-wrap gap-x-4">
                  {country.emergency.map((contact) => (
                    <NumberLink key={contact.href} href={contact.href} label={t("call", { number: contact.display })} />
                  ))}
                </dd>
              </div>
              {country.lines.map((line) => (
                <div key={line.id}>
                  <dt className="text-base font-semibold text-ink">
                    {line.name}
                    {line.hours ? <span className="font-normal text-ink-muted"> · {line.hours}</span> : null}
                  </dt>
                  <dd className="mt-1 flex flex-col gap-1">
                    <span className="flex flex-wrap gap-x-4">
                      {line.contacts.map((contact) => (
                        <NumberLink
                          key={contact.href}
                          href={contact.href}
                          label={t(contact.method, { number: contact.display })}
                        />
                      ))}
                    </span>
                    {line.note ? <span className="text-sm text-ink-muted">{line.note}</span> : null}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        );
      })}
      <div className="rounded-card border border-line bg-paper-raised px-5 py-4">
        <p className="text-lg font-semibold text-ink">{t("anywhereElse")}</p>
        <p className="mt-1 text-base text-ink-muted">
          {t("elsewhere")}
        </p>
        <p className="mt-1">
          <NumberLink href="tel:112" label={t("call", { number: "112" })} />
        </p>
      </div>
    </div>
  );
}

function NumberLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="inline-flex min-h-tap items-center text-lg font-semibold tabular-nums text-clay-700 hover:text-clay-800"
    >
      {label}
    </a>
  );
}
