import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/messages";

/**
 * Crisis and support lines, by country: the facts (numbers, links) here, the words (names,
 * who each line is for, hours, notes) in messages/<language>/CrisisLines.json. Every number is
 * the service's own published number; change one only against the service's website, and
 * keep the href digits in step with the display text. The comments under each line quote
 * where the Spanish notes come from (the language a line answers in); a language option that
 * could not be confirmed on the service's own pages is left out, not guessed.
 */

export const supportedCountries = ["US", "GB", "CA", "AU", "IE", "NZ"] as const;
export type CountryCode = (typeof supportedCountries)[number];

export type Contact = {
  method: "call" | "text";
  /** As the service writes it, e.g. "1-833-852-6262". */
  display: string;
  /** tel: or sms: link. Short codes stay local; long numbers carry the country code. */
  href: string;
};

export type HelpLine = {
  id: string;
  name: string;
  /** Who it is for, in a sentence. */
  summary: string;
  contacts: Contact[];
  hours?: string;
  /** Something a caller needs to know before calling. */
  note?: string;
  url: string;
};

export type CountryHelp = {
  code: CountryCode;
  name: string;
  /** For sentences: "numbers in the United Kingdom". */
  inName: string;
  emergency: Contact[];
  lines: HelpLine[];
};

type LineFacts = Pick<HelpLine, "id" | "contacts" | "url">;
type CountryFacts = { emergency: Contact[]; lines: LineFacts[] };

const call = (display: string, dial: string): Contact => ({ method: "call", display, href: `tel:${dial}` });
const text = (display: string, dial: string): Contact => ({ method: "text", display, href: `sms:${dial}` });

