import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { ageOf, formatStamp } from "@/lib/format/dates";
import { requestLocale } from "@/lib/i18n/request-locale";
import { approveRevisionAction, rejectRevisionAction, requestRevisionChangesAction } from "@/lib/moderation/moderator-actions";
import { getRevisionReview } from "@/lib/moderation/review";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation.edit");
  return { title: t("metaTitle") };
}

export default async function RevisionReviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireModerator(`/admin/revisions/${id}`);
  const now = new Date();
  const locale = await requestLocale();
  const [t, moderation] = await Promise.all([getTranslations("Moderation.edit"), getTranslations("Moderation")]);
  const revision = await getRevisionReview(await getDb(), user, id, now, locale);
  if (!revision) notFound();
  const pending = revision.status === "PENDING";
  const sent = { age: moderation("age", ageOf(revision.createdAt, now)), stamp: formatStamp(revision.createdAt, locale) };

  return (
    <Container className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/admin">{moderation("listing.back")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl sm:text-4xl">{t("heading", { name: revision.group.name })}</h1>
          <StatusBadge status={revision.status} />
        </div>
        <p className="text-ink-muted">
          {revision.author ? t("sentBy", { ...sent, author: revision.author }) : t("sent", sent)}{" "}
          <Link href={`/admin/listings/${revision.group.id}`}>{t("wholeListing")}</Link>
          {revision.group.isPublic ? (
            <>
              {" · "}
              <Link href={`/groups/${revision.group.slug}`}>{t("publicPage")}</Link>
            </>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="changes-heading" className="flex flex-col gap-3">
        <h2 id="changes-heading" className="text-2xl">
          {pending ? t("changesHeading") : t("proposedHeading")}
        </h2>
        {pending ? <p className="text-sm text-ink-muted">{t("comparedWith")}</p> : null}
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
          <p>{revision.decidedAt ? t("decided", { stamp: formatStamp(revision.decidedAt, locale) }) : null}</p>
          {revision.moderatorMessage ? <p className="mt-1 whitespace-pre-line break-words">{t("message", { message: revision.moderatorMessage })}</p> : null}
        </Card>
      )}
    </Container>
  );
}
