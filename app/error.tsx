"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

// Never shows the error itself: a message or stack is no use to a tired parent and may leak details.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container width="narrow" className="flex flex-col gap-6 pt-10 sm:pt-16">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">Sorry, something went wrong on our side</h1>
        <p className="text-lg text-ink-muted">
          It&rsquo;s not anything you did. Please try again; if it keeps happening, come back a little later.
        </p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Go to the home page
        </ButtonLink>
      </div>
      <p className="text-base text-ink-muted">
        If you need to talk to someone now,{" "}
        <Link href="/help-now" className="font-medium text-rose-800">
          see crisis and support lines
        </Link>
        .
      </p>
    </Container>
  );
}
