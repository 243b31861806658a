/**
 * Crisis and support lines, by country. Every number here is the service's own published
 * number; change one only against the service's website, and keep the href digits in step
 * with the display text.
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

const call = (display: string, dial: string): Contact => ({ method: "call", display, href: `tel:${dial}` });
const text = (display: string, dial: string): Contact => ({ method: "text", display, href: `sms:${dial}` });

export const crisisNumbers: Record<CountryCode, CountryHelp> = {
  US: {
    code: "US",
    name: "United States",
    inName: "the United States",
    emergency: [call("911", "911")],
    lines: [
      {
        id: "us-988",
        name: "988 Suicide & Crisis Lifeline",
        summary: "For anyone in emotional distress or thinking about suicide, or worried about someone who is.",
        contacts: [call("988", "988"), text("988", "988")],
        hours: "24/7",
        url: "https://988lifeline.org",
      },
      {
        id: "us-maternal-hotline",
        name: "National Maternal Mental Health Hotline",
        summary: "For pregnant people, new mothers and their families. Free and confidential.",
        contacts: [call("1-833-852-6262", "+18338526262"), text("1-833-852-6262", "+18338526262")],
        hours: "24/7, in English and Spanish",
        url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
      },
      {
        id: "us-psi-helpline",
        name: "Postpartum Support International HelpLine",
        summary: "Information, support and local resources for postpartum depression and anxiety.",
        contacts: [call("1-800-944-4773", "+18009444773"), text("1-800-944-4773", "+18009444773")],
        note: "Not a crisis line. Leave a message and a volunteer will call you back.",
        url: "https://postpartum.net",
      },
    ],
  },
  GB: {
    code: "GB",
    name: "United Kingdom",
    inName: "the United Kingdom",
    emergency: [call("999", "999")],
    lines: [
      {
        id: "gb-samaritans",
        name: "Samaritans",
        summary: "Someone to talk to about anything, whatever you are going through. Free from any phone.",
        contacts: [call("116 123", "116123")],
        hours: "24/7",
        url: "https://www.samaritans.org",
      },
      {
        id: "gb-nhs-111",
        name: "NHS 111",
        summary: "Urgent medical help and advice when it is not an emergency.",
        contacts: [call("111", "111")],
        hours: "24/7",
        note: "For urgent mental health help in England, call 111 and choose option 2.",
        url: "https://111.nhs.uk",
      },
    ],
  },
  CA: {
    code: "CA",
    name: "Canada",
    inName: "Canada",
    emergency: [call("911", "911")],
    lines: [
      {
        id: "ca-988",
        name: "9-8-8 Suicide Crisis Helpline",
        summary: "For anyone thinking about suicide, or worried about someone who is.",
        contacts: [call("9-8-8", "988"), text("9-8-8", "988")],
        hours: "24/7",
        url: "https://988.ca",
      },
    ],
  },
  AU: {
    code: "AU",
    name: "Australia",
    inName: "Australia",
    emergency: [call("000", "000")],
    lines: [
      {
        id: "au-lifeline",
        name: "Lifeline",
        summary: "Crisis support for anyone having a difficult time, or thinking about suicide.",
        contacts: [call("13 11 14", "131114")],
        hours: "24/7",
        url: "https://www.lifeline.org.au",
      },
      {
        id: "au-panda",
        name: "PANDA National Perinatal Mental Health Helpline",
        summary: "For anxiety and depression in pregnancy and early parenthood, for mums, dads and families.",
        contacts: [call("1300 726 306", "1300726306")],
        hours: "Monday to Saturday",
        url: "https://panda.org.au",
      },
    ],
  },
  IE: {
    code: "IE",
    name: "Ireland",
    inName: "Ireland",
    emergency: [call("112", "112"), call("999", "999")],
    lines: [
      {
        id: "ie-samaritans",
        name: "Samaritans",
        summary: "Someone to talk to about anything, whatever you are going through. Free from any phone.",
        contacts: [call("116 123", "116123")],
        hours: "24/7",
        url: "https://www.samaritans.org/ireland/",
      },
    ],
  },
  NZ: {
    code: "NZ",
    name: "New Zealand",
    inName: "New Zealand",
    emergency: [call("111", "111")],
    lines: [
      {
        id: "nz-1737",
        name: "Need to talk? 1737",
        summary: "Free call or text to talk with a trained counsellor, about anything.",
        contacts: [call("1737", "1737"), text("1737", "1737")],
        hours: "24/7",
        url: "https://1737.org.nz",
      },
    ],
  },
};

/** For visitors whose country is not listed. */
export const elsewhere = {
  emergency: "your local emergency number",
  note: "112 works from mobile phones in many countries, including across Europe.",
} as const;

export const defaultCountry: CountryCode = "US";
