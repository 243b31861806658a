import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { findManagedGroup } from "@/lib/listings/manage-results";
import { archiveListingAction } from "@/lib/listings/listing-form-actions";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Organiser" });
  return { title: t("archiveTitle") };
}

/** The confirmation step before archiving: archiving cannot be undone from here. */
export default async function ArchiveListingPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/organiser/groups/${id}/archive`);
  const [found, t] = await Promise.all([findManagedGroup(await getDb(), { id: user.id, role: user.role }, id), getTranslations("Organiser")]);
  if (!found.ok) notFound();
  const { group } = found;

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <BackLink href="/organiser">{t("myGroups")}</BackLink>
      <h1 className="text-3xl sm:text-4xl">{t("archiveHeading", { name: group.name })}</h1>
      {group.status === "ARCHIVED" ? (
        <p>{t("alreadyArchived")}</p>
      ) : (
        <Card className="flex flex-col gap-5">
          <p>{t("archiveExplained")}</p>
          <p>{t("archiveListAgain")}</p>
          <form action={archiveListingAction.bind(null, group.id)} className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="crisis">
              {t("archiveConfirm")}
            </Button>
            <ButtonLink href="/organiser" variant="ghost">
              {t("keepListed")}
            </ButtonLink>
          </form>
        </Card>
      )}
    </Container>
  );
}
