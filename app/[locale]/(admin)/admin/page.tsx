import type { Metadata } from "next";
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
import { HIDDEN_AFTER_MONTHS, STALE_AFTER_MONTHS } from "@/lib/listings/lifecycle";
import { resolveReportAction, type DoneNotice } from "@/lib/moderation/moderator-actions";
import { listModerationQueue } from "@/lib/moderation/queue";
import { getListingName } from "@/lib/moderation/review";

export const metadata: Metadata = { title: "Queue" };

/** A queue part's total and how many of its items the page shows. */
const counts = (part: { total: number; items: unknown[] }) => ({ count: part.total, shown: part.items.length });

type Props = { searchParams: Promise<{ done?: string; group?: string }> };

const NOTICES: Record<DoneNotice, (name: string) => string> = {
  approved: (name) => `${name} is published. The organiser has been emailed.`,
  "changes-requested": (name) => `Changes requested for ${name}. The organiser has been emailed.`,
  rejected: (name) => `${name} was rejected. The organiser has been emailed.`,
  "edit-approved": (name) => `The edit to ${name} is live. The organiser has been emailed.`,
  "edit-changes-requested": (name) => `Changes requested for the edit to ${name}. The organiser has been emailed.`,
  "edit-rejected": (name) => `The edit to ${name} was rejected. The organiser has been emailed.`,
  "report-resolved": (name) => `The report about ${name} is resolved.`,
};

export default async function QueuePage({ searchParams }: Props) {
  const user = await requireModerator("/admin");
  const db = await getDb();
  const now = new Date();
  const queue = await listModerationQueue(db, user, now);
  if (!queue) notFound();
  const { done, group } = await searchParams;
  const notice = done && done in NOTICES && group ? NOTICES[done as DoneNotice]((await getListingName(db, user, group)) ?? "The listing") : null;

  // One list drives both the jump links at the top and the sections below.
  const sections = [
    {
      id: "new-listings",
      title: "New listings",
      ...counts(queue.submissions),
      description: "Listings sent for review, oldest first. Nothing is public until approved.",
      empty: "No new listings waiting.",
      content: <SubmissionList items={queue.submissions.items} now={now} />,
    },
    {
      id: "edits",
      title: "Edits waiting",
      ...counts(queue.revisions),
      description: "Changes to published listings. The published version stays up until you approve.",
      empty: "No edits waiting.",
      content: <RevisionList items={queue.revisions.items} now={now} />,
    },
    {
      id: "reports",
      title: "Reports",
      ...counts(queue.reports),
      description: "Problems visitors reported on group pages. Check the listing, fix or ask the organiser, then resolve.",
      empty: "No open reports.",
      content: (
        <ReportList
          items={queue.reports.items}
          now={now}
          resolveForm={(id) => (
            <DecisionForm
              action={resolveReportAction.bind(null, id)}
              title="Resolve this report"
              submitLabel="Mark as resolved"
              variant="secondary"
              compact
              field={{ name: "note", label: "What did you do?", optional: true }}
            />
          )}
        />
      ),
    },
    {
      id: "stale",
      title: `Not confirmed for ${STALE_AFTER_MONTHS} months`,
      ...counts(queue.stale),
      description: `Published listings whose organiser hasn't confirmed they still run. Organisers get a reminder every 30 days; after ${HIDDEN_AFTER_MONTHS} months a listing leaves search until they confirm.`,
      empty: "Every published listing was confirmed recently.",
      content: <StaleList items={queue.stale.items} now={now} />,
    },
  ];

  return (
    <Container className="flex flex-col gap-10 py-8 sm:py-10">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl sm:text-4xl">Moderation queue</h1>
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
