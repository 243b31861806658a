import type { Metadata } from "next";
import { ListingForm } from "@/components/listings/listing-form";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { submitListingAction } from "@/lib/listings/listing-form-actions";
import { LISTING_FORM_FIELDS } from "@/lib/listings/fields";
import { listFormChoices } from "@/lib/listings/form-choices";
import { emptyListingInput } from "@/lib/listings/form-input";

export const metadata: Metadata = { title: "List your group" };

export default async function SubmitPage() {
  await requireUser("/submit");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">List your group</h1>
        <p className="text-lg">
          Tell parents what your group is, where it meets and when. A moderator checks every listing before it appears in the directory, usually
          within a few days.
        </p>
        <p className="text-ink-muted">Everything is required unless it says “optional”.</p>
      </div>
      <ListingForm
        fields={LISTING_FORM_FIELDS}
        action={submitListingAction}
        initialValues={emptyListingInput(today)}
        choices={await listFormChoices(await getDb())}
        today={today}
        submitLabel="Send for review"
        afterNote="We'll email you when a moderator has looked at it."
      />
    </Container>
  );
}
