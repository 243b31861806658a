import { z } from "zod";
import type { Audience, GroupFormat, VenueType, Weekday } from "@/lib/db/generated/enums";
import { AUDIENCES, COSTS, DAYS, FORMATS, ONLINE_CHOICES, SORT_ORDERS, TIMES_OF_DAY, VENUE_TYPES } from "./vocabulary";

export type TimeOfDay = keyof typeof TIMES_OF_DAY;
export type OnlineChoice = keyof typeof ONLINE_CHOICES;
export type SortOrder = keyof typeof SORT_ORDERS;

export type SearchFilters = {
  near?: string;
  lat?: number;
  lng?: number;
  radius: number;
  unit?: "mi" | "km";
  q?: string;
  formats: GroupFormat[];
  venues: VenueType[];
  days: Weekday[];
  times: TimeOfDay[];
  audiences: Audience[];
  languages: string[];
  cost?: keyof typeof COSTS;
  babies: boolean;
  childcare: boolean;
  accessible: boolean;
  online: OnlineChoice;
  /** "nearest": local groups by distance, then online ones; "soonest": everything by its next meeting. */
  sort: SortOrder;
  page: number;
};

/** "invalid": a value we could not use; "unknown": a parameter searches do not take. */
export type ParamProblem = { param: string; value: string; message: string; kind: "invalid" | "unknown" };

export const DEFAULT_RADIUS = 10;
export const PAGE_SIZE = 20;

const slugList = <V extends string>(map: Record<string, { value: V }>, what: string) =>
  z.array(z.string().trim().toLowerCase()).transform((slugs, ctx) => {
    const values: V[] = [];
    for (const slug of slugs) {
      const entry = map[slug];
      if (entry) values.push(entry.value);
      else ctx.addIssue({ code: "custom", message: `"${slug}" is not a ${what} we know. Try one of: ${Object.keys(map).join(", ")}.` });
    }
    return [...new Set(values)];
  });

const flag = z.enum(["1", "true", "on", "yes"], { message: "Use 1 to turn this on." }).transform(() => true);

// One schema per parameter, so one bad value is reported and dropped while the rest still apply.
const fields = {
  near: z.string().trim().min(1).max(100, "Place names are at most 100 characters."),
  lat: z.coerce.number({ message: "Latitude must be a number." }).min(-90, "Latitude is between -90 and 90.").max(90, "Latitude is between -90 and 90."),
  lng: z.coerce.number({ message: "Longitude must be a number." }).min(-180, "Longitude is between -180 and 180.").max(180, "Longitude is between -180 and 180."),
  radius: z.coerce.number({ message: "Distance must be a number, such as 10." }).positive("Distance must be more than 0.").max(250, "Distance can be at most 250."),
  unit: z.enum(["mi", "km"], { message: 'Use "mi" for miles or "km" for kilometres.' }),
  q: z.string().trim().min(1).max(100, "Search words are at most 100 characters."),
  format: slugList(FORMATS, "format"),
  venue: slugList(VENUE_TYPES, "venue type"),
  day: slugList(DAYS, "day (use mon, tue, wed, thu, fri, sat or sun)"),
  time: slugList(Object.fromEntries(Object.keys(TIMES_OF_DAY).map((k) => [k, { value: k as TimeOfDay }])), "time of day"),
  audience: slugList(AUDIENCES, "audience"),
  lang: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "Languages are two-letter codes such as en or es.")).transform((v) => [...new Set(v)]),
  cost: z.enum(["free", "paid"], { message: 'Cost is "free" or "paid".' }),
  babies: flag,
  childcare: flag,
  access: flag,
  online: z.enum(["include", "hide", "only"], { message: 'Online is "include", "hide" or "only".' }),
  sort: z.enum(["nearest", "soonest"], { message: 'Sort is "nearest" or "soonest".' }),
  page: z.coerce.number({ message: "Page must be a number." }).int("Page must be a whole number.").min(1, "Pages start at 1.").max(500, "That page is too far; try narrowing your search."),
} as const;

