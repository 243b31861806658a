import { Link } from "@/lib/i18n/navigation";
import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { safeCallback, signInErrorMessage } from "@/lib/auth/sign-in-form-state";
import { tryAgainMessage } from "@/lib/rate-limit";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const error = first(params.error);
  const initialError =
    error === "RateLimited"
      ? tryAgainMessage(Number(first(params.retryAfter) ?? 60))
      : error
        ? signInErrorMessage(error)
        : null;
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <h1 className="text-3xl sm:text-4xl">Sign in to list your group</h1>
      <p className="text-lg text-ink-muted">
        Organisers sign in to add a group, keep its dates up to date and confirm it is still running. Looking for a group? You don’t need an
        account: just <Link href="/groups">search</Link>.
      </p>
      <Card>
        <SignInForm callbackUrl={safeCallback(first(params.callbackUrl))} initialError={initialError} />
      </Card>
    </Container>
  );
}
