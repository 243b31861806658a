import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmLinkForm } from "@/components/organiser/confirm-link-form";
import { WordedMessage } from "@/components/forms/worded-message";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { checkConfirmationLink } from "@/lib/listings/confirm-by-token";

// The link in the "still running?" email. It lives outside the (organiser) group because
// it must work without signing in: the token in the link is the permission. Opening the
// link changes nothing (mail scanners open links); the button on the page confirms.

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ group?: string | string[]; token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Organiser" });
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ConfirmStillRunningPage({ searchParams }: Props) {
  const params = await searchParams;
  const groupId = first(params.group);
  const token = first(params.token);
  const [link, t] = await Promise.all([checkConfirmationLink(await getDb(), groupId, token), getTranslations("Organiser")]);

  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10 sm:py-14">
      {link.ok ? (
        <ConfirmLinkForm groupId={groupId} token={token} name={link.name} slug={link.slug} published={link.published} />
      ) : (
        <>
          <h1 className="text-3xl sm:text-4xl">{t("confirmFailedHeading")}</h1>
          <Card tone="rose">
            <p>
              <WordedMessage message={link.message} />
            </p>
          </Card>
          <p>
            <Link href="/organiser">{t("signInToListings")}</Link>
          </p>
        </>
      )}
    </Container>
  );
}
