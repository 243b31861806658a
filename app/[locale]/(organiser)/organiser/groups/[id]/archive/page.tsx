import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { findManagedGroup } from "@/lib/listings/manage-results";
import { archiveListingAction } from "@/lib/listings/listing-form-actions";

export const metadata: Metadata = { title: "Archive a listing" };

type Props = { params: Promise<{ id: string }> };

/** The confirmation step before archiving: archiving cannot be undone from here. */
export default async function ArchiveListingPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/organiser/groups/${id}/archive`);
  const found = await findManagedGroup(await getDb(), { id: user.id, role: user.role }, id);
  if (!found.ok) notFound();
  const { group } = found;

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <BackLink href="/organiser">My groups</BackLink>
      <h1 className="text-3xl sm:text-4xl">Archive {group.name}?</h1>
      {group.status === "ARCHIVED" ? (
        <p>This listing is already archived.</p>
      ) : (
        <Card className="flex flex-col gap-5">
          <p>
            Archive a listing when the group has stopped meeting. It leaves the directory, its page and calendar feeds stop working, and any
            changes waiting for review are withdrawn.
          </p>
          <p>To list the group again later, you’d send a new listing for review.</p>
          <form action={archiveListingAction.bind(null, group.id)} className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="crisis">
              Archive this listing
            </Button>
            <ButtonLink href="/organiser" variant="ghost">
              Keep it listed
            </ButtonLink>
          </form>
        </Card>
      )}
    </Container>
  );
}
