import { locales, type DemoLocale } from "./demo-locales";
import { pickMeeting } from "./demo-generate";
import { fortnightly, monthlyLast, monthlyNth, weekly } from "./demo-schedule";
import { themes } from "./demo-themes";
import type { DemoGroup } from "./demo-types";
import * as words from "./demo-words";
import type { Rng } from "./prng";

type Online = Omit<DemoGroup, "format" | "area" | "onlineJoinUrl">;
const online = (g: Online): DemoGroup => ({ ...g, format: "ONLINE", area: "online", onlineJoinUrl: `https://meet.example.org/${g.slug}` });
const emailed = "Register and we'll email you the link the day before.";

/** Hand-written online groups, including the Spanish, French, Mandarin and Arabic ones. */
export const onlineShowcase: DemoGroup[] = [
  online({
    slug: "night-feeds-club-online", organiser: "priya", confirmedDaysAgo: 33, timeZone: "America/New_York",
    name: "Night Feeds Club (Online)", summary: "A late-evening video drop-in for new parents who are up anyway.",
    description: "Tuesday nights, when the house is quiet and the baby is (maybe) asleep, join other new parents for a relaxed video chat. Cameras on or off, feeding on screen or not: it's all normal here. We talk about sleep, feeding, relationships and the strange loneliness of the night shift. Drop in for five minutes or stay the whole hour.",
    audiences: ["ALL_NEW_PARENTS"], languages: ["en"], showJoinLink: true, joinInstructions: "Click the link at 9pm Eastern. No sign-up needed; a first name is plenty.",
    contactEmail: "nightfeeds@example.org", meetings: [weekly("TU", "21:00", 60, { startedDaysAgo: 400, cancelUpcoming: [{ nth: 4, reason: "Holiday week" }] })],
  }),
  online({
    slug: "mamas-en-linea-circulo-posparto", organiser: "priya", confirmedDaysAgo: 41, timeZone: "America/Los_Angeles",
    name: "Mamás en Línea: Círculo Posparto", summary: "A Spanish-language online circle for mothers in the first year after birth.",
    description: "Un espacio seguro en línea para mamás en el primer año después del parto. Hablamos de lactancia, sueño, tristeza posparto y de cómo cuidarnos a nosotras mismas. Led by a bilingual peer facilitator; you can join from anywhere in the Americas.",
    audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["es"], registrationRequired: true, registrationUrl: "https://example.org/register/mamas-en-linea",
    showJoinLink: false, joinInstructions: "Regístrate y te enviaremos el enlace por correo. Register and we'll email you the link.",
    contactEmail: "mamasenlinea@example.org", meetings: [weekly("WE", "19:00", 90, { startedDaysAgo: 520 })],
  }),
  online({
    slug: "lactancia-en-linea-grupo-de-apoyo", confirmedDaysAgo: 70, timeZone: "America/Chicago",
    name: "Lactancia en Línea: Grupo de Apoyo", summary: "Spanish-language breastfeeding and pumping support by video, every Tuesday morning.",
    description: "Apoyo para la lactancia materna, el bombeo y la alimentación mixta, con una consejera certificada. Trae tus preguntas y a tu bebé. Sessions are in Spanish; bottle-feeding parents are welcome too.",
    audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["es"], showJoinLink: true, joinInstructions: "Entra con el enlace unos minutos antes. Join with the link a few minutes early.",
    meetings: [weekly("TU", "11:00", 60, { startedDaysAgo: 300, cancelUpcoming: [{ nth: 2, reason: "Facilitadora de vacaciones" }] })],
  }),
  online({
    slug: "cercle-virtuel-des-nouvelles-mamans", confirmedDaysAgo: 55, timeZone: "America/Toronto",
    name: "Cercle virtuel des nouvelles mamans", summary: "A French-language online circle for new mothers, every other Thursday lunchtime.",
    description: "Un cercle en ligne pour les nouvelles mamans francophones, peu importe où vous habitez. On parle d'allaitement, de sommeil, du retour au travail et de tout ce qui vous tient à cœur. Caméra ouverte ou fermée, comme vous préférez. French-speaking families across Canada are welcome.",
    audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["fr"], showJoinLink: true, joinInstructions: "Cliquez sur le lien à l'heure du rendez-vous. Click the link at the start time.",
    meetings: [fortnightly("TH", "13:00", 75, { startedDaysAgo: 260 })],
  }),
  online({
    slug: "cafe-des-jeunes-parents-en-ligne", confirmedDaysAgo: 98, timeZone: "Europe/Paris",
    name: "Café des jeunes parents (en ligne)", summary: "A French-language online coffee break for new parents, every Monday afternoon.",
    description: "Une pause café en ligne pour les jeunes parents, chaque lundi après-midi. On partage les petites victoires et les grandes fatigues de la semaine, sans jugement. Open to French speakers anywhere in Europe.",
    audiences: ["ALL_NEW_PARENTS"], languages: ["fr"], registrationRequired: true, registrationUrl: "https://example.net/inscription/cafe-parents",
    showJoinLink: false, joinInstructions: "Le lien est envoyé par e-mail après l'inscription. The link is emailed after you sign up.",
    meetings: [weekly("MO", "14:00", 60, { startedDaysAgo: 150 })],
  }),
  online({
    slug: "mandarin-speaking-new-parents-circle", organiser: "priya", confirmedDaysAgo: 84, timeZone: "America/Vancouver",
    name: "Mandarin-speaking New Parents Circle 新手爸妈交流圈", summary: "A Mandarin-language video circle for new parents and grandparents in North America.",
    description: "每月一次的线上交流，欢迎新手爸妈和来帮忙带孩子的爷爷奶奶、外公外婆。We talk about postpartum confinement (坐月子), feeding, sleep and raising bilingual children far from extended family. Sessions are in Mandarin with some English.",
    audiences: ["ALL_NEW_PARENTS", "FAMILIES"], languages: ["zh", "en"], showJoinLink: false, joinInstructions: "Email us and we'll send the link; you can join from a phone or a laptop.",
    contactEmail: "xinshou.circle@example.org", meetings: [monthlyNth(2, "SA", "20:00", 90, { startedDaysAgo: 330 })],
  }),
  online({
    slug: "arabic-speaking-mothers-support-circle", confirmedDaysAgo: 63, timeZone: "Europe/London",
    name: "Arabic-speaking Mothers' Support Circle (دائرة دعم الأمهات)", summary: "A women-only Arabic-language video circle for mothers with babies under one.",
    description: "دائرة دعم أسبوعية عبر الإنترنت للأمهات الجدد. A warm, women-only space to talk in Arabic about birth, feeding, sleep and settling into motherhood, often far from family. Cameras are optional. Mothers anywhere in the UK and Europe are welcome.",
    audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["ar", "en"], registrationRequired: true, registrationUrl: "https://example.org/register/arabic-mothers-circle",
    showJoinLink: false, joinInstructions: emailed, contactEmail: "arabic.mothers@example.org",
    meetings: [weekly("SU", "19:30", 75, { startedDaysAgo: 210 })],
  }),
  online({
    slug: "twins-online-coffee-break", confirmedDaysAgo: 120, timeZone: "Europe/London",
    name: "Twins Online Coffee Break", summary: "A fortnightly lunchtime video chat for parents of twins and triplets.",
    description: "Getting out of the house with two babies is a military operation, so we bring the coffee morning to you. Parents of twins, triplets and more share tips on feeding, sleep and surviving the witching hour in stereo. Expecting multiples? Come and ask us anything.",
    audiences: ["MULTIPLES"], languages: ["en"], showJoinLink: true, joinInstructions: "Just click the link; babies on laps very welcome.",
    meetings: [fortnightly("WE", "13:30", 60, { startedDaysAgo: 380 })],
  }),
  online({
    slug: "nicu-parents-evening-circle-online", organiser: "priya", confirmedDaysAgo: 30, timeZone: "Australia/Sydney",
    name: "NICU Parents' Evening Circle (Online)", summary: "A weekly evening video circle for parents during and after a NICU or special care stay.",
    description: "For parents with a baby in NICU or special care now, and for those who have brought their baby home. We understand the beeping monitors, the expressing schedules and the long drives to the hospital. Join from the hospital, the car park or the couch; it's a space to be honest about how you're going.",
    audiences: ["NICU_FAMILIES"], languages: ["en"], showJoinLink: true, joinInstructions: "Tap the link at 8pm Sydney time. Audio-only is fine.",
    meetings: [weekly("MO", "20:00", 60, { startedDaysAgo: 600 })],
  }),
  online({
    slug: "after-loss-online-support-for-bereaved-parents", confirmedDaysAgo: 140, timeZone: "America/Chicago",
    name: "After Loss: Online Support for Bereaved Parents", summary: "A monthly video circle for parents after miscarriage, stillbirth or the death of a baby.",
    description: "A gentle monthly circle, held online so you can join from wherever feels safe. Parents grieving a pregnancy or infant loss, recent or long ago, are welcome, and partners may join together or separately. You can keep your camera off and simply listen. Please join without babies or children present, out of care for others in the group.",
    audiences: ["PREGNANCY_INFANT_LOSS"], languages: ["en"], babiesWelcome: false, registrationRequired: true, registrationUrl: "https://example.org/register/after-loss-online",
    showJoinLink: false, joinInstructions: "After you register, a facilitator will call or email you before your first meeting and send the link.",
    meetings: [monthlyLast("TH", "19:00", 90, { startedDaysAgo: 690 })],
  }),
  online({
    slug: "dads-online-monthly-catch-up", confirmedDaysAgo: 88, timeZone: "Europe/Dublin",
    name: "Dads Online: Monthly Catch-up", summary: "A first-Thursday evening video catch-up for new dads and partners.",
    description: "An hour once a month for dads and partners to talk about the bits of new parenthood nobody mentions: sleep deprivation, relationships, money worries and going back to work. No experts and no lectures, just other dads a few months ahead or behind you. Cameras optional, cups of tea encouraged.",
    audiences: ["PARTNERS_DADS"], languages: ["en"], showJoinLink: true, joinInstructions: "The link opens five minutes before the start.",
    meetings: [monthlyNth(1, "TH", "20:30", 60, { startedDaysAgo: 240 })],
  }),
  online({
    slug: "lgbtq-parents-virtual-meet-up", confirmedDaysAgo: 76, timeZone: "America/Denver",
    name: "LGBTQ+ Parents Virtual Meet-up", summary: "A monthly Sunday video meet-up for LGBTQ+ parents, parents-to-be and their babies.",
    description: "A relaxed monthly meet-up for LGBTQ+ parents, wherever you live, and especially if you don't know other queer families nearby. We talk about paperwork and pronouns, donor conversations, feeding and sleep, and the joy of it all. Babies, toddlers and pets frequently make an appearance.",
    audiences: ["LGBTQ_PARENTS", "FAMILIES"], languages: ["en"], showJoinLink: false, joinInstructions: emailed,
    registrationRequired: true, registrationUrl: "https://example.org/register/lgbtq-parents-online",
    meetings: [monthlyNth(3, "SU", "10:00", 75, { startedDaysAgo: 450 })],
  }),
  online({
    slug: "postnatal-yoga-at-home-live-online", confirmedDaysAgo: 105, timeZone: "Europe/Zurich",
    name: "Postnatal Yoga at Home (Live Online)", summary: "A live, gentle postnatal yoga class you can do in your living room with your baby.",
    description: "A live, slow-paced postnatal yoga class taught in English from Zürich. We focus on breathing, the pelvic floor, core recovery and releasing tension in the shoulders, with plenty of pauses for feeding and cuddles. Suitable from about eight weeks after birth. This term's classes end soon; a new term follows.",
    audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["en", "de"], isFree: false, costNote: "CHF 12 per class; sliding scale on request",
    registrationRequired: true, registrationUrl: "https://example.com/book/postnatal-yoga-online", showJoinLink: false, joinInstructions: "Book a class and the link arrives with your confirmation.",
    meetings: [weekly("FR", "09:30", 60, { startedDaysAgo: 120, endsInDays: 100 })],
  }),
  online({
    slug: "young-parents-online-hangout", confirmedDaysAgo: 46, timeZone: "Australia/Melbourne",
    name: "Young Parents' Online Hangout", summary: "An after-school-hours video hangout for parents aged 25 and under.",
    description: "A relaxed online hangout for young mums, dads and parents-to-be. Chat about anything from sleep to benefits forms, or just listen in with your camera off. A youth worker is around to help find local support if you need it.",
    audiences: ["YOUNG_PARENTS"], languages: ["en"], showJoinLink: true, joinInstructions: "Click the link and say hi in the chat if you'd rather not talk.",
    meetings: [weekly("WE", "16:00", 60, { startedDaysAgo: 180 })],
  }),
];

