import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/moderation/decision-form";
import { QueueSection, QueueSummary } from "@/components/moderation/queue-section";
import { ReportList } from "@/components/moderation/report-list";
import { RevisionList } from "@/components/moderation/revision-list";
import { StaleList } from "@/components/moderation/stale-list";
import { SubmissionList } from "@/components/moderation/submission-list";
import { Container } from "@/components/ui/container";
import { FormMessage } from "@/components/ui/field";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { HIDDEN_AFTER_MONTHS, REMIND_EVERY_DAYS, STALE_AFTER_MONTHS } from "@/lib/listings/lifecycle";
import { resolveReportAction, type DoneNotice } from "@/lib/moderation/moderator-actions";
import { listModerationQueue } from "@/lib/moderation/queue";
import { getListingName } from "@/lib/moderation/review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation.queue");
  return { title: t("metaTitle") };
}

/** A queue part's total and how many of its items the page shows. */
const counts = (part: { total: number; items: unknown[] }) => ({ count: part.total, shown: part.items.length });

type Props = { searchParams: Promise<{ done?: string; group?: string }> };

const DONE_NOTICES = ["approved", "changes-requested", "rejected", "edit-approved", "edit-changes-requested", "edit-rejected", "report-resolved"] as const satisfies readonly DoneNotice[];
const isDoneNotice = (value: string | undefined): value is DoneNotice => (DONE_NOTICES as readonly string[]).includes(value ?? "");

export default async function QueuePage({ searchParams }: Props) {
  const user = await requireModerator("/admin");
  const db = await getDb();
  const now = new Date();
  const locale = await requestLocale();
  const t = await getTranslations("Moderation.queue");
  const queue = await listModerationQueue(db, user, now, locale);
  if (!queue) notFound();
  const { done, group } = await searchParams;
  const notice = isDoneNotice(done) && group ? t(`notices.${done}`, { name: (await getListingName(db, user, group)) ?? t("theListing") }) : null;

  // One list drives both the jump links at the top and the sections below.
  const sections = [
    {
      id: "new-listings",
      title: t("submissions.title"),
      ...counts(queue.submissions),
      description: t("submissions.description"),
      empty: t("submissions.empty"),
      content: <SubmissionList items={queue.submissions.items} now={now} />,
    },
    {
      id: "edits",
      title: t("revisions.title"),
      ...counts(queue.revisions),
      description: t("revisions.description"),
      empty: t("revisions.empty"),
      content: <RevisionList items={queue.revisions.items} now={now} />,
    },
    {
      id: "reports",
      title: t("reports.title"),
      ...counts(queue.reports),
      description: t("reports.description"),
      empty: t("reports.empty"),
      content: (
        <ReportList
          items={queue.reports.items}
          now={now}
          resolveForm={(id) => (
            <DecisionForm
              action={resolveReportAction.bind(null, id)}
              title={t("resolve.title")}
              submitLabel={t("resolve.submit")}
              variant="secondary"
              compact
              field={{ name: "note", label: t("resolve.note"), optional: true }}
            />
          )}
        />
      ),
    },
    {
      id: "stale",
      title: t("stale.title", { months: STALE_AFTER_MONTHS }),
      ...counts(queue.stale),
      description: t("stale.description", { days: REMIND_EVERY_DAYS, hiddenMonths: HIDDEN_AFTER_MONTHS }),
      empty: t("stale.empty"),
      content: <StaleList items={queue.stale.items} now={now} />,
    },
  ];

  return (
    <Container className="flex flex-col gap-10 py-8 sm:py-10">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <FormMessage tone="success">{notice}</FormMessage>
        <QueueSummary sections={sections} />
      </div>
      {sections.map(({ content, ...section }) => (
        <QueueSection key={section.id} {...section}>
          {content}
        </QueueSection>
      ))}
    </Container>
  );
}