const MULTI = new Set(["format", "venue", "day", "time", "audience", "lang"]);

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function readRaw(input: RawParams): Map<string, string[]> {
  const raw = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    // Empty values come from blank form fields; they mean "not set".
    if (value.trim() === "") return;
    raw.set(key, [...(raw.get(key) ?? []), ...(MULTI.has(key) ? value.split(",") : [value])]);
  };
  if (input instanceof URLSearchParams) input.forEach((v, k) => add(k, v));
  else for (const [k, v] of Object.entries(input)) for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) add(k, item);
  return raw;
}

/** Validates a search URL's parameters. Never throws: bad values come back as problems. */
export function parseSearchParams(input: RawParams): { filters: SearchFilters; problems: ParamProblem[] } {
  const raw = readRaw(input);
  const problems: ParamProblem[] = [];
  const read = <K extends keyof typeof fields>(key: K): z.output<(typeof fields)[K]> | undefined => {
    const values = raw.get(key);
    if (!values) return undefined;
    const parsed = fields[key].safeParse(MULTI.has(key) ? values : values[values.length - 1]);
    if (parsed.success) return parsed.data as z.output<(typeof fields)[K]>;
    problems.push({ param: key, value: values.join(", "), message: parsed.error.issues[0]?.message ?? "This value is not valid.", kind: "invalid" });
    return undefined;
  };

  const lat = read("lat");
  const lng = read("lng");
  const hasCoords = lat !== undefined && lng !== undefined;
  if ((lat === undefined) !== (lng === undefined) && !problems.some((p) => p.param === "lat" || p.param === "lng")) {
    problems.push({ param: lat === undefined ? "lat" : "lng", value: "", message: "Both latitude and longitude are needed for a search near you.", kind: "invalid" });
  }

  const formats = read("format") ?? [];
  const filters: SearchFilters = {
    near: read("near"),
    lat: hasCoords ? lat : undefined,
    lng: hasCoords ? lng : undefined,
    radius: read("radius") ?? DEFAULT_RADIUS,
    unit: read("unit"),
    q: read("q"),
    formats,
    venues: read("venue") ?? [],
    days: read("day") ?? [],
    times: read("time") ?? [],
    audiences: read("audience") ?? [],
    languages: read("lang") ?? [],
    cost: read("cost"),
    babies: read("babies") ?? false,
    childcare: read("childcare") ?? false,
    accessible: read("access") ?? false,
    online: read("online") ?? "include",
    sort: read("sort") ?? "nearest",
    page: read("page") ?? 1,
  };
  for (const key of raw.keys()) {
    if (!(key in fields)) problems.push({ param: key, value: raw.get(key)!.join(", "), message: `We don't use "${key}" in searches, so we left it out.`, kind: "unknown" });
  }
  return { filters, problems };
}

/** The shareable query string for a search, with only the parameters that differ from defaults. */
export function toSearchParams(filters: SearchFilters, overrides: Partial<SearchFilters> = {}): URLSearchParams {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  const slug = <V extends string>(map: Record<string, { value: V }>, value: V) => Object.entries(map).find(([, e]) => e.value === value)?.[0] ?? value;
  if (f.near) params.set("near", f.near);
  if (f.lat !== undefined && f.lng !== undefined) {
    params.set("lat", f.lat.toFixed(4));
    params.set("lng", f.lng.toFixed(4));
  }
  if (f.radius !== DEFAULT_RADIUS) params.set("radius", String(f.radius));
  if (f.unit) params.set("unit", f.unit);
  if (f.q) params.set("q", f.q);
  for (const v of f.formats) params.append("format", slug(FORMATS, v));
  for (const v of f.venues) params.append("venue", slug(VENUE_TYPES, v));
  for (const v of f.days) params.append("day", slug(DAYS, v));
  for (const v of f.times) params.append("time", v);
  for (const v of f.audiences) params.append("audience", slug(AUDIENCES, v));
  for (const v of f.languages) params.append("lang", v);
  if (f.cost) params.set("cost", f.cost);
  if (f.babies) params.set("babies", "1");
  if (f.childcare) params.set("childcare", "1");
  if (f.accessible) params.set("access", "1");
  if (f.online !== "include") params.set("online", f.online);
  if (f.sort !== "nearest") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  return params;
}
