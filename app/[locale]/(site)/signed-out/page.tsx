import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = { title: "Signed out", robots: { index: false } };

/** Where "Sign out" lands. Says plainly that the session is over, for shared computers. */
export default function SignedOutPage() {
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">You&rsquo;re signed out</h1>
      <Card tone="sage">
        <p className="text-lg">Your session on this device has ended. Anyone using it next can&rsquo;t see or change your listings.</p>
      </Card>
      <div className="flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/signin">Sign in again</ButtonLink>
        <ButtonLink href="/groups" variant="secondary">
          Find a group
        </ButtonLink>
      </div>
    </Container>
  );
}
