import { fromMarkdown } from "mdast-util-from-markdown";

type Node = { type: string; value?: string; children?: Node[] };

// Text and code values, separated so that a heading and the paragraph after it (or two list
// items) never run together into one "word".
function collectText(node: Node, into: string[]): string[] {
  if ((node.type === "text" || node.type === "inlineCode") && node.value) into.push(node.value);
  for (const child of node.children ?? []) collectText(child, into);
  return into;
}

/** Words a reader reads: the text of the Markdown, without link targets or markup. */
export function countWords(markdown: string): number {
  const text = collectText(fromMarkdown(markdown), []).join(" ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

// Adults read plain, familiar prose at roughly 200 to 230 words a minute.
const SLOW_WPM = 200;
const FAST_WPM = 230;

/** The reading times, in whole minutes, that are honest for a text of this length. */
export function readingTimeRange(words: number): { min: number; max: number } {
  return { min: Math.max(1, Math.floor(words / FAST_WPM)), max: Math.max(1, Math.ceil(words / SLOW_WPM)) };
}

/** A single figure for a text of this length, from the middle of the range. */
export function estimateReadingTime(words: number): number {
  return Math.max(1, Math.round(words / ((SLOW_WPM + FAST_WPM) / 2)));
}
