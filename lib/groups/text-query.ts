import type { PrismaClient } from "@/lib/db/generated/client";
import { normalizeForSearch } from "@/lib/text/normalize";

export type TextQuery = {
  /** The words searched for, after spelling correction: "breastfeeding support". */
  words: string[];
  /** True when at least one typed word was replaced by a close match. */
  corrected: boolean;
  /** A to_tsquery expression matching every word as a prefix: "breastfeeding:* & support:*". */
  tsquery: string;
};

const MIN_CORRECTABLE = 3;

/**
 * Reads the visitor's words and corrects typos against the words groups actually use
 * ("brestfeding" -> "breastfeeding"), so the search itself can use the full-text index.
 */
export async function interpretText(db: PrismaClient, q: string | undefined): Promise<TextQuery | null> {
  const typed = q ? normalizeForSearch(q).split(" ").filter(Boolean).slice(0, 8) : [];
  if (typed.length === 0) return null;
  const words = await Promise.all(typed.map((word) => (word.length < MIN_CORRECTABLE ? word : closestKnownWord(db, word))));
  return {
    words,
    corrected: words.some((w, i) => w !== typed[i]),
    tsquery: words.map((w) => `${w}:*`).join(" & "),
  };
}

/** The word itself when groups use it (or a longer word starting with it), else the nearest spelling. */
async function closestKnownWord(db: PrismaClient, word: string): Promise<string> {
  const [known] = await db.$queryRaw<{ word: string }[]>`
    SELECT "word" FROM "SearchWord" WHERE starts_with("word", ${word}) LIMIT 1`;
  if (known) return word;
  const [close] = await db.$queryRaw<{ word: string }[]>`
    SELECT "word" FROM "SearchWord" WHERE "word" % ${word}
    ORDER BY similarity("word", ${word}) DESC, length("word"), "word" LIMIT 1`;
  return close?.word ?? word;
}
