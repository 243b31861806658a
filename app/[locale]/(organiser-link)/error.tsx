"use client";

import { RouteError } from "@/components/site/route-error";

export default function ConfirmLinkError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError error={error} retry={retry} heading="We couldn’t open this link" back={{ href: "/organiser", label: "Sign in to your listings" }}>
      <p>Your listing hasn&rsquo;t been changed. Please try the link again in a moment, or sign in and confirm it from My groups.</p>
    </RouteError>
  );
}
