import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingForm } from "@/components/listings/listing-form";
import { ListingStatusBadges } from "@/components/organiser/listing-status";
import { WordedMessage } from "@/components/organiser/worded-message";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { closedMessage } from "@/lib/listings/manage-results";
import { updateListingAction } from "@/lib/listings/listing-form-actions";
import { LISTING_FORM_FIELDS } from "@/lib/listings/fields";
import { listFormChoices } from "@/lib/listings/form-choices";
import { toListingInput } from "@/lib/listings/form-input";
import { getListingForEdit } from "@/lib/listings/organiser-listings";

export const metadata: Metadata = { title: "Edit your listing" };

type Props = { params: Promise<{ id: string }> };

export default async function EditListingPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/organiser/groups/${id}/edit`);
  const db = await getDb();
  const listing = await getListingForEdit(db, { id: user.id, role: user.role }, id);
  if (!listing) notFound();
  const closed = closedMessage(listing.status);
  const published = listing.status === "PUBLISHED";
  const today = new Date().toISOString().slice(0, 10);

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/organiser">My groups</BackLink>
        <h1 className="text-3xl sm:text-4xl">Edit {listing.name}</h1>
        <ListingStatusBadges status={listing.status} editWaiting={listing.source === "pending-edit"} />
      </div>
      {closed ? (
        <Card tone="rose">
          <p>
            <WordedMessage message={closed} />
          </p>
        </Card>
      ) : (
        <>
          {published ? (
            <Card tone="sage" className="flex flex-col gap-2">
              <h2 className="text-xl">Your changes are checked before they go live</h2>
              <p>
                A moderator looks at edits to a published listing before parents see them. Until then the listing stays exactly as it is now.
                {listing.source === "pending-edit" ? " You're editing the changes already waiting for review: sending again replaces them." : null}
              </p>
            </Card>
          ) : null}
          {listing.moderatorMessage ? (
            <Card tone="clay" className="flex flex-col gap-2">
              <h2 className="text-xl">A moderator asked for changes</h2>
              <blockquote className="whitespace-pre-line border-l-4 border-line-strong pl-4">{listing.moderatorMessage}</blockquote>
            </Card>
          ) : null}
          <ListingForm
            fields={LISTING_FORM_FIELDS}
            action={updateListingAction.bind(null, listing.id)}
            initialValues={toListingInput(listing.values)}
            choices={await listFormChoices(db)}
            today={today}
            submitLabel={published ? "Send changes for review" : "Save and send for review"}
            afterNote={published ? "The current version stays visible until a moderator approves." : "A moderator will look at it again."}
          />
        </>
      )}
    </Container>
  );
}
