import type { Metadata } from "next";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";
import { smtpConfigured } from "@/lib/mail/transport";
import { HtmlOnly } from "@/components/site/html-only";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("checkEmailTitle"), robots: { index: false } };
}

export default function CheckEmailPage() {
  const t = useTranslations("Auth");
  const signInLink = (chunks: ReactNode) => <Link href="/signin">{chunks}</Link>;
  const mailboxLink = (chunks: ReactNode) => <Link href="/dev/mailbox">{chunks}</Link>;
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">{t("checkEmailTitle")}</h1>
      <Card tone="sage">
        <p className="text-lg">{t("checkEmailSent")}</p>
        <p className="mt-2 text-ink-muted">{t.rich("checkEmailNothing", { link: signInLink })}</p>
      </Card>
      {smtpConfigured() ? null : (
        <p className="text-ink-muted">{devMailboxEnabled() ? t.rich("noMailServerMailbox", { link: mailboxLink }) : t("noMailServer")}</p>
      )}
    </Container>
  );
}
