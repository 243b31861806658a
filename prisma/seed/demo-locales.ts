import type { VenueType } from "@/lib/db/generated/client";
import type { Rng } from "./prng";

/** How each country writes addresses, postcodes and prices, and the words its parents use. */
export type DemoLocale = {
  /** "moms" or "mums". */
  mums: string;
  /** What you push a baby in: "Stroller", "Buggy", "Pram". */
  pram: string;
  street: (rng: Rng) => string;
  postcode: (area: string, rng: Rng) => string;
  venuePrefixes: string[];
  venues: Record<VenueType, string[]>;
  venueLine2: string[];
  costNotes: string[];
};

const letters = (set: string, rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick([...set])).join("");
const digit = (rng: Rng) => String(rng.int(0, 9));

const englishStreet = (names: string[], kinds: string[], min: number, max: number) => (rng: Rng) =>
  `${rng.int(min, max)} ${rng.pick(names)} ${rng.pick(kinds)}`;

const usVenues: Record<VenueType, string[]> = {
  HOSPITAL: ["{x} Women's Hospital", "{x} Regional Medical Center", "{x} Family Birth Center"],
  LIBRARY: ["{x} Branch Library", "{x} Public Library"],
  COMMUNITY_CENTRE: ["{x} Community Center", "{x} Recreation Center", "{x} Family Resource Center"],
  PLACE_OF_WORSHIP: ["{x} Fellowship Hall", "{x} Friends Meeting House", "{x} Community Church, parish hall", "{x} Temple social hall"],
  CLINIC: ["{x} Family Health Clinic", "{x} Midwifery & Birth Care", "{x} Perinatal Wellness Clinic"],
  OTHER: ["{x} Park, south pavilion", "{x} Coffee House", "{x} Yoga Studio", "{x} Park playground"],
};

const intlVenues = (centre: string, extraClinic: string[]): Record<VenueType, string[]> => ({
  HOSPITAL: ["{x} General Hospital, maternity wing", "{x} Women's and Children's Hospital", "{x} Hospital, family room"],
  LIBRARY: ["{x} Library", "{x} Community Library"],
  COMMUNITY_CENTRE: [`{x} Community ${centre}`, "{x} Family Hub", "{x} Neighbourhood House", `{x} Family ${centre}`],
  PLACE_OF_WORSHIP: ["{x} Church Hall", "{x} Friends Meeting House", "{x} Chapel Hall", "{x} Community Mosque, community room", "{x} Gurdwara, community hall"],
  CLINIC: ["{x} Health Centre", "{x} Midwifery Practice", ...extraClinic],
  OTHER: ["{x} Park, by the playground", "The {x} Café", "{x} Yoga Studio", "{x} Café, back room"],
});

const britishStreets = ["Alder", "Beckside", "Chantry", "Fernbank", "Hollin", "Kirkwood", "Mayfield", "Rosebank", "Sandhill", "Tanfield", "Lapwing", "Millbeck", "Orchard", "Cherry Tree"];

