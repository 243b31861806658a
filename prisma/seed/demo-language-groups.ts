import type { Audience, VenueType } from "@/lib/db/generated/client";
import type { TimeOfDay } from "./demo-themes";

/** A group held in a community language: the name may be in that language, the summary is in English. */
export type LanguageVariant = {
  names: string[];
  summary: string;
  sentences: string[];
  audiences: Audience[];
  venues: VenueType[];
  times?: TimeOfDay[];
};

export type LanguageTheme = { code: string; /** Also spoken at the group. */ alsoSpoken: string[]; variants: LanguageVariant[] };

const circle = (venues: VenueType[] = ["COMMUNITY_CENTRE", "LIBRARY", "PLACE_OF_WORSHIP"]) => ({ audiences: ["MOTHERS_BIRTHING_PARENTS", "FAMILIES"] as Audience[], venues });

export const languageThemes: Record<string, LanguageTheme> = {
  es: {
    code: "es", alsoSpoken: ["en"],
    variants: [
      { names: ["Círculo de Mamás y Bebés, {area}", "Café de Nuevas Familias, {area}"], summary: "A warm Spanish-speaking circle for new mothers and their babies.", sentences: ["Las reuniones son en español y todas las familias son bienvenidas.", "We talk about feeding, sleep, and what it's like to raise a baby far from your own mother and aunts.", "Bilingual families are very welcome."], ...circle() },
      { names: ["Mamás Primerizas: Café y Charla, {area}"], summary: "A Spanish-speaking coffee morning for first-time moms and their babies.", sentences: ["Un café tranquilo para mamás primerizas y sus bebés.", "Bring your questions about feeding, sleep and the first check-ups; someone here has been there.", "English is spoken too."], audiences: ["MOTHERS_BIRTHING_PARENTS", "ALL_NEW_PARENTS"], venues: ["LIBRARY", "COMMUNITY_CENTRE"] },
      { names: ["Papás y Bebés, {area}"], summary: "A Saturday meet-up in Spanish for dads and partners with their babies.", sentences: ["Un espacio para papás y parejas: café, juegos y conversación en español.", "Bring the baby and meet other dads who are figuring it out too."], audiences: ["PARTNERS_DADS"], venues: ["COMMUNITY_CENTRE", "LIBRARY"], times: ["weekend"] },
      { names: ["Grupo de Lactancia, {area}"], summary: "Spanish-language breastfeeding support with a trained peer counsellor.", sentences: ["Una consejera de lactancia responde tus preguntas sobre la lactancia y el bombeo.", "Sessions are in Spanish; English is spoken too.", "Bottle-feeding parents are welcome as well."], audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "COMMUNITY_CENTRE"] },
    ],
  },
  fr: {
    code: "fr", alsoSpoken: ["en"],
    variants: [
      { names: ["Café-rencontre des nouveaux parents, {area}", "Cercle des nouvelles mamans, {area}"], summary: "A French-language meet-up for new parents and babies.", sentences: ["Les rencontres se déroulent en français, dans une ambiance chaleureuse.", "Families from Quebec, France, West Africa and everywhere in between come along.", "We share coffee, advice and a few laughs about the early weeks."], ...circle(["COMMUNITY_CENTRE", "LIBRARY"]) },
      { names: ["Halte-allaitement {area}"], summary: "A French-language breastfeeding drop-in with a lactation consultant.", sentences: ["Une consultante en lactation répond à vos questions sur l'allaitement et le tire-lait.", "Bottle-feeding parents are welcome too."], audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "COMMUNITY_CENTRE"] },
    ],
  },
  de: {
    code: "de", alsoSpoken: [],
    variants: [
      { names: ["Elterncafé {area}"], summary: "A relaxed German-speaking café for new parents and babies.", sentences: ["Ein offener Treff für Mütter und Väter mit Babys im ersten Lebensjahr.", "Come for a coffee and a chat; questions in English are welcome too."], audiences: ["ALL_NEW_PARENTS"], venues: ["COMMUNITY_CENTRE", "OTHER"] },
      { names: ["Stilltreff {area}"], summary: "Breastfeeding support in German with a lactation consultant.", sentences: ["Eine Stillberaterin beantwortet Fragen rund ums Stillen, Abpumpen und Zufüttern.", "Breastfeeding, pumping and bottle-feeding parents are all welcome."], audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "HOSPITAL"] },
      { names: ["Papi-Treff {area}"], summary: "A Saturday meet-up for dads and partners with their babies.", sentences: ["Väter und Partner treffen sich mit ihren Babys zu Kaffee und Gipfeli.", "A relaxed morning for dads to swap stories and tips."], audiences: ["PARTNERS_DADS"], venues: ["COMMUNITY_CENTRE", "OTHER"], times: ["weekend"] },
      { names: ["Zwillingstreff Zürich"], summary: "For families with twins, triplets or more.", sentences: ["Ein Treff für Familien mit Zwillingen und Mehrlingen.", "Plenty of space for double prams, and lots of practical tips."], audiences: ["MULTIPLES"], venues: ["COMMUNITY_CENTRE"] },
      { names: ["Rückbildungsyoga mit Baby, {area}"], summary: "Gentle postnatal yoga with your baby beside you.", sentences: ["Sanftes Yoga für den Beckenboden und den ganzen Körper nach der Geburt.", "Babies join on a blanket beside the mat."], audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["OTHER"] },
      { names: ["Kinderwagen-Spaziergang {area}"], summary: "A gentle pram walk along the river, then coffee.", sentences: ["Wir spazieren gemütlich eine Stunde und kehren danach ins Café ein.", "A relaxed walk at the pace of the slowest pram."], audiences: ["ALL_NEW_PARENTS"], venues: ["OTHER"] },
      { names: ["Mütter-Café nach der Geburt {area}"], summary: "A supportive space for mothers in the first months after birth.", sentences: ["Ein Ort für Mütter, die sich nach der Geburt erschöpft, unsicher oder traurig fühlen.", "A midwife is present at every meeting."], audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "PLACE_OF_WORSHIP"] },
    ],
  },
  pa: {
    code: "pa", alsoSpoken: ["en", "hi"],
    variants: [{ names: ["Punjabi-speaking New Mothers' Circle, {area}", "Punjabi {Mums}' Tea Time, {area}"], summary: "A Punjabi-speaking circle for new mothers, grandmothers welcome.", sentences: ["Conversation is mostly in Punjabi, with Hindi and English spoken too.", "Grandmothers and mothers-in-law often come along, and they're very welcome.", "We talk about recovery, feeding and the traditions that help us after birth."], ...circle(["PLACE_OF_WORSHIP", "COMMUNITY_CENTRE"]) }],
  },
  ur: {
    code: "ur", alsoSpoken: ["en"],
    variants: [{ names: ["Urdu-speaking {Mums}' Coffee Morning, {area}", "Urdu & English New {Mums}' Group, {area}"], summary: "A friendly Urdu-speaking group for mums with new babies.", sentences: ["Sessions are in Urdu and English, so come with whichever feels easier.", "A female health visitor joins once a month for questions about feeding and sleep.", "A women-only space, with a prayer room nearby."], ...circle(["PLACE_OF_WORSHIP", "COMMUNITY_CENTRE", "CLINIC"]) }],
  },
  ar: {
    code: "ar", alsoSpoken: ["en"],
    variants: [{ names: ["Arabic-speaking {Mums}' Circle, {area}"], summary: "A warm Arabic-speaking circle for mothers and babies.", sentences: ["Sessions are held in Arabic, with English support available.", "Mothers who are new to the country are especially welcome; we can help with finding a GP or health clinic.", "A women-only group."], ...circle() }],
  },
  pl: {
    code: "pl", alsoSpoken: ["en"],
    variants: [{ names: ["Polskie Mamy: Polish {Mums}' Playgroup, {area}", "Polish-speaking Parents' Café, {area}"], summary: "A Polish-speaking playgroup and café for parents and babies.", sentences: ["Spotkania odbywają się po polsku; English speakers are welcome too.", "Songs and rhymes in Polish for the little ones, coffee for the grown-ups."], ...circle(["COMMUNITY_CENTRE", "LIBRARY", "PLACE_OF_WORSHIP"]) }],
  },
  so: {
    code: "so", alsoSpoken: ["en"],
    variants: [{ names: ["Somali Mothers' Circle, {area}"], summary: "A Somali-speaking circle for new mothers and their babies.", sentences: ["Sessions are in Somali and English.", "Aunties and grandmothers are welcome alongside new mums.", "We share food, advice and support through the first months."], ...circle(["COMMUNITY_CENTRE", "PLACE_OF_WORSHIP", "LIBRARY"]) }],
  },
  zh: {
    code: "zh", alsoSpoken: ["en"],
    variants: [{ names: ["Mandarin-speaking New Parents' Tea, {area}", "{area} Chinese-speaking Parents' Circle"], summary: "A Mandarin-speaking meet-up for new parents and grandparents.", sentences: ["Sessions are in Mandarin, with some Cantonese and English spoken too.", "Grandparents who have come to help with the baby are warmly welcome.", "We talk about confinement traditions, feeding and settling into parenthood."], audiences: ["ALL_NEW_PARENTS", "FAMILIES"], venues: ["COMMUNITY_CENTRE", "LIBRARY"] }],
  },
  vi: {
    code: "vi", alsoSpoken: ["en"],
    variants: [{ names: ["Vietnamese New Parents' Group, {area}"], summary: "A Vietnamese-speaking group for parents with babies.", sentences: ["Sessions are in Vietnamese and English.", "A bilingual nurse visits monthly to answer questions about feeding and immunisations."], ...circle(["COMMUNITY_CENTRE", "CLINIC"]) }],
  },
  pt: {
    code: "pt", alsoSpoken: ["en"],
    variants: [{ names: ["Roda de Mães: Portuguese-speaking {Mums}' Circle, {area}"], summary: "A Portuguese-speaking circle for mothers and babies.", sentences: ["As conversas são em português; Brazilian and Portuguese families both come along.", "Coffee, cake and plenty of support for the early months."], ...circle() }],
  },
  tl: {
    code: "tl", alsoSpoken: ["en"],
    variants: [{ names: ["Kamustahan: Filipino Parents' Meet-up, {area}"], summary: "A Tagalog- and English-speaking meet-up for Filipino families with babies.", sentences: ["Sessions are in Tagalog and English.", "Titas, lolas and new parents all welcome: bring food to share if you like."], audiences: ["FAMILIES", "ALL_NEW_PARENTS"], venues: ["COMMUNITY_CENTRE", "PLACE_OF_WORSHIP"] }],
  },
  it: {
    code: "it", alsoSpoken: ["en"],
    variants: [{ names: ["Mamme e Bambini: Italian-speaking Playgroup, {area}"], summary: "An Italian-speaking playgroup for parents and little ones.", sentences: ["Ci incontriamo per giocare, cantare e chiacchierare in italiano.", "Bilingual and Italian-learning families are welcome too."], ...circle(["COMMUNITY_CENTRE", "LIBRARY"]) }],
  },
};
