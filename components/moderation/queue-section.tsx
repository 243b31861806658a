import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";

type Props = { id: string; title: string; count: number; shown: number; description: string; empty: string; children: ReactNode };

/** One part of the queue: a heading with its count, a line on what belongs here, the items. */
export function QueueSection({ id, title, count, shown, description, empty, children }: Props) {
  const t = useTranslations("Moderation.queue");
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="flex scroll-mt-6 flex-col gap-4">
      <div className="flex flex-col gap-1 border-b border-line pb-3">
        <h2 id={`${id}-heading`} className="flex flex-wrap items-center gap-3 text-2xl">
          {title}
          <Badge tone={count > 0 ? "clay" : "neutral"}>{t.rich("waiting", { count, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}</Badge>
        </h2>
        <p className="text-sm text-ink-muted">{description}</p>
      </div>
      {count === 0 ? <p className="text-ink-muted">{empty}</p> : children}
      {count > shown ? <p className="text-sm text-ink-muted">{t("showingOldest", { shown, count })}</p> : null}
    </section>
  );
}

/** The jump links at the top of the queue, each with its count. */
export function QueueSummary({ sections }: { sections: { id: string; title: string; count: number }[] }) {
  const t = useTranslations("Moderation.queue");
  return (
    <nav aria-label={t("sectionsLabel")}>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              className="flex h-full min-h-tap flex-col gap-1 rounded-card border border-line bg-paper-raised p-4 no-underline shadow-card transition-colors hover:border-clay-300"
            >
              <span className="font-serif text-3xl font-semibold text-ink">{s.count}</span>
              <span className="text-sm font-medium text-ink-muted">{s.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
