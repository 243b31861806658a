export type Segment = { text: string; changed: boolean };

/** Above this many token pairs the comparison is skipped and whole values are marked. */
const MAX_CELLS = 400_000;

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

function merge(parts: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.changed === part.changed) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * Which words of `before` were removed and which of `after` were added (longest common
 * subsequence of words), so a reviewer sees "…childcare. Now with a baby-weighing corner"
 * instead of re-reading two paragraphs. Whitespace between unchanged words stays unchanged.
 */
export function diffWords(before: string, after: string): { before: Segment[]; after: Segment[] } {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS || a.length === 0 || b.length === 0) {
    return { before: [{ text: before, changed: true }], after: [{ text: after, changed: true }] };
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      left.push({ text: a[i]!, changed: false });
      right.push({ text: b[j]!, changed: false });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      left.push({ text: a[i++]!, changed: true });
    } else {
      right.push({ text: b[j++]!, changed: true });
    }
  }
  while (i < a.length) left.push({ text: a[i++]!, changed: true });
  while (j < b.length) right.push({ text: b[j++]!, changed: true });
  // A lone unchanged space between two changes reads better as part of the change; spaces
  // at the edges of a change are left unmarked.
  const tidy = (parts: Segment[]) =>
    merge(
      merge(parts.map((p, k) => (!p.changed && /^\s+$/.test(p.text) && parts[k - 1]?.changed && parts[k + 1]?.changed ? { ...p, changed: true } : p))).flatMap((p) => {
        if (!p.changed) return [p];
        const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
        return [{ text: lead, changed: false }, { text: core, changed: true }, { text: trail, changed: false }].filter((s) => s.text !== "");
      }),
    );
  return { before: tidy(left), after: tidy(right) };
}
