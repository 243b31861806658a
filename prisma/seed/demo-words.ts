import type { DemoLocale } from "./demo-locales";
import type { Rng } from "./prng";
import { slugify } from "@/lib/listings/slug";

export type Vars = { area: string; city: string; locale: DemoLocale };

/** Fills the {area}, {city}, {mums}, {Mums}, {pram} and {pram_lc} placeholders. */
export function fill(text: string, vars: Vars): string {
  const mums = vars.locale.mums;
  return text
    .replaceAll("{area}", vars.area)
    .replaceAll("{city}", vars.city)
    .replaceAll("{Mums}", mums.charAt(0).toUpperCase() + mums.slice(1))
    .replaceAll("{mums}", mums)
    .replaceAll("{pram_lc}", vars.locale.pram.toLowerCase())
    .replaceAll("{pram}", vars.locale.pram);
}

/** A name without its place, for online listings: "{area} Dads' Coffee Club" -> "Dads' Coffee Club". */
export function withoutPlace(name: string): string {
  return name.replace(/^\{(area|city)\} /, "").replace(/,? \{(area|city)\}$/, "");
}

/** A slug from the name, made unique with the place and then a number when needed. */
export function uniqueSlug(name: string, place: string, used: Set<string>): string {
  const base = slugify(name);
  const candidates = [base, `${base}-${slugify(place)}`];
  for (let i = 2; ; i++) {
    const slug = candidates.shift() ?? `${base}-${slugify(place)}-${i}`;
    if (!used.has(slug)) {
      used.add(slug);
      return slug;
    }
  }
}

/** An example.org address unique to the listing (a local part may have at most 64 characters). */
export function contactEmailFor(slug: string): string {
  if (slug.length <= 64) return `${slug}@example.org`;
  let h = 0;
  for (const ch of slug) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return `${slug.slice(0, 57).replace(/-+$/, "")}-${h.toString(36).slice(0, 6)}@example.org`;
}

export const welcomeClosers = [
  "No need to book: just turn up.",
  "Tea, coffee and biscuits are on us.",
  "There's a quiet corner for feeding and a changing table nearby.",
  "Come once or come every week, whatever suits you.",
  "Babies of all ages are welcome, from newborns to crawlers.",
  "Pregnant? You're welcome to come along before your baby arrives.",
];

/** For groups where babies are not present (loss): nothing about babies or pregnancy. */
export const quietClosers = [
  "Come once or come every month, whatever suits you.",
  "You're welcome to bring a partner or a friend for support.",
];

export const bookingClosers = [
  "Places are limited, so please register before your first visit.",
  "Please sign up through the registration link so we can save you a spot.",
];

export const childcareSentence = "Volunteers look after older siblings in the room next door.";

export const accessibleNotes = [
  "Step-free entrance and an accessible toilet on the ground floor.",
  "Level access from the car park; a lift serves the upper floor.",
  "Ramp at the side entrance; accessible parking bays right outside.",
];

export const walkRouteNote = "Flat, paved route with benches along the way.";

export const inaccessibleNotes = [
  "Sorry: the room is up a flight of stairs with no lift. Ask us about a ground-floor alternative.",
  "Three steps at the front door; we're happy to help lift a {pram_lc}.",
];

export const cancellationReasons = [
  "Venue closed for a public holiday",
  "Facilitator away; back the following week",
  "Room booked for a community event",
  "Building maintenance",
  "Winter break",
];

export const hybridInstructions = {
  shown: "Can't make it in? Join the video call from home with the link below: cameras optional.",
  hidden: "The video link for joining from home is sent by email after you register.",
};

/** Two to four sentences: some from the theme, then ones that follow from the listing's details. */
export function composeDescription(rng: Rng, themeSentences: string[], extras: string[], closers: string[]): string {
  const picked = rng.sample(themeSentences, Math.min(themeSentences.length, rng.int(1, 2)));
  const sentences = [...picked, ...extras].slice(0, 3);
  if (sentences.length < 4 && (sentences.length < 2 || rng.chance(0.6))) sentences.push(rng.pick(closers));
  return sentences.join(" ");
}
