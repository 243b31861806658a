import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Shows the emails the site would have sent, when DEV_MAILBOX=1 asks for it and no SMTP server is configured. */
export default async function MailboxPage() {
  // DEV_MAILBOX is the running server's setting, not the build's: the page renders per
  // request, as every page under app/[locale]/layout.tsx (which reads the request) does.
  if (!devMailboxEnabled()) notFound();
  const db = await getDb();
  const mails = await db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: 30 });
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <h1 className="text-3xl sm:text-4xl">Development mailbox</h1>
      <Card tone="clay">
        <p>
          No email server is configured (set <code>SMTP_URL</code>) and <code>DEV_MAILBOX=1</code> is set, so the site keeps its emails here.
          Anyone who can open this page can read them: never run a public site like this.
        </p>
      </Card>
      {mails.length === 0 ? <p>No emails yet.</p> : null}
      <ol className="flex flex-col gap-4" aria-label="Emails, newest first">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Card as="article">
              <h2 className="text-xl">{mail.subject}</h2>
              <p className="text-sm text-ink-muted">
                To {mail.to} · {when.format(mail.createdAt)} UTC
              </p>
              <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-base">{mail.text}</pre>
            </Card>
          </li>
        ))}
      </ol>
    </Container>
  );
}
