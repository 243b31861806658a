import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { signInErrorMessage } from "@/lib/auth/sign-in-form-state";
import { callbackInLocale } from "@/lib/auth/sign-in-locale";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { tryAgainMessage } from "@/lib/rate-limit";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations("Auth")]);
  const error = first(query.error);
  const initialError =
    error === "RateLimited"
      ? tryAgainMessage(Number(first(query.retryAfter) ?? 60))
      : error
        ? signInErrorMessage(error)
        : null;
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <h1 className="text-3xl sm:text-4xl">{t("signInHeading")}</h1>
      <p className="text-lg text-ink-muted">{t.rich("signInIntro", { link: (chunks) => <Link href="/groups">{chunks}</Link> })}</p>
      <Card>
        {/* A sign-in started in Spanish returns to a Spanish page (and its email is in Spanish). */}
        <SignInForm callbackUrl={callbackInLocale(first(query.callbackUrl), locale)} initialError={initialError} />
      </Card>
    </Container>
  );
}