const CRISIS_FACTS: Record<CountryCode, CountryFacts> = {
  US: {
    emergency: [call("911", "911")],
    lines: [
      {
        // https://988lifeline.org/get-help/what-to-expect
        //   "¡Los servicios de texto y chat de 988 Lifeline ya están disponibles en Español!"
        //   Calls: "you'll hear a message that gives you service selection options including
        //   Veterans (Press 1), Spanish-language (Press 2), or your local 988 Lifeline contact center."
        //   Texts: "When you send a text to 988, you will be given options to connect with a live
        //   counselor from the main 988 Lifeline or our Spanish-language (text AYUDA)".
        // Hours: not stated in the parts of 988lifeline.org stored here; kept from the English list
        // (24/7), as every other published description of the line gives it.
        // The SMS link stays a plain sms:988 (a prefilled body is not read the same way by every
        // phone); the note tells the reader to write AYUDA.
        id: "us-988",
        contacts: [call("988", "988"), text("988", "988")],
        url: "https://988lifeline.org",
      },
      {
        // https://mchb.hrsa.gov/national-maternal-mental-health-hotline/faq
        //   "What languages do the counselors speak? They speak English and Spanish."
        //   "Who will answer my call or text? A professional counselor."
        //   "Is this a crisis hotline? No. The National Maternal Mental Health Hotline is not a
        //   “crisis line.” If you are in suicidal crisis, please call or text 988 [...] If an
        //   individual is in imminent danger of harm to self or others, they should call 911."
        // https://mchb.hrsa.gov/programs-impact/national-maternal-mental-health-hotline/hotline-data
        //   "You’re not alone: 1-833-TLC-MAMA" (TLC-MAMA is 852-6262 on the keypad).
        // https://mchb.hrsa.gov/national-maternal-mental-health-hotline/faq?fbclid=…
        //   "Parents and their loved ones who contact the Hotline will speak to professional counselors."
        //   "There is no charge to receive support from the National Maternal Mental Health Hotline."
        // Hours: the stored HRSA pages do not show them; HRSA's release of May 2023 quotes its
        // Administrator: "The hotline is available 24/7, via call or text" (as republished at
        // https://theforceforhealth.com/hrsa-celebrates-national-maternal-mental-health-hotlines-first-anniversary-introduces-updated-number-1-833-tlc-mama/).
        id: "us-maternal-hotline",
        contacts: [call("1-833-852-6262", "+18338526262"), text("1-833-852-6262", "+18338526262")],
        url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
      },
      {
        // https://www.postpartum.net/es/psi-letter-in-response-to-nyt-article-may-2015/ (PSI's own
        // Spanish page): "escribimos al NYT para compartir: postpartum.net y 1-800-944-4PPD"
        // (4PPD is 4773 on the keypad).
        // Left out, because no stored page of postpartum.net confirms them: the Spanish menu
        // option ("#1 En Español"), the Spanish text number (971-203-7773) and the call-back
        // promise. They are only reported by third parties (e.g. kcrw.com). Add them once
        // checked against postpartum.net.
        id: "us-psi-helpline",
        contacts: [call("1-800-944-4773", "+18009444773"), text("1-800-944-4773", "+18009444773")],
        url: "https://postpartum.net",
      },
    ],
  },
  GB: {
    emergency: [call("999", "999")],
    lines: [
      {
        // https://www.samaritans.org/how-we-can-help/contact-samaritan/
        //   "This number is free to call from both landlines and mobiles, including pay-as-you-go
        //   mobiles. You do not need to have any credit or call allowance on your plan to call 116 123."
        // Hours: "The new free helpline number, which is available 24/7, is 116 123."
        // (https://civilsociety.co.uk/news/samaritans-helpline-now-free-to-call.html, on its launch).
        // Samaritans publishes no Spanish service; its site is in English.
        id: "gb-samaritans",
        contacts: [call("116 123", "116123")],
        url: "https://www.samaritans.org",
      },
      {
        // https://www.pendeensurgery.nhs.uk/health-information/urgent-mental-health-support-and-mental-health-and-wellness
        //   "dialling NHS 111 and selecting Option 2 is a fast way to connect with trained mental
        //   health professionals" ... "It’s open 24 hours a day, 7 days a week".
        // https://www.myhealth.london.nhs.uk/nhs-111
        //   "If English is not your first language, a confidential interpreter service is available
        //   in many languages. Simply call 111 and, when an adviser answers your call, say the
        //   language you wish to use."
        id: "gb-nhs-111",
        contacts: [call("111", "111")],
        url: "https://111.nhs.uk",
      },
    ],
  },
  CA: {
    emergency: [call("911", "911")],
    lines: [
      {
        // 988.ca's own pages are not among the stored copies. The Government of Canada's launch
        // notice (as republished at https://www.napaneebeaver.ca/canadas-9-8-8-suicide-crisis-helpline-now-available/):
        //   "9-8-8, Canada’s new three-digit suicide crisis helpline, is now available to call or
        //   text, in English and French, 24 hours a day and seven days a week, across Canada."
        // https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/
        //   "They will then be asked a few basic questions — for example, if they’d like to speak
        //   to someone in English or French".
        id: "ca-988",
        contacts: [call("9-8-8", "988"), text("9-8-8", "988")],
        url: "https://988.ca",
      },
    ],
  },
  AU: {
    emergency: [call("000", "000")],
    lines: [
      {
        // https://www.llg.org.au/contact/accessibility (a Lifeline centre's page)
        //   "Lifeline has access to a free interpreting service through an organisation called TIS
        //   National." "Call TIS National on 131 450*" "Tell the operator which language you need
        //   and that you would like to talk to Lifeline on 13 11 14" "The Lifeline Crisis Supporter
        //   will respond in English." "*Local call charges apply. Additional charges apply for mobile calls."
        // https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ (another Lifeline
        // centre): "I can’t get through to the 24-hour crisis line. What should I do?"
        id: "au-lifeline",
        contacts: [call("13 11 14", "131114")],
        url: "https://www.lifeline.org.au",
      },
      {
        // https://panda.org.au/about
        //   "Our Helpline, 1300 726 306, operates Monday to Saturday (and public holidays) from
        //   9am – 7:30pm Monday to Friday and 9-4pm Saturdays, AEST".
        // PANDA's pages name no language other than English.
        id: "au-panda",
        contacts: [call("1300 726 306", "1300726306")],
        url: "https://panda.org.au",
      },
    ],
  },
  IE: {
    emergency: [call("112", "112"), call("999", "999")],
    lines: [
      {
        // Same service and number as gb-samaritans (samaritans.org, quoted above); its site is in English.
        id: "ie-samaritans",
        contacts: [call("116 123", "116123")],
        url: "https://www.samaritans.org/ireland/",
      },
    ],
  },
  NZ: {
    emergency: [call("111", "111")],
    lines: [
      {
        // https://www.pegasus.health.nz/?p=6300 (Q&A with the psychiatrist of Whakarongorau
        // Aotearoa, which runs 1737): "It’s completely free to call and text and available 24
        // hours a day, 7 days a week." "they have access to 150 languages through interpreter services."
        // How to ask, as the New Zealand government advises for the services it funds
        // (https://www.ethniccommunities.govt.nz/resources/language-support/): "Ask for an
        // interpreter and tell the person on the phone the language you speak. You will need to ask in English".
        id: "nz-1737",
        contacts: [call("1737", "1737"), text("1737", "1737")],
        url: "https://1737.org.nz",
      },
    ],
  },
};

export const defaultCountry: CountryCode = "US";

/** The crisis lines for readers of `locale`: the same facts in every language, worded in it. */
export function crisisNumbersFor(locale: Locale): Record<CountryCode, CountryHelp> {
  const t = translatorFor(locale, "CrisisLines");
  const countries = supportedCountries.map((code): CountryHelp => {
    const facts = CRISIS_FACTS[code];
    const lines = facts.lines.map((line): HelpLine => {
      const key = `${code}.lines.${line.id}` as const;
      // An empty message means the line has nothing to say there in this language.
      const optional = (value: string) => value || undefined;
      return {
        ...line,
        name: t(`${key}.name` as never),
        summary: t(`${key}.summary` as never),
        hours: optional(t(`${key}.hours` as never)),
        note: optional(t(`${key}.note` as never)),
      };
    });
    return { code, name: t(`${code}.name`), inName: t(`${code}.inName`), emergency: facts.emergency, lines };
  });
  return Object.fromEntries(countries.map((country) => [country.code, country])) as Record<CountryCode, CountryHelp>;
}
