"use client";

import { RouteError } from "@/components/site/route-error";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError error={error} retry={retry} heading="Sorry, something went wrong on our side" back={{ href: "/", label: "Go to the home page" }}>
      <p>It&rsquo;s not anything you did. Please try again; if it keeps happening, come back a little later.</p>
    </RouteError>
  );
}
