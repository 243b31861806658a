import type { Rng } from "./prng";
import type { locales } from "./demo-locales";

/** A real neighbourhood: its postcode (or postcode district) and approximate centre. */
export type Neighbourhood = { name: string; postcode: string; lat: number; lng: number };

export type DemoCity = {
  key: string;
  name: string;
  region: string;
  countryCode: keyof typeof locales;
  timeZone: string;
  centre: { lat: number; lng: number };
  /** How many listings the template generator adds (hand-written showcases come on top). */
  generated: number;
  /** Of those, how many are held in each community language. */
  languageGroups: Record<string, number>;
  /** Every listing here is in this language (Zürich: German). */
  mainLanguage?: string;
  neighbourhoods: Neighbourhood[];
  phone?: (rng: Rng) => string;
};

const two = (rng: Rng) => String(rng.int(0, 99)).padStart(2, "0");
const three = (rng: Rng) => String(rng.int(0, 999)).padStart(3, "0");
const four = (rng: Rng) => String(rng.int(0, 9999)).padStart(4, "0");
// Numbers reserved for fiction: NANP 555-0100..0199, Ofcom drama ranges, ACMA 5550 xxxx.
const nanp = (area: string) => (rng: Rng) => `(${area}) 555-01${two(rng)}`;
const ofcom = (prefix: string) => (rng: Rng) => `${prefix}${three(rng)}`;
const acma = (area: string) => (rng: Rng) => `(${area}) 5550 ${four(rng)}`;

const n = (name: string, postcode: string, lat: number, lng: number): Neighbourhood => ({ name, postcode, lat, lng });

