import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/listings/form-choices";
import { confirmByToken } from "@/lib/listings/organiser-actions";

// The link in the "still running?" email. It lives outside the (organiser) group because
// it must work without signing in: the token in the link is the permission.

export const metadata: Metadata = { title: "Still running", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ group?: string | string[]; token?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ConfirmStillRunningPage({ searchParams }: Props) {
  const params = await searchParams;
  const db = await getDb();
  const group = await db.group.findUnique({ where: { id: first(params.group).slice(0, 64) }, select: { timeZone: true, status: true } });
  const result = await confirmByToken(db, first(params.group), first(params.token));

  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10 sm:py-14">
      {result.ok ? (
        <>
          <h1 className="text-3xl sm:text-4xl">Thanks, confirmed on {formatDay(result.confirmedAt, group?.timeZone)}</h1>
          <Card tone="sage" className="flex flex-col gap-3">
            <p>
              <strong>{result.name}</strong> is marked as still running, so parents can trust the listing. We'll ask again in a few months.
            </p>
            <p>If the day, time or place has changed, sign in and edit the listing.</p>
          </Card>
          <div className="flex flex-wrap gap-3">
            {group?.status === "PUBLISHED" ? (
              <ButtonLink href={`/groups/${result.slug}`} variant="secondary">
                See the listing
              </ButtonLink>
            ) : null}
            <ButtonLink href="/organiser" variant="ghost">
              Sign in to edit
            </ButtonLink>
          </div>
        </>
      ) : (
        <>
          <h1 className="text-3xl sm:text-4xl">We couldn't confirm the listing</h1>
          <Card tone="rose">
            <p>{result.message}</p>
          </Card>
          <p>
            <Link href="/organiser">Sign in to your listings</Link>
          </p>
        </>
      )}
    </Container>
  );
}
