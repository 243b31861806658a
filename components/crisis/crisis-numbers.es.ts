import type { Contact, CountryCode, CountryHelp } from "./crisis-numbers";

/**
 * The crisis and support lines of crisis-numbers.ts, for the Spanish site: the same countries
 * and line ids, in Spanish. Only the US lines answer in Spanish; the others say which language
 * they answer in where the service publishes it. Every Spanish option below is quoted from the
 * service's own published page. An option that could not be confirmed there is left out, not
 * guessed: add one only against the service's website, with the quote, as below.
 */

const call = (display: string, dial: string): Contact => ({ method: "call", display, href: `tel:${dial}` });
const text = (display: string, dial: string): Contact => ({ method: "text", display, href: `sms:${dial}` });

export const crisisNumbersEs: Record<CountryCode, CountryHelp> = {
  US: {
    code: "US",
    name: "Estados Unidos",
    inName: "Estados Unidos",
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
        name: "Línea 988 (988 Suicide & Crisis Lifeline)",
        summary:
          "Para cualquier persona con angustia emocional o pensamientos de suicidio, o preocupada por alguien que los tiene. Atiende en español.",
        contacts: [call("988", "988"), text("988", "988")],
        hours: "Las 24 horas, todos los días",
        note: "Al llamar, marca 2 para hablar en español. Por mensaje de texto, escribe AYUDA al 988. También tiene chat en español en su sitio web.",
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
        name: "Línea Nacional de Salud Mental Materna (National Maternal Mental Health Hotline)",
        summary:
          "Para embarazadas, mamás recientes y sus familias. Gratuita y confidencial, con consejeras y consejeros que hablan español.",
        contacts: [call("1-833-852-6262", "+18338526262"), text("1-833-852-6262", "+18338526262")],
        hours: "Las 24 horas, todos los días, en español y en inglés",
        note: "No es una línea de crisis: si estás en peligro, llama al 911 o al 988.",
        url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
      },
      {
        // https://www.postpartum.net/es/psi-letter-in-response-to-nyt-article-may-2015/ (PSI's own
        // Spanish page): "escribimos al NYT para compartir: postpartum.net y 1-800-944-4PPD"
        // (4PPD is 4773 on the keypad).
        // Left out, because no stored page of postpartum.net confirms them: the Spanish menu
        // option ("#1 En Español"), the Spanish text number (971-203-7773), texting
        // 1-800-944-4773, and the call-back promise. They are only reported by third parties
        // (e.g. kcrw.com). Add them once checked against postpartum.net.
        id: "us-psi-helpline",
        name: "Línea de Ayuda de Postpartum Support International (PSI HelpLine)",
        summary: "Información, apoyo y recursos locales para la depresión y la ansiedad durante el embarazo y el posparto.",
        contacts: [call("1-800-944-4773", "+18009444773")],
        note: "No es una línea de crisis. No pudimos confirmar en la información de PSI si atienden en español; las dos líneas de arriba sí lo hacen.",
        url: "https://postpartum.net",
      },
    ],
  },
  GB: {
    code: "GB",
    name: "Reino Unido",
    inName: "el Reino Unido",
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
        name: "Samaritans",
        summary: "Alguien con quien hablar de lo que sea que estés viviendo. Gratis desde cualquier teléfono.",
        contacts: [call("116 123", "116123")],
        hours: "Las 24 horas, todos los días",
        note: "El servicio es en inglés; no anuncia atención en español.",
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
        name: "NHS 111",
        summary: "Ayuda y orientación médica urgente cuando no es una emergencia.",
        contacts: [call("111", "111")],
        hours: "Las 24 horas, todos los días",
        note: "Para ayuda urgente de salud mental en Inglaterra, llama al 111 y elige la opción 2. Atienden en inglés; si prefieres un intérprete, di «Spanish» cuando te contesten.",
        url: "https://111.nhs.uk",
      },
    ],
  },
  CA: {
    code: "CA",
    name: "Canadá",
    inName: "Canadá",
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
        name: "9-8-8: Suicide Crisis Helpline",
        summary: "Para cualquier persona que piensa en el suicidio, o que está preocupada por alguien que lo piensa.",
        contacts: [call("9-8-8", "988"), text("9-8-8", "988")],
        hours: "Las 24 horas, todos los días",
        note: "Atención en inglés y en francés.",
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
        // https://www.llg.org.au/contact/accessibility (a Lifeline centre's page)
        //   "Lifeline has access to a free interpreting service through an organisation called TIS
        //   National." "Call TIS National on 131 450*" "Tell the operator which language you need
        //   and that you would like to talk to Lifeline on 13 11 14" "The Lifeline Crisis Supporter
        //   will respond in English." "*Local call charges apply. Additional charges apply for mobile calls."
        // https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ (another Lifeline
        // centre): "I can’t get through to the 24-hour crisis line. What should I do?"
        id: "au-lifeline",
        name: "Lifeline",
        summary: "Apoyo en crisis para cualquier persona que está pasando un momento difícil o piensa en el suicidio.",
        contacts: [call("13 11 14", "131114")],
        hours: "Las 24 horas, todos los días",
        note: "Atienden en inglés. Para hablar en español, llama primero al servicio de intérpretes TIS National (131 450) y pide que te comuniquen con Lifeline.",
        url: "https://www.lifeline.org.au",
      },
      {
        // https://panda.org.au/about
        //   "Our Helpline, 1300 726 306, operates Monday to Saturday (and public holidays) from
        //   9am – 7:30pm Monday to Friday and 9-4pm Saturdays, AEST".
        // PANDA's pages name no language other than English.
        id: "au-panda",
        name: "PANDA National Perinatal Mental Health Helpline",
        summary:
          "Para la ansiedad y la depresión durante el embarazo y la crianza temprana, para mamás, papás y familias.",
        contacts: [call("1300 726 306", "1300726306")],
        hours: "De lunes a sábado",
        note: "El servicio es en inglés; no anuncia atención en español.",
        url: "https://panda.org.au",
      },
    ],
  },
  IE: {
    code: "IE",
    name: "Irlanda",
    inName: "Irlanda",
    emergency: [call("112", "112"), call("999", "999")],
    lines: [
      {
        // Same service and number as gb-samaritans (samaritans.org, quoted above); its site is in English.
        id: "ie-samaritans",
        name: "Samaritans",
        summary: "Alguien con quien hablar de lo que sea que estés viviendo. Gratis desde cualquier teléfono.",
        contacts: [call("116 123", "116123")],
        hours: "Las 24 horas, todos los días",
        note: "El servicio es en inglés; no anuncia atención en español.",
        url: "https://www.samaritans.org/ireland/",
      },
    ],
  },
  NZ: {
    code: "NZ",
    name: "Nueva Zelanda",
    inName: "Nueva Zelanda",
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
        name: "Need to talk? 1737",
        summary: "Llamada o mensaje de texto gratis para hablar de lo que sea con una persona consejera capacitada.",
        contacts: [call("1737", "1737"), text("1737", "1737")],
        hours: "Las 24 horas, todos los días",
        note: "Atienden en inglés y tienen servicio de intérpretes: para pedir uno, di en inglés «interpreter, Spanish».",
        url: "https://1737.org.nz",
      },
    ],
  },
};

/** For visitors whose country is not listed (the Spanish for `elsewhere`). */
export const elsewhereEs = {
  emergency: "el número de emergencias de tu país",
  note: "El 112 funciona desde celulares en muchos países, también en Europa.",
} as const;
