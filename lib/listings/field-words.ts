import { AUDIENCES, FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { ChoiceList, FieldView, Input } from "./form-layout";

// The words of the listing form's fields, in any language. A field is defined once, by name
// and without words (fields.ts); its label, hint and choices are read from the Listing
// messages under fields.<name> ("fields.location.locality" for the venue's town), and the
// choices that are database values from the site's Vocabulary, as search and group pages
// word them.

/** Database values worded by the Vocabulary messages. */
export type VocabularyList = "audiences" | "formats" | "venues";

const VOCABULARY = { audiences: AUDIENCES, formats: FORMATS, venues: VENUE_TYPES } as const;

/** An input as a field defines it: its choices by value, worded when the form is drawn. */
export type InputSpec =
  | Extract<Input, { kind: "text" | "textarea" | "tick" }>
  /** Two radios, in this order; worded by fields.<name>.options.true/false. */
  | { kind: "yesNo"; values: readonly [boolean, boolean] }
  | { kind: "ticks"; options: VocabularyList | ChoiceList; columns: 2 | 3 }
  /** Each option may have a hint, fields.<name>.optionHints.<VALUE>. */
  | { kind: "radio"; options: VocabularyList }
  /** The empty choice reads fields.<name>.placeholder when there is one, else "Choose…". */
  | { kind: "select"; options: VocabularyList | ChoiceList };

/** A field without its words. `hintArgs` fills the hint's placeholders ("Up to {max} characters"). */
export type FieldSpec = Omit<FieldView, "label" | "hint" | "input"> & { input: InputSpec; hintArgs?: Record<string, number> };

type Args = Record<string, string | number>;

/**
 * A translator for keys built from field names at run time. They cannot be checked when
 * compiled; a test checks that every field has its words in every language.
 */
type Say = { (key: string, args?: Args): string; has: (key: string) => boolean };

function sayer(locale: Locale, namespace: "Listing" | "Vocabulary"): Say {
  return translatorFor(locale, namespace) as unknown as Say;
}

const isVocabulary = (options: VocabularyList | ChoiceList): options is VocabularyList => options in VOCABULARY;

/** Words one field's input in `locale`. */
function wordInput(input: InputSpec, words: string, t: Say, vocabulary: Say): Input {
  const vocabularyOptions = (list: VocabularyList) =>
    Object.entries(VOCABULARY[list]).map(([slug, entry]) => {
      const hint = `${words}.optionHints.${entry.value}`;
      return { value: entry.value as string, label: vocabulary(`${list}.${slug}`), ...(t.has(hint) ? { hint: t(hint) } : {}) };
    });
  switch (input.kind) {
    case "yesNo": {
      const [first, second] = input.values.map((value) => ({ value, label: t(`${words}.options.${String(value)}`) }));
      return { kind: "yesNo", options: [first!, second!] };
    }
    case "ticks":
      return { ...input, options: isVocabulary(input.options) ? vocabularyOptions(input.options) : input.options };
    case "radio":
      return { kind: "radio", options: vocabularyOptions(input.options) };
    case "select": {
      const placeholder = `${words}.placeholder`;
      return { kind: "select", options: isVocabulary(input.options) ? vocabularyOptions(input.options) : input.options, ...(t.has(placeholder) ? { placeholder: t(placeholder) } : {}) };
    }
    default:
      return input;
  }
}

type Worded<F extends Record<string, FieldSpec>> = { [K in keyof F]: Omit<F[K], "input" | "hintArgs"> & FieldView };

/**
 * Fields with their words in `locale`. `prefix` is where their words sit under fields.
 * ("location." for the venue's). Everything else a field holds (its schema) is kept.
 */
export function withWords<F extends Record<string, FieldSpec>>(fields: F, locale: Locale, prefix = ""): Worded<F> {
  const t = sayer(locale, "Listing");
  const vocabulary = sayer(locale, "Vocabulary");
  const worded = Object.entries(fields).map(([name, { hintArgs, input, ...rest }]) => {
    const words = `fields.${prefix}${name}`;
    const hint = t.has(`${words}.hint`) ? { hint: t(`${words}.hint`, hintArgs) } : {};
    return [name, { ...rest, label: t(`${words}.label`), ...hint, input: wordInput(input, words, t, vocabulary) }];
  });
  return Object.fromEntries(worded) as Worded<F>;
}
