"use client";

import { RouteError } from "@/components/site/route-error";

export default function OrganiserError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError error={error} retry={retry} heading="We couldn’t load this page" back={{ href: "/organiser", label: "Back to My groups" }}>
      <p>It&rsquo;s not anything you did, and your listings are safe: nothing you saved before has been lost.</p>
      <p>Please try again. If it keeps happening, come back a little later.</p>
    </RouteError>
  );
}