export const locales: Record<"US" | "CA" | "GB" | "IE" | "AU" | "NZ" | "CH", DemoLocale> = {
  US: {
    mums: "moms",
    pram: "Stroller",
    street: englishStreet(["Larkin", "Hollis", "Magnolia", "Sycamore", "Aster", "Primrose", "Linden", "Pecan", "Mesquite", "Juniper", "Dunmore", "Bramble"], ["Street", "Avenue", "Lane", "Drive", "Boulevard"], 100, 4999),
    postcode: (area) => area,
    venuePrefixes: ["Pecan Hollow", "Bluestem", "Cottonwood Bend", "Redbud", "Sunfield", "Meadowlark", "Larkspur", "Brightwater", "Cedar Ridge", "Willowmere", "Juniper Hill", "Foxglove", "Tallgrass", "Marigold", "Harborlight"],
    venues: usVenues,
    venueLine2: ["Room 104", "Community Room A", "Second floor, take the elevator by the front desk", "Side entrance off the parking lot", "Suite 110"],
    costNotes: ["$5 suggested donation; nobody is turned away", "$12 per class, with a sliding scale on request", "$40 for a six-week series; scholarships available", "$8 per session, first visit free"],
  },
  CA: {
    mums: "moms",
    pram: "Stroller",
    street: englishStreet(["Birchwood", "Tamarack", "Elmhurst", "Oakridge", "Laurel", "Carrick", "Larchmere", "Willowdale", "Spruce Hill", "Heron"], ["Street", "Avenue", "Road", "Crescent"], 10, 2999),
    postcode: (fsa, rng) => `${fsa} ${digit(rng)}${letters("ABCEGHJKLMNPRSTVWXYZ", rng, 1)}${digit(rng)}`,
    venuePrefixes: ["Silverbirch", "Loonwater", "Tamarack", "Northwind", "Pinecrest", "Aspen Bay", "Harbourlight", "Cloverleaf", "Stillwater", "Wildrose", "Fiddlehead", "Bramblewood"],
    venues: intlVenues("Centre", ["{x} Community Health Centre", "{x} Family Practice"]),
    venueLine2: ["Room 2", "Lower level, accessible entrance at the back", "Second floor", "Multipurpose room"],
    costNotes: ["$5 drop-in, free for families on a low income", "$15 per class or $60 for five", "Pay what you can"],
  },
  GB: {
    mums: "mums",
    pram: "Buggy",
    street: englishStreet(britishStreets, ["Road", "Street", "Lane", "Grove", "Terrace", "Avenue", "Place"], 1, 180),
    postcode: (outward, rng) => `${outward} ${digit(rng)}${letters("ABDEFGHJLNPQRSTUWXYZ", rng, 2)}`,
    venuePrefixes: ["Alder Grove", "Fernbank", "Wrenfield", "Thornleigh", "Brambleside", "Cloverdale", "Rookwood", "Ashdene", "Hazelmere", "Oakbeck", "Lapwing", "Millbeck"],
    venues: intlVenues("Centre", ["{x} Children's Centre, health visitor room", "{x} Surgery, community room"]),
    venueLine2: ["Ground floor, Room 1", "Upstairs meeting room", "Side entrance, follow the signs", "The Garden Room"],
    costNotes: ["£3 per session, including tea and cake", "£6 a class; your first class is free", "£2 donation if you can; free if you can't"],
  },
  IE: {
    mums: "mums",
    pram: "Buggy",
    street: englishStreet(["Abbeyfield", "Belgrove", "Castlewood", "Glenmore", "Rathbeg", "Ardmore", "Sallymount", "Kilbrack", "Dunville"], ["Road", "Avenue", "Terrace", "Park", "Street"], 1, 140),
    postcode: (key, rng) => `${key} ${letters("ACDEFHKNPRTVWXY", rng, 1)}${letters("ACDEFHKNPRTVWXY0123456789", rng, 3)}`,
    venuePrefixes: ["Glenmore", "Rathbeg", "Ashfield Row", "Kilbrack", "Cloverhill Green", "Silverbrook", "Ardnagh", "Larkfield Park"],
    venues: intlVenues("Centre", ["{x} Primary Care Centre", "{x} Family Resource Centre"]),
    venueLine2: ["Ground floor", "Room 3, beside the crèche", "Parish hall, side door", "First floor, lift available"],
    costNotes: ["€4 per session", "€10 a class or €45 for six", "Free; donations welcome"],
  },
  AU: {
    mums: "mums",
    pram: "Pram",
    street: englishStreet(["Wattle", "Banksia", "Jacaranda", "Lorikeet", "Ironbark", "Bottlebrush", "Waratah", "Grevillea", "Myrtle", "Kurrajong"], ["Street", "Road", "Parade", "Avenue", "Crescent"], 1, 320),
    postcode: (code) => code,
    venuePrefixes: ["Wattle Grove", "Banksia", "Bellbird", "Silver Gum", "Lilly Pilly", "Saltbush", "Harbourside", "Kookaburra Hill", "Ironbark", "Seabreeze"],
    venues: intlVenues("Centre", ["{x} Maternal and Child Health Centre", "{x} Community Health Centre"]),
    venueLine2: ["Hall 2", "Upstairs, lift available", "Garden room at the back", "Entry via the car park"],
    costNotes: ["$8 per session, $4 concession", "$20 per class, concession rates available", "Gold coin donation"],
  },
  NZ: {
    mums: "mums",
    pram: "Pram",
    street: englishStreet(["Kowhai", "Rimu", "Matai", "Karaka", "Totara", "Puriri", "Harakeke", "Raupo"], ["Street", "Road", "Avenue", "Crescent", "Terrace"], 1, 260),
    postcode: (code) => code,
    venuePrefixes: ["Kowhai", "Tui Grove", "Pohutukawa", "Kereru", "Manuka", "Fantail", "Raupo Bay", "Harakeke"],
    venues: intlVenues("Centre", ["{x} Well Child Clinic", "{x} Midwives' Rooms"]),
    venueLine2: ["Hall B", "Back room, ramp access", "Upstairs", "Kids' corner"],
    costNotes: ["$5 koha (donation), pay what you can", "$15 per class", "Gold coin koha"],
  },
  CH: {
    mums: "Mütter",
    // English words for the English parts of Zürich listings; the German names say "Kinderwagen".
    pram: "Pram",
    street: (rng) => `${rng.pick(["Linden", "Rosen", "Sonnen", "Tannen", "Birken", "Wiesen", "Bach", "Kirch", "Garten", "Mühle"])}${rng.pick(["strasse", "weg", "gasse"])} ${rng.int(1, 120)}`,
    postcode: (code) => code,
    venuePrefixes: ["Rosenau", "Sonnhalde", "Birkenhof", "Lindenmatt", "Tannegg", "Wiesental", "Morgenrot", "Bachwies"],
    venues: {
      HOSPITAL: ["Spital {x}, Frauenklinik", "Geburtshaus {x}"],
      LIBRARY: ["Bibliothek {x}", "Quartierbibliothek {x}"],
      COMMUNITY_CENTRE: ["Gemeinschaftszentrum {x}", "Familienzentrum {x}", "Quartiertreff {x}"],
      PLACE_OF_WORSHIP: ["Kirchgemeindehaus {x}", "Pfarreizentrum {x}"],
      CLINIC: ["Hebammenpraxis {x}", "Mütter- und Väterberatung {x}"],
      OTHER: ["Café {x}", "Yogaraum {x}", "Spielplatz {x}, beim Brunnen"],
    },
    venueLine2: ["1. Stock", "Saal im Erdgeschoss", "Eingang über den Hof", "Raum 3"],
    costNotes: ["CHF 5 pro Treffen, Kaffee inklusive", "CHF 20 pro Lektion, Ermässigung möglich", "Kollekte, freiwilliger Beitrag"],
  },
};