const onlineZones: [string, keyof typeof locales][] = [
  ["America/New_York", "US"], ["America/Chicago", "US"], ["America/Los_Angeles", "US"], ["America/Phoenix", "US"],
  ["America/Halifax", "CA"], ["America/Edmonton", "CA"], ["Europe/London", "GB"], ["Europe/Dublin", "IE"],
  ["Australia/Brisbane", "AU"], ["Australia/Perth", "AU"], ["Pacific/Auckland", "NZ"], ["America/Denver", "US"],
];

/** Template-built online groups, one per theme, spread over time zones. */
export function generateOnlineGroups(count: number, rng: Rng, usedSlugs: Set<string>): DemoGroup[] {
  const onlineThemes = rng.sample(themes.filter((t) => t.online), count);
  const zones = rng.sample(onlineZones, count);
  return onlineThemes.map((theme, i) => {
    const [timeZone, country] = zones[i % zones.length] ?? onlineZones[0]!;
    const locale: DemoLocale = locales[country];
    const vars = { area: "", city: "", locale };
    const name = `${words.fill(words.withoutPlace(rng.pick(theme.names)), vars)} (Online)`;
    const slug = words.uniqueSlug(name, "online", usedSlugs);
    const isFree = !rng.chance(theme.paidChance ?? 0.05);
    const showJoinLink = rng.chance(0.5);
    const registrationRequired = !showJoinLink || rng.chance(theme.registrationChance ?? 0.1);
    const extras = ["We meet by video call; cameras on or off, whatever feels right."];
    return {
      slug, name, area: "online", format: "ONLINE" as const, timeZone,
      summary: words.fill(rng.pick(theme.summaries), vars),
      description: words.fill(words.composeDescription(rng, theme.sentences, extras, theme.babiesWelcome === false ? words.quietClosers : registrationRequired ? words.bookingClosers : ["Come once or come every week, whatever suits you."]), vars),
      audiences: theme.audiences, languages: ["en"],
      isFree, costNote: isFree ? null : rng.pick(locale.costNotes),
      registrationRequired, registrationUrl: registrationRequired ? `https://example.org/register/${slug}` : null,
      babiesWelcome: theme.babiesWelcome ?? true,
      websiteUrl: rng.chance(0.5) ? `https://example.org/groups/${slug}` : null,
      contactEmail: words.contactEmailFor(slug),
      onlineJoinUrl: `https://meet.example.org/${slug}`, showJoinLink,
      joinInstructions: !showJoinLink ? emailed : registrationRequired ? "Please register first, then join with the link below at the start time." : "Use the link below at the start time; no sign-up needed.",
      meetings: [pickMeeting(rng, theme.times.filter((t) => t !== "weekend").length ? theme.times : ["evening"], theme.monthly ?? false)],
      confirmedDaysAgo: rng.int(30, 150),
    };
  });
}
