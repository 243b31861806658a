"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { confirmByLinkAction, type ConfirmLinkState } from "@/lib/listings/confirm-link-action";

type Props = { groupId: string; token: string; name: string; slug: string; published: boolean };

/** "Yes, it's still running": one press, no sign-in; a plain form post, so it works without JavaScript. */
export function ConfirmLinkForm({ groupId, token, name, slug, published }: Props) {
  const [state, action, pending] = useActionState<ConfirmLinkState, FormData>(confirmByLinkAction, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <h1 className="text-3xl sm:text-4xl">Thanks, confirmed on {state.confirmedOn}</h1>
        <Card tone="sage" className="flex flex-col gap-3" role="status">
          <p>
            <strong>{name}</strong> is marked as still running, so parents can trust the listing. We’ll ask again in a few months.
          </p>
          <p>If the day, time or place has changed, sign in and edit the listing.</p>
        </Card>
        <div className="flex flex-wrap gap-3">
          {published ? (
            <ButtonLink href={`/groups/${slug}`} variant="secondary">
              See the listing
            </ButtonLink>
          ) : null}
          <ButtonLink href="/organiser" variant="ghost">
            Sign in to edit
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">Is {name} still running?</h1>
      <Card className="flex flex-col gap-4">
        <p>Parents trust listings that their organisers keep up to date. If the group still meets, press the button: that’s all, no sign-in needed.</p>
        <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
        <form action={action}>
          <input type="hidden" name="group" value={groupId} />
          <input type="hidden" name="token" value={token} />
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? "Saving…" : "Yes, it's still running"}
          </Button>
        </form>
      </Card>
      <p className="text-ink-muted">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        Has it changed or stopped? <a href="/organiser">Sign in</a> to edit or archive the listing.
      </p>
    </>
  );
}
