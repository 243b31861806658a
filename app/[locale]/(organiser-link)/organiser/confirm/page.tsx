import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmLinkForm } from "@/components/organiser/confirm-link-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { checkConfirmationLink } from "@/lib/listings/confirm-by-token";

// The link in the "still running?" email. It lives outside the (organiser) group because
// it must work without signing in: the token in the link is the permission. Opening the
// link changes nothing (mail scanners open links); the button on the page confirms.

export const metadata: Metadata = { title: "Still running?", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ group?: string | string[]; token?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ConfirmStillRunningPage({ searchParams }: Props) {
  const params = await searchParams;
  const groupId = first(params.group);
  const token = first(params.token);
  const link = await checkConfirmationLink(await getDb(), groupId, token);

  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10 sm:py-14">
      {link.ok ? (
        <ConfirmLinkForm groupId={groupId} token={token} name={link.name} slug={link.slug} published={link.published} />
      ) : (
        <>
          <h1 className="text-3xl sm:text-4xl">We couldn’t confirm the listing</h1>
          <Card tone="rose">
            <p>{link.message}</p>
          </Card>
          <p>
            <Link href="/organiser">Sign in to your listings</Link>
          </p>
        </>
      )}
    </Container>
  );
}
