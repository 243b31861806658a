import type { Audience, GroupFormat, VenueType, Weekday } from "@/lib/db/generated/enums";

// URL slugs and labels for every value a visitor can filter on. The enums in the
// database are the source of truth; these maps give them readable URLs and words.

export const FORMATS = {
  "in-person": { value: "IN_PERSON", label: "In person" },
  online: { value: "ONLINE", label: "Online" },
  hybrid: { value: "HYBRID", label: "In person and online" },
} as const satisfies Record<string, { value: GroupFormat; label: string }>;

export const VENUE_TYPES = {
  hospital: { value: "HOSPITAL", label: "Hospital or birth centre" },
  library: { value: "LIBRARY", label: "Library" },
  "community-centre": { value: "COMMUNITY_CENTRE", label: "Community centre" },
  "place-of-worship": { value: "PLACE_OF_WORSHIP", label: "Place of worship" },
  clinic: { value: "CLINIC", label: "Clinic" },
  other: { value: "OTHER", label: "Other venue" },
} as const satisfies Record<string, { value: VenueType; label: string }>;

export const AUDIENCES = {
  "new-parents": { value: "ALL_NEW_PARENTS", label: "All new parents" },
  mothers: { value: "MOTHERS_BIRTHING_PARENTS", label: "Mothers and birthing parents" },
  partners: { value: "PARTNERS_DADS", label: "Partners and dads" },
  families: { value: "FAMILIES", label: "Families" },
  loss: { value: "PREGNANCY_INFANT_LOSS", label: "Pregnancy or infant loss" },
  nicu: { value: "NICU_FAMILIES", label: "NICU families" },
  multiples: { value: "MULTIPLES", label: "Twins and multiples" },
  lgbtq: { value: "LGBTQ_PARENTS", label: "LGBTQ+ parents" },
  young: { value: "YOUNG_PARENTS", label: "Young parents" },
} as const satisfies Record<string, { value: Audience; label: string }>;

export const DAYS = {
  mon: { value: "MO", label: "Monday" },
  tue: { value: "TU", label: "Tuesday" },
  wed: { value: "WE", label: "Wednesday" },
  thu: { value: "TH", label: "Thursday" },
  fri: { value: "FR", label: "Friday" },
  sat: { value: "SA", label: "Saturday" },
  sun: { value: "SU", label: "Sunday" },
} as const satisfies Record<string, { value: Weekday; label: string }>;

/** Local start-time windows, in minutes after midnight (end exclusive). */
export const TIMES_OF_DAY = {
  morning: { label: "Morning (before noon)", from: 0, to: 12 * 60 },
  afternoon: { label: "Afternoon (noon to 5 pm)", from: 12 * 60, to: 17 * 60 },
  evening: { label: "Evening (5 pm or later)", from: 17 * 60, to: 24 * 60 },
} as const;

export const COSTS = { free: "Free", paid: "Paid" } as const;

export const ONLINE_CHOICES = { include: "Include online groups", hide: "Hide online groups", only: "Only online groups" } as const;

/** Result orders: `nearest` is the default (by name when no place is given). */
export const SORT_ORDERS = { nearest: "Nearest first", soonest: "Soonest first" } as const;

export const RADII = [2, 5, 10, 25, 50, 100] as const;

type Slugged<V> = Record<string, { value: V; label: string }>;

export function labelFor<V extends string>(map: Slugged<V>, value: V): string {
  return Object.values(map).find((entry) => entry.value === value)?.label ?? value;
}

/** The URL slug of a database value ("HYBRID" -> "hybrid"), which also keys its words in the messages. */
export function slugOf<M extends Slugged<string>>(map: M, value: M[keyof M]["value"]): keyof M & string {
  return (Object.entries(map).find(([, entry]) => entry.value === value)?.[0] ?? Object.keys(map)[0]!) as keyof M & string;
}