export const demoCities: DemoCity[] = [
  {
    key: "austin", name: "Austin", region: "TX", countryCode: "US", timeZone: "America/Chicago", centre: { lat: 30.2672, lng: -97.7431 },
    generated: 8, languageGroups: { es: 2 }, phone: nanp("512"),
    neighbourhoods: [n("Downtown", "78701", 30.2711, -97.7437), n("Bouldin Creek", "78704", 30.2520, -97.7560), n("Zilker", "78704", 30.2600, -97.7700), n("South Lamar", "78704", 30.2400, -97.7800), n("South Austin", "78745", 30.2069, -97.7956), n("East Austin", "78702", 30.2637, -97.7163), n("Hyde Park", "78751", 30.3093, -97.7242), n("Windsor Park", "78723", 30.3049, -97.6862), n("Riverside", "78741", 30.2310, -97.7223), n("Allandale", "78757", 30.3520, -97.7320)],
  },
  {
    key: "portland-or", name: "Portland", region: "OR", countryCode: "US", timeZone: "America/Los_Angeles", centre: { lat: 45.5152, lng: -122.6784 },
    generated: 7, languageGroups: { es: 1, vi: 1 }, phone: nanp("503"),
    neighbourhoods: [n("Downtown", "97205", 45.5206, -122.6893), n("Pearl District", "97209", 45.5300, -122.6840), n("Buckman", "97214", 45.5140, -122.6440), n("Sellwood", "97202", 45.4840, -122.6360), n("Alberta Arts", "97211", 45.5650, -122.6450), n("St. Johns", "97203", 45.5900, -122.7500), n("Mount Tabor", "97215", 45.5150, -122.6000), n("Woodstock", "97206", 45.4820, -122.6000)],
  },
  {
    key: "portland-me", name: "Portland", region: "ME", countryCode: "US", timeZone: "America/New_York", centre: { lat: 43.6591, lng: -70.2568 },
    generated: 5, languageGroups: { so: 1 }, phone: nanp("207"),
    neighbourhoods: [n("Old Port", "04101", 43.6575, -70.2530), n("West End", "04102", 43.6500, -70.2760), n("Deering", "04103", 43.6900, -70.2880), n("Munjoy Hill", "04101", 43.6660, -70.2450), n("Woodfords", "04103", 43.6720, -70.2800)],
  },
  {
    key: "seattle", name: "Seattle", region: "WA", countryCode: "US", timeZone: "America/Los_Angeles", centre: { lat: 47.6062, lng: -122.3321 },
    generated: 8, languageGroups: { vi: 1, so: 1 }, phone: nanp("206"),
    neighbourhoods: [n("Fremont", "98103", 47.6510, -122.3500), n("Wallingford", "98103", 47.6610, -122.3340), n("University District", "98105", 47.6630, -122.3020), n("Ballard", "98107", 47.6680, -122.3770), n("Capitol Hill", "98112", 47.6250, -122.3120), n("Columbia City", "98118", 47.5590, -122.2860), n("Central District", "98122", 47.6110, -122.3050), n("West Seattle", "98126", 47.5440, -122.3730)],
  },
  {
    key: "chicago", name: "Chicago", region: "IL", countryCode: "US", timeZone: "America/Chicago", centre: { lat: 41.8781, lng: -87.6298 },
    generated: 9, languageGroups: { es: 3, pl: 1 }, phone: nanp("773"),
    neighbourhoods: [n("The Loop", "60601", 41.8858, -87.6181), n("Pilsen", "60608", 41.8500, -87.6700), n("Little Village", "60623", 41.8480, -87.7170), n("Lincoln Park", "60614", 41.9220, -87.6520), n("Avondale", "60618", 41.9470, -87.7030), n("Uptown", "60640", 41.9720, -87.6620), n("Logan Square", "60647", 41.9210, -87.7010), n("Hyde Park", "60615", 41.8020, -87.6030), n("Lakeview", "60657", 41.9400, -87.6530)],
  },
  {
    key: "new-york", name: "New York", region: "NY", countryCode: "US", timeZone: "America/New_York", centre: { lat: 40.7128, lng: -74.006 },
    generated: 10, languageGroups: { es: 3, zh: 1 }, phone: nanp("718"),
    neighbourhoods: [n("Lower East Side", "10002", 40.7157, -73.9863), n("East Harlem", "10029", 40.7918, -73.9440), n("Upper West Side", "10025", 40.7990, -73.9680), n("Williamsburg", "11211", 40.7121, -73.9510), n("Park Slope", "11215", 40.6710, -73.9860), n("Sunset Park", "11220", 40.6410, -74.0170), n("Long Island City", "11101", 40.7447, -73.9485), n("Jackson Heights", "11372", 40.7510, -73.8830), n("Mott Haven", "10454", 40.8090, -73.9230)],
  },
  {
    key: "denver", name: "Denver", region: "CO", countryCode: "US", timeZone: "America/Denver", centre: { lat: 39.7392, lng: -104.9903 },
    generated: 6, languageGroups: { es: 1 }, phone: nanp("303"),
    neighbourhoods: [n("Capitol Hill", "80203", 39.7310, -104.9810), n("Five Points", "80205", 39.7590, -104.9660), n("Congress Park", "80206", 39.7320, -104.9530), n("Platt Park", "80210", 39.6780, -104.9620), n("Highland", "80211", 39.7660, -105.0200), n("Westwood", "80219", 39.6960, -105.0380), n("Park Hill", "80220", 39.7440, -104.9130)],
  },
  {
    key: "toronto", name: "Toronto", region: "ON", countryCode: "CA", timeZone: "America/Toronto", centre: { lat: 43.6532, lng: -79.3832 },
    generated: 9, languageGroups: { fr: 2, pt: 1, tl: 1 }, phone: nanp("416"),
    neighbourhoods: [n("King West", "M5V", 43.6420, -79.3970), n("The Annex", "M5R", 43.6700, -79.4050), n("Riverdale", "M4K", 43.6790, -79.3520), n("Little Portugal", "M6J", 43.6480, -79.4280), n("Leslieville", "M4M", 43.6620, -79.3330), n("High Park North", "M6P", 43.6610, -79.4640), n("Regent Park", "M5A", 43.6590, -79.3620), n("The Beaches", "M4E", 43.6760, -79.2930), n("East York", "M4C", 43.6950, -79.3180)],
  },
  {
    key: "vancouver", name: "Vancouver", region: "BC", countryCode: "CA", timeZone: "America/Vancouver", centre: { lat: 49.2827, lng: -123.1207 },
    generated: 8, languageGroups: { pa: 2, zh: 1 }, phone: nanp("604"),
    neighbourhoods: [n("Grandview-Woodland", "V5L", 49.2770, -123.0700), n("Kitsilano", "V6K", 49.2680, -123.1650), n("Riley Park", "V5V", 49.2470, -123.1000), n("Sunset", "V5X", 49.2180, -123.0930), n("Renfrew-Collingwood", "V5R", 49.2450, -123.0420), n("Fairview", "V6H", 49.2640, -123.1300), n("Kensington-Cedar Cottage", "V5N", 49.2550, -123.0700), n("Strathcona", "V6A", 49.2780, -123.0900)],
  },
  {
    key: "leeds", name: "Leeds", region: "West Yorkshire", countryCode: "GB", timeZone: "Europe/London", centre: { lat: 53.8008, lng: -1.5491 },
    generated: 6, languageGroups: { pl: 1 }, phone: ofcom("0113 496 0"),
    neighbourhoods: [n("Headingley", "LS6", 53.8190, -1.5770), n("Chapel Allerton", "LS7", 53.8290, -1.5360), n("Roundhay", "LS8", 53.8300, -1.5050), n("Beeston", "LS11", 53.7800, -1.5550), n("Armley", "LS12", 53.7990, -1.5920), n("Richmond Hill", "LS9", 53.7960, -1.5200), n("Moortown", "LS17", 53.8500, -1.5330), n("Kirkstall", "LS5", 53.8160, -1.6000), n("Hunslet", "LS10", 53.7770, -1.5320)],
  },
  {
    key: "manchester", name: "Manchester", region: "Greater Manchester", countryCode: "GB", timeZone: "Europe/London", centre: { lat: 53.4808, lng: -2.2426 },
    generated: 8, languageGroups: { ur: 2, ar: 1 }, phone: ofcom("0161 496 0"),
    neighbourhoods: [n("Longsight", "M13", 53.4575, -2.2008), n("Rusholme", "M14", 53.4500, -2.2250), n("Whalley Range", "M16", 53.4470, -2.2560), n("Didsbury", "M20", 53.4180, -2.2310), n("Chorlton", "M21", 53.4420, -2.2770), n("Cheetham Hill", "M8", 53.5050, -2.2380), n("Levenshulme", "M19", 53.4450, -2.1930), n("Hulme", "M15", 53.4680, -2.2500), n("Ancoats", "M4", 53.4840, -2.2250)],
  },
  {
    key: "london", name: "London", region: "Greater London", countryCode: "GB", timeZone: "Europe/London", centre: { lat: 51.5074, lng: -0.1278 },
    generated: 11, languageGroups: { ar: 1, pl: 1, so: 1 }, phone: ofcom("020 7946 0"),
    neighbourhoods: [n("Hackney", "E8", 51.5430, -0.0620), n("Peckham", "SE15", 51.4700, -0.0690), n("Stoke Newington", "N16", 51.5620, -0.0750), n("Brixton", "SW9", 51.4650, -0.1140), n("Whitechapel", "E1", 51.5170, -0.0600), n("Kentish Town", "NW5", 51.5520, -0.1420), n("Shepherd's Bush", "W12", 51.5060, -0.2260), n("Lewisham", "SE13", 51.4600, -0.0100), n("Walthamstow", "E17", 51.5830, -0.0200), n("Battersea", "SW11", 51.4690, -0.1640)],
  },
  {
    key: "dublin", name: "Dublin", region: "Co. Dublin", countryCode: "IE", timeZone: "Europe/Dublin", centre: { lat: 53.3498, lng: -6.2603 },
    generated: 6, languageGroups: { pl: 1, pt: 1 },
    neighbourhoods: [n("The Liberties", "D08", 53.3400, -6.2800), n("Stoneybatter", "D07", 53.3560, -6.2850), n("Rathmines", "D06", 53.3230, -6.2650), n("Clontarf", "D03", 53.3640, -6.2000), n("Drumcondra", "D09", 53.3700, -6.2550), n("Crumlin", "D12", 53.3250, -6.3150), n("Ballsbridge", "D04", 53.3280, -6.2300), n("Phibsborough", "D07", 53.3600, -6.2730)],
  },
  {
    key: "sydney", name: "Sydney", region: "NSW", countryCode: "AU", timeZone: "Australia/Sydney", centre: { lat: -33.8688, lng: 151.2093 },
    generated: 7, languageGroups: { zh: 1, ar: 1 }, phone: acma("02"),
    neighbourhoods: [n("Surry Hills", "2010", -33.8860, 151.2110), n("Newtown", "2042", -33.8980, 151.1780), n("Glebe", "2037", -33.8790, 151.1860), n("Randwick", "2031", -33.9140, 151.2410), n("Bondi", "2026", -33.8910, 151.2740), n("Crows Nest", "2065", -33.8260, 151.2040), n("Ashfield", "2131", -33.8890, 151.1250), n("Marrickville", "2204", -33.9110, 151.1550)],
  },
  {
    key: "melbourne", name: "Melbourne", region: "VIC", countryCode: "AU", timeZone: "Australia/Melbourne", centre: { lat: -37.8136, lng: 144.9631 },
    generated: 7, languageGroups: { vi: 1, it: 1 }, phone: acma("03"),
    neighbourhoods: [n("Fitzroy", "3065", -37.7990, 144.9780), n("Brunswick", "3056", -37.7670, 144.9610), n("St Kilda", "3182", -37.8670, 144.9800), n("Richmond", "3121", -37.8230, 144.9980), n("Footscray", "3011", -37.8000, 144.9000), n("Northcote", "3070", -37.7700, 145.0000), n("Carlton North", "3054", -37.7850, 144.9700), n("Kew", "3101", -37.8060, 145.0300)],
  },
  {
    key: "zurich", name: "Zürich", region: "ZH", countryCode: "CH", timeZone: "Europe/Zurich", centre: { lat: 47.3769, lng: 8.5417 },
    generated: 7, languageGroups: { it: 1 }, mainLanguage: "de",
    neighbourhoods: [n("Aussersihl", "8004", 47.3780, 8.5240), n("Industriequartier", "8005", 47.3860, 8.5200), n("Unterstrass", "8006", 47.3880, 8.5480), n("Wipkingen", "8037", 47.3950, 8.5290), n("Oerlikon", "8050", 47.4110, 8.5450), n("Hottingen", "8032", 47.3690, 8.5620), n("Wiedikon", "8003", 47.3700, 8.5150), n("Altstetten", "8048", 47.3880, 8.4870)],
  },
  {
    key: "auckland", name: "Auckland", region: "Auckland", countryCode: "NZ", timeZone: "Pacific/Auckland", centre: { lat: -36.8485, lng: 174.7633 },
    generated: 6, languageGroups: { zh: 1, tl: 1 },
    neighbourhoods: [n("Ponsonby", "1011", -36.8560, 174.7450), n("Grey Lynn", "1021", -36.8620, 174.7350), n("Mount Eden", "1024", -36.8780, 174.7560), n("Remuera", "1050", -36.8800, 174.8000), n("Point Chevalier", "1022", -36.8650, 174.7150), n("Sandringham", "1025", -36.8850, 174.7300), n("Takapuna", "0622", -36.7870, 174.7700), n("Onehunga", "1061", -36.9230, 174.7850)],
  },
];
