"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { confirmByLinkAction, type ConfirmLinkState } from "@/lib/listings/confirm-link-action";
import { Link } from "@/lib/i18n/navigation";

type Props = { groupId: string; token: string; name: string; slug: string; published: boolean };

/** "Yes, it's still running": one press, no sign-in; a plain form post, so it works without JavaScript. */
export function ConfirmLinkForm({ groupId, token, name, slug, published }: Props) {
  const t = useTranslations("Organiser");
  const [state, action, pending] = useActionState<ConfirmLinkState, FormData>(confirmByLinkAction, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <h1 className="text-3xl sm:text-4xl">{t("confirmedHeading", { date: state.confirmedOn })}</h1>
        <Card tone="sage" className="flex flex-col gap-3" role="status">
          <p>{t.rich("confirmedText", { name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p>{t("confirmedChanged")}</p>
        </Card>
        <div className="flex flex-wrap gap-3">
          {published ? (
            <ButtonLink href={`/groups/${slug}`} variant="secondary">
              {t("seeListing")}
            </ButtonLink>
          ) : null}
          <ButtonLink href="/organiser" variant="ghost">
            {t("signInToEdit")}
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">{t("stillRunningHeading", { name })}</h1>
      <Card className="flex flex-col gap-4">
        <p>{t("stillRunningText")}</p>
        <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
        <form action={action}>
          <input type="hidden" name="group" value={groupId} />
          <input type="hidden" name="token" value={token} />
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? t("saving") : t("yesStillRunning")}
          </Button>
        </form>
      </Card>
      <p className="text-ink-muted">
        {t.rich("changedOrStopped", {
          link: (chunks) => <Link href="/organiser">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
