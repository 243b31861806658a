import type { PrismaClient } from "@/lib/db/generated/client";
import { ensureLanguages } from "./languages";
import { fallbackPlaces, placeTimeZoneSql } from "./synthetic-places";

// Synthetic listings for benchmarks, written entirely in SQL so 100,000 take seconds, not hours.
// Every random choice is a hash of the row number, so each statement of a batch sees the same
// "random" group (format, place, venue) and a rerun produces identical rows.

export type SyntheticProgress = (done: number, total: number) => void;

// Small enough that one batch's transaction stays short even on a slow, busy machine.
const BATCH = 5_000;
const JITTER_KM = 30;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const array = (items: readonly string[]) => `ARRAY[${items.map(lit).join(", ")}]`;
/** A uniform number in [0, 1) from the hash of `key` with `seed`. */
const rand = (seed: number, key = "n") => `((hashint8extended((${key})::int8, ${seed}) & 2147483647)::float8 / 2147483648.0)`;
const pick = (items: readonly string[], u: string) => `(${array(items)})[1 + floor(${u} * ${items.length})::int]`;

const themes = [
  { name: "New Parents Coffee Morning", audiences: ["ALL_NEW_PARENTS"], text: "Drop in for coffee and a chat with other parents in the early months." },
  { name: "Breastfeeding Cafe", audiences: ["MOTHERS_BIRTHING_PARENTS"], text: "Peer supporters help with breastfeeding, pumping and bottle feeding." },
  { name: "Sleep and Settling Chat", audiences: ["ALL_NEW_PARENTS"], text: "Swap ideas about naps, night waking and settling with parents who understand." },
  { name: "Buggy Walk", audiences: ["ALL_NEW_PARENTS", "PARTNERS_DADS"], text: "A gentle walk with prams, buggies and slings, then a warm drink." },
  { name: "Dads and Babies Club", audiences: ["PARTNERS_DADS"], text: "Coffee and company for dads, partners and non-birthing parents." },
  { name: "NICU Families Circle", audiences: ["NICU_FAMILIES"], text: "Support for families whose babies spent time in neonatal intensive care." },
  { name: "Twins and Multiples Meet-up", audiences: ["MULTIPLES"], text: "Meet other families raising twins, triplets or more." },
  { name: "Postnatal Yoga", audiences: ["MOTHERS_BIRTHING_PARENTS"], text: "Gentle yoga for recovering bodies, with your baby on the mat beside you." },
  { name: "Baby Loss Support Circle", audiences: ["PREGNANCY_INFANT_LOSS"], text: "A quiet space for parents after miscarriage, stillbirth or infant loss." },
  { name: "Young Parents Drop-in", audiences: ["YOUNG_PARENTS"], text: "A friendly drop-in for parents aged 25 and under." },
  { name: "Rainbow Families Playgroup", audiences: ["LGBTQ_PARENTS", "FAMILIES"], text: "A playgroup for LGBTQ+ parents and their little ones." },
  { name: "Postpartum Wellbeing Circle", audiences: ["MOTHERS_BIRTHING_PARENTS"], text: "Peer support for parents feeling low, anxious or overwhelmed after birth." },
  { name: "Family Stay and Play", audiences: ["FAMILIES", "ALL_NEW_PARENTS"], text: "Songs, toys and tea for parents, carers and babies up to two." },
];
const LOSS_THEME = themes.findIndex((t) => t.audiences.includes("PREGNANCY_INFANT_LOSS")) + 1;
const prefixes = ["Sunrise", "Willow", "Harbour", "Meadow", "Cedar", "Maple", "Juniper", "Lantern", "Riverside", "Hilltop", "Oakwood", "Bramble", "Heather", "Linden", "Clover", "Aspen"];
const closers = ["No need to book, just come along.", "Tea and biscuits provided.", "Babies of all ages welcome.", "Come once or every week.", "Partners and grandparents welcome too.", "A quiet corner for feeding is available."];
const venueTypes = ["COMMUNITY_CENTRE", "COMMUNITY_CENTRE", "LIBRARY", "LIBRARY", "PLACE_OF_WORSHIP", "CLINIC", "HOSPITAL", "OTHER"];
const venueWords = { COMMUNITY_CENTRE: "Community Centre", LIBRARY: "Library", PLACE_OF_WORSHIP: "Church Hall", CLINIC: "Health Clinic", HOSPITAL: "Hospital Family Room", OTHER: "Park Cafe" };
const otherLanguages = ["es", "fr", "de", "zh", "ar", "pt", "pl", "vi", "ko", "hi", "pa", "ur", "so", "tl", "it"];

