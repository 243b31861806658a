import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimList } from "@/components/import/claim-list";
import { MyListingCard } from "@/components/organiser/my-listing-card";
import { Notice } from "@/components/organiser/notice";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import type { FormMessageKey } from "@/lib/forms/form-message";
import type { Locale } from "@/lib/i18n/routing";
import { claimListingAction } from "@/lib/import/import-actions";
import { listClaimableListings } from "@/lib/import/claim-listing";
import { confirmStillRunningAction } from "@/lib/listings/listing-form-actions";
import { listMyListings } from "@/lib/listings/organiser-listings";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ notice?: string; group?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Organiser" });
  return { title: t("myGroups") };
}

/** What `?notice=` says after an action (codes only, never text from the URL), worded by Notice. */
const NOTICES: Record<string, FormMessageKey> = {
  submitted: "Organiser.noticeSubmitted",
  updated: "Organiser.noticeUpdated",
  "edit-waiting": "Organiser.noticeEditWaiting",
  archived: "Organiser.noticeArchived",
  confirmed: "Organiser.noticeConfirmed",
  "not-changed": "Organiser.noticeNotChanged",
  "moderators-only": "Organiser.noticeModeratorsOnly",
  claimed: "Organiser.noticeClaimed",
  "not-claimed": "Organiser.noticeNotClaimed",
};

export default async function MyGroupsPage({ searchParams }: Props) {
  const user = await requireUser("/organiser");
  const [{ notice, group }, t, db] = await Promise.all([searchParams, getTranslations("Organiser"), getDb()]);
  const actor = { id: user.id, role: user.role };
  const [listings, claimable] = await Promise.all([listMyListings(db, actor), listClaimableListings(db, actor)]);
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl sm:text-4xl">{t("myGroups")}</h1>
          <p className="text-ink-muted">{t("dashboardIntro")}</p>
        </div>
        <ButtonLink href="/submit">{t("listGroup")}</ButtonLink>
      </div>
      <Notice code={notice} messages={NOTICES} />
      {claimable.length > 0 ? <ClaimList listings={claimable} claimAction={claimListingAction} /> : null}
      {listings.length === 0 ? (
        <Card tone="sage" className="flex flex-col gap-3">
          <h2 className="text-2xl">{t("emptyHeading")}</h2>
          <p>{t("emptyText")}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-5" aria-label={t("yourListings")}>
          {listings.map((listing) => (
            <li key={listing.id}>
              <MyListingCard
                listing={listing}
                confirmAction={confirmStillRunningAction.bind(null, listing.id)}
                justConfirmed={notice === "confirmed" && group === listing.id}
              />
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
