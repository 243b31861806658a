import { useTranslations } from "next-intl";
import type { DiffRow } from "@/lib/moderation/diff";
import { diffWords, type Segment } from "@/lib/moderation/word-diff";

/** A value with its changed words marked: struck through on the published side, highlighted on the proposed one. */
function Marked({ segments, side }: { segments: Segment[]; side: "before" | "after" }) {
  return (
    <>
      {segments.map((segment, i) =>
        !segment.changed ? (
          <span key={i}>{segment.text}</span>
        ) : side === "before" ? (
          <del key={i} className="rounded-sm bg-rose-100 text-rose-900 decoration-rose-400 [box-decoration-break:clone]">
            {segment.text}
          </del>
        ) : (
          <ins key={i} className="rounded-sm bg-sage-200 font-medium text-sage-900 no-underline [box-decoration-break:clone]">
            {segment.text}
          </ins>
        ),
      )}
    </>
  );
}

/** Before and after, field by field: a table on wide screens, a definition list per field on phones. */
export function DiffTable({ changes }: { changes: DiffRow[] }) {
  const t = useTranslations("Moderation.diff");
  if (changes.length === 0) return <p>{t("nothing")}</p>;
  const rows = changes.map((change) => ({ ...change, words: diffWords(change.before, change.after) }));
  return (
    <>
      <table className="hidden w-full table-fixed border-collapse text-left md:table">
        <caption className="sr-only">{t("caption")}</caption>
        <colgroup>
          <col className="w-44" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("field")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("before")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                {row.label}
              </th>
              <td className="whitespace-pre-line break-words py-3 pr-4 text-ink-muted">
                <Marked segments={row.words.before} side="before" />
              </td>
              <td className="whitespace-pre-line break-words py-3">
                <Marked segments={row.words.after} side="after" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-3 md:hidden" aria-label={t("listLabel")}>
        {rows.map((row) => (
          <li key={row.field} className="rounded-card border border-line bg-paper-raised p-4">
            <p className="font-semibold">{row.label}</p>
            <dl className="mt-2 flex flex-col gap-2">
              <div>
                <dt className="text-sm font-medium text-ink-muted">{t("before")}</dt>
                <dd className="whitespace-pre-line break-words rounded-control border border-line px-3 py-2 text-ink-muted">
                  <Marked segments={row.words.before} side="before" />
                </dd>
              </div>
              <div>
                <dt className="text-sm font-medium text-ink-muted">{t("after")}</dt>
                <dd className="whitespace-pre-line break-words rounded-control border border-sage-200 bg-sage-50 px-3 py-2">
                  <Marked segments={row.words.after} side="after" />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