/** The shared CTE: one row per synthetic group, with every choice already made. */
function batchCte(from: number, to: number, placeCount: number): string {
  const dist = `(${JITTER_KM} * sqrt(${rand(6)}))`;
  const bearing = `(2 * pi() * ${rand(7)})`;
  return `WITH places AS (
    SELECT * FROM json_to_recordset($1::json) AS p(i int, name text, cc text, lat float8, lng float8)
  ), base AS (
    SELECT n, 'syn_' || n AS id, 1 + floor(${rand(3)} * ${themes.length})::int AS ti,
      CASE WHEN ${rand(2)} < 0.15 THEN 'ONLINE' WHEN ${rand(2)} < 0.25 THEN 'HYBRID' ELSE 'IN_PERSON' END AS fmt,
      ${pick(venueTypes, rand(4))} AS venue_type, ${pick(prefixes, rand(5))} AS prefix,
      ${rand(8)} AS u_lang, ${rand(9)} AS u_lang2, ${rand(10)} AS u_second, ${rand(11)} AS u_free, ${rand(12)} AS u_reg,
      ${rand(13)} AS u_care, ${rand(14)} AS u_wheel, ${rand(15)} AS u_web, ${rand(16)} AS u_show, ${rand(17)} AS u_conf,
      ${pick(closers, rand(18))} AS closer, 1 + floor(${rand(1)} * ${placeCount})::int AS place_i,
      ${dist} * cos(${bearing}) AS dy, ${dist} * sin(${bearing}) AS dx
    FROM generate_series(${from}, ${to}) AS n
  ), g AS (
    SELECT b.*, p.name AS locality, p.cc, ${placeTimeZoneSql("p.cc", "p.lat", "p.lng")} AS tz,
      greatest(-89.9, least(89.9, p.lat + b.dy / 111.32)) AS lat,
      (p.lng + b.dx / (111.32 * cos(radians(p.lat)))) - 360 * floor((p.lng + b.dx / (111.32 * cos(radians(p.lat))) + 180) / 360) AS lng,
      b.prefix || ' ' || (${array(themes.map((t) => t.name))})[b.ti] AS name,
      CASE WHEN b.fmt = 'ONLINE' THEN 'A friendly online meet-up for parents wherever they live.'
        ELSE 'A friendly meet-up for new parents in and around ' || p.name || '.' END AS summary,
      (${array(themes.map((t) => t.text))})[b.ti] || ' ' || b.closer AS description,
      b.prefix || ' ' || CASE b.venue_type ${Object.entries(venueWords).map(([k, v]) => `WHEN '${k}' THEN ${lit(v)}`).join(" ")} END AS venue_name,
      CASE b.ti ${themes.map((t, i) => `WHEN ${i + 1} THEN ${array(t.audiences)}`).join(" ")} END::"Audience"[] AS audiences
    FROM base b JOIN places p ON p.i = b.place_i
  )`;
}

// The SQL twin of normalizeForSearch: decompose, drop accents, fold the few letters that do not decompose.
const searchTextSql = `trim(regexp_replace(translate(
  replace(replace(replace(regexp_replace(normalize(lower(concat_ws(' ', name,
    CASE WHEN fmt <> 'ONLINE' THEN venue_name END, CASE WHEN fmt <> 'ONLINE' THEN locality END, summary, description)), NFKD),
    '[\\u0300-\\u036f]', '', 'g'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'),
  'łøđıðþ', 'lodidt'), '[^a-z0-9]+', ' ', 'g'))`;

function insertGroups(cte: string): string {
  return `${cte}
  INSERT INTO "Group" ("id", "slug", "name", "summary", "description", "status", "format", "venueType", "audiences", "isFree", "costNote",
    "registrationRequired", "babiesWelcome", "childcareProvided", "wheelchairAccessible", "websiteUrl", "registrationUrl", "contactEmail",
    "onlineJoinUrl", "showJoinLink", "joinInstructions", "timeZone", "searchText", "lastConfirmedAt", "publishedAt", "createdAt", "updatedAt")
  SELECT id, 'synthetic-group-' || n, name, summary, description, 'PUBLISHED', fmt::"GroupFormat",
    CASE WHEN fmt = 'ONLINE' THEN NULL ELSE venue_type::"VenueType" END, audiences,
    u_free >= 0.12, CASE WHEN u_free < 0.12 THEN 'Small fee per session' END,
    u_reg < 0.15, ti <> ${LOSS_THEME}, u_care < 0.08, u_wheel < 0.65,
    CASE WHEN u_web < 0.6 THEN 'https://example.org/groups/synthetic-group-' || n END,
    CASE WHEN u_reg < 0.15 THEN 'https://example.org/register/synthetic-group-' || n END,
    'synthetic-' || n || '@example.org',
    CASE WHEN fmt <> 'IN_PERSON' THEN 'https://meet.example.org/synthetic-' || n END, fmt <> 'IN_PERSON' AND u_show < 0.5,
    CASE WHEN fmt <> 'IN_PERSON' THEN 'Join by video: use the link here, or register to have it emailed.' END,
    tz, ${searchTextSql}, now() - (30 + u_conf * 120) * interval '1 day', now() - (60 + u_conf * 300) * interval '1 day',
    now() - (62 + u_conf * 300) * interval '1 day', now()
  FROM g ON CONFLICT DO NOTHING`;
}

