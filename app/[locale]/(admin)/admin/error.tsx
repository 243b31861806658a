"use client";

import { RouteError } from "@/components/site/route-error";

export default function ModerationError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError error={error} retry={retry} heading="We couldn’t load this moderation page" back={{ href: "/admin", label: "Back to the queue" }}>
      <p>If you had just sent a decision, the queue shows whether it was saved.</p>
      <p>Please try again. If it keeps happening, come back a little later.</p>
    </RouteError>
  );
}
