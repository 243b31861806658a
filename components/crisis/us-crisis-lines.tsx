import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { crisisNumbersFor } from "./crisis-numbers";

const callOf = (locale: Locale, lineId: string) => {
  const line = crisisNumbersFor(locale).US.lines.find((l) => l.id === lineId);
  const contact = line?.contacts.find((c) => c.method === "call");
  if (!contact) throw new Error(`No number to call for ${lineId}`);
  return contact;
};

/** "988 or the National Maternal Mental Health Hotline 1-833-852-6262", as links, for a sentence. */
export function UsCrisisLines() {
  const locale = useLocale();
  const t = useTranslations("Crisis");
  const lifeline = callOf(locale, "us-988");
  const maternal = callOf(locale, "us-maternal-hotline");
  return (
    <>
      {t.rich("usLines", {
        lifeline: () => (
          <a href={lifeline.href} className="font-semibold">
            {lifeline.display}
          </a>
        ),
        maternal: () => (
          <a href={maternal.href} className="font-semibold">
            {maternal.display}
          </a>
        ),
      })}
    </>
  );
}
