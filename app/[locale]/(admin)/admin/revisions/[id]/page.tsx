import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/moderation/decision-panel";
import { DiffTable } from "@/components/moderation/diff-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { formatAge, formatStamp } from "@/lib/format/dates";
import { approveRevisionAction, rejectRevisionAction, requestRevisionChangesAction } from "@/lib/moderation/moderator-actions";
import { getRevisionReview } from "@/lib/moderation/review";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Review an edit" };

export default async function RevisionReviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireModerator(`/admin/revisions/${id}`);
  const now = new Date();
  const revision = await getRevisionReview(await getDb(), user, id, now);
  if (!revision) notFound();
  const pending = revision.status === "PENDING";

  return (
    <Container className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/admin">Queue</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl sm:text-4xl">Edit to {revision.group.name}</h1>
          <StatusBadge status={revision.status} />
        </div>
        <p className="text-ink-muted">
          Sent {formatAge(revision.createdAt, now)} ({formatStamp(revision.createdAt)}){revision.author ? ` by ${revision.author}` : null}.{" "}
          <Link href={`/admin/listings/${revision.group.id}`}>Whole listing</Link>
          {revision.group.isPublic ? (
            <>
              {" · "}
              <Link href={`/groups/${revision.group.slug}`}>Public page</Link>
            </>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="changes-heading" className="flex flex-col gap-3">
        <h2 id="changes-heading" className="text-2xl">
          {pending ? "What this edit changes" : "What this edit proposed"}
        </h2>
        {pending ? <p className="text-sm text-ink-muted">Compared with the listing as published now. Unchanged fields are left out.</p> : null}
        <DiffTable changes={revision.changes} />
      </section>

      {pending ? (
        <DecisionPanel
          kind="edit"
          approve={approveRevisionAction.bind(null, revision.id)}
          requestChanges={requestRevisionChangesAction.bind(null, revision.id)}
          reject={rejectRevisionAction.bind(null, revision.id)}
        />
      ) : (
        <Card>
          <p>
            Decided {revision.decidedAt ? formatStamp(revision.decidedAt) : null}.
          </p>
          {revision.moderatorMessage ? <p className="mt-1 whitespace-pre-line break-words">Message to the organiser: {revision.moderatorMessage}</p> : null}
        </Card>
      )}
    </Container>
  );
}
