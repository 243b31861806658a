import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/moderation/decision-panel";
import { FieldList } from "@/components/moderation/field-list";
import { HistoryList } from "@/components/moderation/history-list";
import { StatusBadge } from "@/components/ui/status-badge";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { ageOf, formatStamp } from "@/lib/format/dates";
import { requestLocale } from "@/lib/i18n/request-locale";
import { approveListingAction, rejectListingAction, requestListingChangesAction } from "@/lib/moderation/moderator-actions";
import { getListingReview } from "@/lib/moderation/review";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation.listing");
  return { title: t("metaTitle") };
}

export default async function ListingReviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireModerator(`/admin/listings/${id}`);
  const now = new Date();
  const locale = await requestLocale();
  const [t, moderation, reasons] = await Promise.all([getTranslations("Moderation.listing"), getTranslations("Moderation"), getTranslations("Contact.reasons")]);
  const listing = await getListingReview(await getDb(), user, id, now, locale);
  if (!listing) notFound();
  const age = (date: Date) => moderation("age", ageOf(date, now));
  const stamp = (date: Date) => formatStamp(date, locale);

  return (
    <Container className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/admin">{t("back")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl sm:text-4xl">{listing.name}</h1>
          <StatusBadge status={listing.status} />
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:max-w-2xl">
          <dt className="text-ink-muted">{t("organiser")}</dt>
          <dd className="[overflow-wrap:anywhere]">{listing.organiser ?? t("noAccount")}</dd>
          <dt className="text-ink-muted">{t("created")}</dt>
          <dd>{stamp(listing.createdAt)}</dd>
          <dt className="text-ink-muted">{t("lastChange")}</dt>
          <dd>{stamp(listing.updatedAt)}</dd>
          <dt className="text-ink-muted">{t("lastConfirmed")}</dt>
          <dd>{t("ageAndStamp", { age: age(listing.lastConfirmedAt), stamp: stamp(listing.lastConfirmedAt) })}</dd>
        </dl>
        {listing.isPublic ? (
          <p>
            <Link href={`/groups/${listing.slug}`}>{t("publicPage")}</Link>
          </p>
        ) : listing.status === "PUBLISHED" ? (
          <p className="font-medium text-rose-800">{t("hiddenFromPublic")}</p>
        ) : null}
      </div>

      {listing.moderatorMessage ? (
        <Card tone="clay">
          <h2 className="text-lg">{t("lastMessage")}</h2>
          <p className="mt-1 whitespace-pre-line break-words">{listing.moderatorMessage}</p>
        </Card>
      ) : null}

      {listing.pendingRevisions.length > 0 ? (
        <Card tone="sage">
          <h2 className="text-lg">{t("pendingEdits")}</h2>
          <ul className="mt-1">
            {listing.pendingRevisions.map((r) => (
              <li key={r.id}>
                <Link href={`/admin/revisions/${r.id}`}>{t("editSent", { age: age(r.createdAt) })}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {listing.openReports.length > 0 ? (
        <Card tone="rose">
          <h2 className="text-lg">{t("openReports")}</h2>
          <ul className="mt-2 flex flex-col gap-2">
            {listing.openReports.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{reasons(r.reason)}</span> <span className="text-sm text-ink-muted">{t("reportAge", { age: age(r.createdAt) })}</span>
                {r.details ? <p className="whitespace-pre-line break-words">{r.details}</p> : null}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href="/admin#reports">{t("resolveInQueue")}</Link>
          </p>
        </Card>
      ) : null}

      <section aria-labelledby="listing-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <h2 id="listing-heading" className="text-2xl">
            {t("theListing")}
          </h2>
          {listing.mapUrl ? (
            <a href={listing.mapUrl} rel="noopener noreferrer" target="_blank" className="text-sm">
              {t("checkVenue")}
            </a>
          ) : null}
        </div>
        <FieldList rows={listing.rows} />
      </section>

      {listing.status === "PENDING" ? (
        <DecisionPanel
          kind="listing"
          approve={approveListingAction.bind(null, listing.id)}
          requestChanges={requestListingChangesAction.bind(null, listing.id)}
          reject={rejectListingAction.bind(null, listing.id)}
        />
      ) : (
        <p className="text-ink-muted">{t("noDecision")}</p>
      )}

      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-2xl">
          {t("history")}
        </h2>
        <HistoryList entries={listing.history} />
      </section>
    </Container>
  );
}
