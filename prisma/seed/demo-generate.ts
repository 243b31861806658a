import type { Audience, Frequency, VenueType, Weekday } from "@/lib/db/generated/client";
import type { DemoCity, Neighbourhood } from "./demo-cities";
import { languageThemes } from "./demo-language-groups";
import { locales, type DemoLocale } from "./demo-locales";
import type { DemoMeeting } from "./demo-schedule";
import { themes, type Theme, type TimeOfDay } from "./demo-themes";
import type { DemoGroup } from "./demo-types";
import * as words from "./demo-words";
import type { Rng } from "./prng";

const KM_PER_DEGREE = 111.32;

export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A point a few hundred metres from the neighbourhood centre, and 1-15 km from the city centre. */
function placeNear(city: DemoCity, hood: Neighbourhood, rng: Rng): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 20; attempt++) {
    const km = 0.15 + rng.next() * 0.9;
    const bearing = rng.next() * 2 * Math.PI;
    const lat = hood.lat + (km * Math.cos(bearing)) / KM_PER_DEGREE;
    const lng = hood.lng + (km * Math.sin(bearing)) / (KM_PER_DEGREE * Math.cos((hood.lat * Math.PI) / 180));
    const fromCentre = distanceKm(city.centre, { lat, lng });
    if (fromCentre >= 1 && fromCentre <= 15) return { lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)) };
  }
  return { lat: hood.lat, lng: hood.lng };
}

const startTimes: Record<TimeOfDay, string[]> = {
  morning: ["09:30", "10:00", "10:00", "10:30", "11:00"],
  afternoon: ["13:00", "13:30", "14:00", "15:30"],
  evening: ["18:00", "18:30", "19:00", "19:30", "20:00"],
  weekend: ["09:00", "09:30", "10:00", "10:30"],
};
const weekdays: Weekday[] = ["MO", "TU", "WE", "TH", "FR"];

export function pickMeeting(rng: Rng, times: TimeOfDay[], monthly: boolean, avoid?: Weekday): DemoMeeting {
  const time = rng.pick(times);
  const options = time === "weekend" ? (["SA", "SA", "SU"] as Weekday[]) : weekdays;
  let weekday = rng.pick(options);
  if (weekday === avoid) weekday = rng.pick(weekdays.filter((d) => d !== avoid));
  const frequency = rng.weighted<Frequency>(
    monthly ? [["MONTHLY_NTH", 6], ["MONTHLY_LAST", 3], ["FORTNIGHTLY", 1]] : [["WEEKLY", 60], ["FORTNIGHTLY", 18], ["MONTHLY_NTH", 15], ["MONTHLY_LAST", 7]],
  );
  const meeting: DemoMeeting = {
    frequency,
    weekday,
    startTime: rng.pick(startTimes[time]),
    durationMinutes: rng.pick(time === "evening" || frequency.startsWith("MONTHLY") ? [90, 90, 120] : [60, 90, 90, 120]),
    startedDaysAgo: rng.int(45, 700),
  };
  if (frequency === "MONTHLY_NTH") meeting.nthWeek = rng.int(1, 4);
  if (rng.chance(0.15)) {
    const nths = rng.sample(frequency.startsWith("MONTHLY") ? [1, 2] : [1, 2, 3, 4], rng.chance(0.3) ? 2 : 1);
    meeting.cancelUpcoming = nths.map((nth) => ({ nth, reason: rng.pick(words.cancellationReasons) }));
  }
  if (rng.chance(0.06)) meeting.endsInDays = rng.int(30, 150);
  return meeting;
}

/** Content that varies by theme or language: what the group is, who it's for, where it meets. */
type Content = { name: string; summary: string; sentences: string[]; audiences: Audience[]; venues: VenueType[]; times: TimeOfDay[]; languages: string[]; theme?: Theme };

/** Picks what a listing is about, preferring name templates this city has not used yet. */
function pickContent(city: DemoCity, language: string | undefined, rng: Rng, used: { themes: Map<string, number>; templates: Set<string> }): Content {
  const langCode = language ?? city.mainLanguage;
  if (langCode) {
    const lt = languageThemes[langCode];
    if (!lt) throw new Error(`No language theme for ${langCode}`);
    const options = lt.variants.flatMap((variant) => variant.names.map((name) => ({ variant, name })));
    const fresh = options.filter((o) => !used.templates.has(o.name));
    const { variant, name } = rng.pick(fresh.length ? fresh : options);
    used.templates.add(name);
    const spoken = [langCode, ...(city.mainLanguage && city.mainLanguage !== langCode ? [city.mainLanguage] : []), ...lt.alsoSpoken.filter(() => rng.chance(0.6))];
    return { name, summary: variant.summary, sentences: variant.sentences, audiences: variant.audiences, venues: variant.venues, times: variant.times ?? ["morning", "afternoon"], languages: [...new Set(spoken)] };
  }
  const theme = rng.weighted(themes.filter((t) => (used.themes.get(t.key) ?? 0) < 2).map((t) => [t, t.weight] as const));
  used.themes.set(theme.key, (used.themes.get(theme.key) ?? 0) + 1);
  const fresh = theme.names.filter((n) => !used.templates.has(n));
  const name = rng.pick(fresh.length ? fresh : theme.names);
  used.templates.add(name);
  return { name, summary: rng.pick(theme.summaries), sentences: theme.sentences, audiences: theme.audiences, venues: theme.venues, times: theme.times, languages: ["en"], theme };
}

