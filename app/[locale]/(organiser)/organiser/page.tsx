import type { Metadata } from "next";
import { ClaimList } from "@/components/import/claim-list";
import { MyListingCard } from "@/components/organiser/my-listing-card";
import { Notice } from "@/components/organiser/notice";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { claimListingAction } from "@/lib/import/import-actions";
import { listClaimableListings } from "@/lib/import/claim-listing";
import { confirmStillRunningAction } from "@/lib/listings/listing-form-actions";
import { listMyListings } from "@/lib/listings/organiser-listings";

export const metadata: Metadata = { title: "My groups" };

type Props = { searchParams: Promise<{ notice?: string; group?: string }> };

const NOTICES: Record<string, string> = {
  submitted: "Thanks – your listing is waiting for a moderator. We'll email you once it has been reviewed.",
  updated: "Saved. Your listing is waiting for a moderator again.",
  "edit-waiting": "Thanks – your changes are waiting for a moderator. Until then the listing stays as it was.",
  archived: "Archived. The listing is no longer in the directory.",
  confirmed: "Thanks for confirming – parents can see the group is still running.",
  "not-changed": "Nothing was changed: that listing isn't one you manage, or it can't be changed any more.",
  "moderators-only": "That page is for moderators.",
  claimed: "Claimed – the listing is yours to manage now.",
  "not-claimed": "That listing can't be claimed with the address you signed in with.",
};

export default async function MyGroupsPage({ searchParams }: Props) {
  const user = await requireUser("/organiser");
  const { notice, group } = await searchParams;
  const db = await getDb();
  const actor = { id: user.id, role: user.role };
  const [listings, claimable] = await Promise.all([listMyListings(db, actor), listClaimableListings(db, actor)]);
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl sm:text-4xl">My groups</h1>
          <p className="text-ink-muted">Your listings and where they stand.</p>
        </div>
        <ButtonLink href="/submit">List a group</ButtonLink>
      </div>
      <Notice code={notice} messages={NOTICES} />
      {claimable.length > 0 ? <ClaimList listings={claimable} claimAction={claimListingAction} /> : null}
      {listings.length === 0 ? (
        <Card tone="sage" className="flex flex-col gap-3">
          <h2 className="text-2xl">You haven’t listed a group yet</h2>
          <p>If you run a postpartum or new-parent support group, list it so parents nearby can find it. It takes about ten minutes.</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-5" aria-label="Your listings">
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
