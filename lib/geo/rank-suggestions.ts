import damerauLevenshtein from "damerau-levenshtein";

export type Candidate = { nameKey: string; population: number };

/** How much a big place may outweigh one more typo: a city of millions counts as one edit. */
const populationBoost = (population: number) => Math.min(Math.log(population + 1) / 16, 1);

/**
 * Orders near-miss place names for "Did you mean…?". Typos on a phone are mostly one
 * wrong, missing or swapped letter, so the edit distance (counting a swap as one edit)
 * leads, and population breaks near-ties: "lodnon" is one swap from London and one
 * letter from Loddon (pop. 3,500), and London wins.
 */
export function rankSuggestions<T extends Candidate>(typed: string, candidates: T[]): T[] {
  const score = (c: T) => damerauLevenshtein(typed, c.nameKey).steps - populationBoost(c.population);
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => a.score - b.score || b.candidate.population - a.candidate.population)
    .map(({ candidate }) => candidate);
}