function venueName(locale: DemoLocale, type: VenueType, languages: string[], groupName: string, rng: Rng): string {
  let templates = locale.venues[type];
  if (type === "OTHER") {
    // Walks start in a park, yoga happens in a studio, everything else in a café or a park.
    const kind = /yoga/i.test(groupName) ? /Yoga/ : /walk|spaziergang/i.test(groupName) ? /Park|Spielplatz/ : undefined;
    const matching = templates.filter((t) => (kind ? kind.test(t) : !/Yoga/.test(t)));
    if (matching.length) templates = matching;
  }
  if (type === "PLACE_OF_WORSHIP") {
    const faith = languages.includes("pa") ? "Gurdwara" : languages.some((c) => ["ur", "ar", "so"].includes(c)) ? "Mosque" : undefined;
    const matching = templates.filter((t) => (faith ? t.includes(faith) : !t.includes("Gurdwara") && !t.includes("Mosque")));
    if (matching.length) templates = matching;
  }
  return rng.pick(templates).replace("{x}", rng.pick(locale.venuePrefixes));
}

/** The template-built listings for one city. */
export function generateCityGroups(city: DemoCity, rng: Rng, usedSlugs: Set<string>): DemoGroup[] {
  const locale = locales[city.countryCode];
  const languagePlan = Object.entries(city.languageGroups).flatMap(([code, count]) => Array.from({ length: count }, () => code));
  const used = { themes: new Map<string, number>(), templates: new Set<string>(), names: new Set<string>() };
  const groups: DemoGroup[] = [];
  for (let i = 0; i < city.generated; i++) {
    let hood = rng.pick(city.neighbourhoods);
    let content = pickContent(city, languagePlan[i], rng, used);
    // Same name twice in one city reads like a duplicate listing: try another neighbourhood.
    for (let attempt = 0; attempt < 10 && used.names.has(words.fill(content.name, { area: hood.name, city: city.name, locale })); attempt++) {
      hood = rng.pick(city.neighbourhoods);
      if (attempt > 4) content = pickContent(city, languagePlan[i], rng, used);
    }
    const vars = { area: hood.name, city: city.name, locale };
    const theme = content.theme;
    const name = words.fill(content.name, vars);
    used.names.add(name);
    const slug = words.uniqueSlug(name, city.key, usedSlugs);
    const venueType = rng.pick(content.venues);
    const hybrid = (theme?.online ?? true) && theme?.key !== "walk" && rng.chance(0.12);
    const isFree = !rng.chance(theme?.paidChance ?? 0.1);
    const registrationRequired = rng.chance(theme?.registrationChance ?? 0.12) || (!isFree && rng.chance(0.5));
    const childcareProvided = rng.chance(theme?.childcareChance ?? 0.07);
    const wheelchairAccessible = rng.chance(0.68);
    const meetings = [pickMeeting(rng, content.times, theme?.monthly ?? false)];
    if (rng.chance(0.08)) {
      const second = pickMeeting(rng, ["evening", "weekend"], false, meetings[0]?.weekday);
      meetings[0] = { ...meetings[0]!, label: "Daytime group" };
      meetings.push({ ...second, label: second.weekday === "SA" || second.weekday === "SU" ? "Weekend group" : "Evening group" });
    }
    const extras = [
      ...(childcareProvided ? [words.childcareSentence] : []),
      ...(meetings.some((m) => m.endsInDays !== undefined) ? ["This run of sessions has a set end date; follow the website for news of the next one."] : []),
    ];
    const closers = theme?.babiesWelcome === false ? words.quietClosers : registrationRequired ? words.bookingClosers : words.welcomeClosers;
    const point = placeNear(city, hood, rng);
    const showJoinLink = rng.chance(0.5);
    groups.push({
      slug,
      name,
      area: city.key,
      summary: words.fill(content.summary, vars),
      description: words.fill(words.composeDescription(rng, content.sentences, extras, closers), vars),
      format: hybrid ? "HYBRID" : "IN_PERSON",
      venueType,
      audiences: content.audiences,
      languages: content.languages,
      isFree,
      costNote: isFree ? (rng.chance(0.15) ? "Free; donations to the tea fund welcome" : null) : rng.pick(locale.costNotes),
      registrationRequired,
      babiesWelcome: theme?.babiesWelcome ?? true,
      childcareProvided,
      wheelchairAccessible,
      accessibilityNotes: wheelchairAccessible
        ? /walk|spaziergang/i.test(name) ? words.walkRouteNote : rng.pick(words.accessibleNotes)
        : rng.chance(0.5) ? words.fill(rng.pick(words.inaccessibleNotes), vars) : null,
      websiteUrl: rng.chance(0.65) ? `https://example.org/groups/${slug}` : null,
      registrationUrl: registrationRequired ? `https://${rng.pick(["example.org", "example.com"])}/register/${slug}` : null,
      phone: city.phone && rng.chance(0.55) ? city.phone(rng) : null,
      contactEmail: rng.chance(0.9) ? words.contactEmailFor(slug) : null,
      onlineJoinUrl: hybrid ? `https://meet.example.org/${slug}` : null,
      showJoinLink: hybrid && showJoinLink,
      joinInstructions: hybrid ? (showJoinLink ? words.hybridInstructions.shown : words.hybridInstructions.hidden) : null,
      timeZone: city.timeZone,
      location: {
        venueName: venueName(locale, venueType, content.languages, name, rng),
        addressLine1: locale.street(rng),
        addressLine2: rng.chance(0.45) ? rng.pick(locale.venueLine2) : null,
        locality: city.name,
        region: city.region,
        postalCode: locale.postcode(hood.postcode, rng),
        countryCode: city.countryCode,
        ...point,
      },
      meetings,
      confirmedDaysAgo: rng.int(30, 150),
    });
  }
  return groups;
}