function insertLocations(cte: string): string {
  return `${cte}
  INSERT INTO "Location" ("id", "groupId", "venueName", "addressLine1", "locality", "countryCode", "lat", "lng")
  SELECT 'synloc_' || n, id, venue_name, (1 + n % 400)::text || ' ' || prefix || ' Road', locality, cc, lat, lng
  FROM g WHERE fmt <> 'ONLINE' ON CONFLICT DO NOTHING`;
}

function insertMeetings(cte: string): string {
  const key = "g.n * 2 + mk.k";
  return `${cte}
  INSERT INTO "Meeting" ("id", "groupId", "frequency", "weekday", "nthWeek", "startMinutes", "durationMinutes", "timeZone", "startDate")
  SELECT 'synmtg_' || n || '_' || k, id, freq::"Frequency", (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[wi + 1]::"Weekday",
    CASE WHEN freq = 'MONTHLY_NTH' THEN nth END, start_minutes, duration, tz, DATE '2025-01-06' + wi + 7 * weeks
  FROM (
    SELECT g.n, g.id, g.tz, mk.k, floor(${rand(101, key)} * 7)::int AS wi, 1 + floor(${rand(102, key)} * 4)::int AS nth,
      CASE WHEN ${rand(103, key)} < 0.5 THEN 'WEEKLY' WHEN ${rand(103, key)} < 0.65 THEN 'FORTNIGHTLY'
           WHEN ${rand(103, key)} < 0.9 THEN 'MONTHLY_NTH' ELSE 'MONTHLY_LAST' END AS freq,
      (ARRAY[570, 600, 630, 660, 780, 840, 1080, 1110, 1140])[1 + floor(${rand(104, key)} * 9)::int] AS start_minutes,
      (ARRAY[60, 90, 90, 120])[1 + floor(${rand(105, key)} * 4)::int] AS duration, floor(${rand(106, key)} * 52)::int AS weeks
    FROM g CROSS JOIN (VALUES (1), (2)) AS mk(k) WHERE mk.k = 1 OR g.u_second < 0.3
  ) m ON CONFLICT DO NOTHING`;
}

function insertLanguages(cte: string): string {
  return `${cte}
  INSERT INTO "_GroupToLanguage" ("A", "B")
  SELECT id, 'en' FROM g WHERE u_lang < 0.9
  UNION ALL SELECT id, ${pick(otherLanguages, "u_lang2")} FROM g WHERE u_lang >= 0.8
  ON CONFLICT DO NOTHING`;
}

/** Places to scatter groups around: a stable sample of the gazetteer, or built-in cities. */
async function loadPlaces(db: PrismaClient) {
  const rows = await db.$queryRawUnsafe<{ name: string; cc: string; lat: number; lng: number }[]>(
    `SELECT "name", "countryCode" AS cc, "lat", "lng" FROM "Place" WHERE "population" > 50000 ORDER BY md5("id"::text) LIMIT 3000`,
  );
  const places = rows.length > 0 ? rows : fallbackPlaces;
  return { source: rows.length > 0 ? ("gazetteer" as const) : ("built-in" as const), places: places.map((p, i) => ({ i: i + 1, ...p })) };
}

/**
 * Inserts published groups 'syn_1' .. 'syn_<count>' (slugs 'synthetic-group-<n>') in batches.
 * Rows that already exist are skipped, so running it twice is safe and cheap.
 */
export async function seedSyntheticGroups(db: PrismaClient, count: number, onProgress: SyntheticProgress = () => {}): Promise<{ inserted: number; placeSource: "gazetteer" | "built-in" }> {
  await ensureLanguages(db);
  const { places, source } = await loadPlaces(db);
  const json = JSON.stringify(places);
  let inserted = 0;
  for (let from = 1; from <= count; from += BATCH) {
    const to = Math.min(count, from + BATCH - 1);
    const cte = batchCte(from, to, places.length);
    // A batch is all or nothing (no group without its venue). It took 56 s for 10,000 rows on
    // a busy two-core machine: the limits are far past that, so only a hang ends one.
    const [groups] = await db.$transaction(
      [
        db.$executeRawUnsafe(insertGroups(cte), json),
        db.$executeRawUnsafe(insertLocations(cte), json),
        db.$executeRawUnsafe(insertMeetings(cte), json),
        db.$executeRawUnsafe(insertLanguages(cte), json),
      ],
      { maxWait: 60_000, timeout: 600_000 },
    );
    inserted += groups;
    onProgress(to, count);
  }
  for (const table of ["Group", "Location", "Meeting", "_GroupToLanguage"]) await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  return { inserted, placeSource: source };
}
