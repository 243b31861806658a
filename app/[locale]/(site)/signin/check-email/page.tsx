import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";
import { smtpConfigured } from "@/lib/mail/transport";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">Check your email</h1>
      <Card tone="sage">
        <p className="text-lg">We’ve sent you a sign-in link. Open it on this device within 30 minutes.</p>
        <p className="mt-2 text-ink-muted">Nothing there? Look in your spam folder, or <Link href="/signin">ask for another link</Link>.</p>
      </Card>
      {smtpConfigured() ? null : (
        <p className="text-ink-muted">
          This site has no email server configured, so nothing was emailed: the link is printed in the terminal running the site
          {devMailboxEnabled() ? (
            <>
              {" "}
              and kept in the <Link href="/dev/mailbox">development mailbox</Link>
            </>
          ) : null}
          .
        </p>
      )}
    </Container>
  );
}
