// How the listing form is laid out: its sections, the kinds of input a field can have, and
// a field as the form shows it. No zod here: the browser's form components import this,
// and receive the fields themselves, worded in the page's language, as props from the
// server (see fields.ts). The form words its sections from the Listing messages
// (sections.<id>.title, and .intro where `intro` is set); `title` is the English the
// moderator's review shows.

export const SECTIONS = [
  { id: "about", title: "About the group" },
  { id: "where", title: "Where", intro: true },
  { id: "when", title: "When", intro: true },
  { id: "contact", title: "Contact and links" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

/** Parts of "Where" that apply to one format only: online groups have no venue, in-person ones no join link. */
export type Panel = "venue" | "online";

/** Options that come from the database or the runtime, handed to the form as choices. */
export type ChoiceList = "languages" | "countries" | "timeZones";

/** Ticks shown together under one legend, worded by the Listing message of the same name. */
export type TickGroup = "goodToKnow";

export type Input =
  | { kind: "text"; type?: "url" | "tel" | "email"; autoComplete?: string }
  | { kind: "textarea"; rows: number }
  /** A tick box; ticks of one `group` are shown together under its legend. */
  | { kind: "tick"; group?: TickGroup }
  | { kind: "yesNo"; options: readonly [{ value: boolean; label: string }, { value: boolean; label: string }] }
  | { kind: "ticks"; options: readonly { value: string; label: string }[] | ChoiceList; columns: 2 | 3 }
  | { kind: "radio"; options: readonly { value: string; label: string; hint?: string }[] }
  | { kind: "select"; options: readonly { value: string; label: string }[] | ChoiceList; placeholder?: string };

/** A field as the form and the reviewer show it. */
export type FieldView = {
  label: string;
  hint?: string;
  /** Marked "(optional)" on the form: we mark the exceptions, not the required fields. */
  optional?: boolean;
  section: SectionId;
  panel?: Panel;
  input: Input;
  /** Never shown in public; the reviewer sees it marked as private. */
  private?: boolean;
};

/** The listing's fields and the venue's, by name, as the form draws them. */
export type ListingFormFields = { listing: Record<string, FieldView>; location: Record<string, FieldView> };

/** Field names in a section (and panel), in list order. */
export const namesIn = (fields: Record<string, FieldView>, section: SectionId, panel?: Panel) =>
  Object.keys(fields).filter((name) => fields[name]!.section === section && fields[name]!.panel === panel);
