import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListingForm } from "@/components/listings/listing-form";
import { WordedMessage } from "@/components/forms/worded-message";
import { ListingStatusBadges } from "@/components/organiser/listing-status";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/routing";
import { closedMessage } from "@/lib/listings/manage-results";
import { updateListingAction } from "@/lib/listings/listing-form-actions";
import { listingFormFields } from "@/lib/listings/fields";
import { listFormChoices } from "@/lib/listings/form-choices";
import { toListingInput } from "@/lib/listings/form-input";
import { getListingForEdit } from "@/lib/listings/organiser-listings";

type Props = { params: Promise<{ id: string; locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing" });
  return { title: t("editTitle") };
}

export default async function EditListingPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/organiser/groups/${id}/edit`);
  const db = await getDb();
  const listing = await getListingForEdit(db, { id: user.id, role: user.role }, id);
  if (!listing) notFound();
  const closed = closedMessage(listing.status);
  const published = listing.status === "PUBLISHED";
  const today = new Date().toISOString().slice(0, 10);
  const locale = await requestLocale();
  const t = await getTranslations("Listing");

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/organiser">{t("backToGroups")}</BackLink>
        <h1 className="text-3xl sm:text-4xl">{t("editHeading", { name: listing.name })}</h1>
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
              <h2 className="text-xl">{t("editReviewedHeading")}</h2>
              <p>{t("editReviewedText", { waiting: listing.source === "pending-edit" ? "yes" : "no" })}</p>
            </Card>
          ) : null}
          {listing.moderatorMessage ? (
            <Card tone="clay" className="flex flex-col gap-2">
              <h2 className="text-xl">{t("changesRequestedHeading")}</h2>
              <blockquote className="whitespace-pre-line border-l-4 border-line-strong pl-4">{listing.moderatorMessage}</blockquote>
            </Card>
          ) : null}
          <ListingForm
            fields={listingFormFields(locale)}
            action={updateListingAction.bind(null, listing.id)}
            initialValues={toListingInput(listing.values)}
            choices={await listFormChoices(db, locale)}
            today={today}
            submitLabel={published ? t("sendChangesButton") : t("saveAndSendButton")}
            afterNote={published ? t("publishedAfterNote") : t("pendingAfterNote")}
          />
        </>
      )}
    </Container>
  );
}
