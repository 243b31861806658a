"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { requestSignInLinkAction } from "@/lib/auth/sign-in-action";
import { initialSignInState } from "@/lib/auth/sign-in-form-state";

type Props = { callbackUrl: string; initialError?: string | null };

/**
 * Asks for an email address and sends a one-time sign-in link. A plain form posting to a
 * server action, so it works before JavaScript loads and without it.
 */
export function SignInForm({ callbackUrl, initialError }: Props) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState(requestSignInLinkAction, initialSignInState(initialError ?? null));
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage>{state.message}</FormMessage>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label={t("emailLabel")} hint={t("emailHint")} errors={state.errors.email}>
        {(control) => <Input {...control} key={state.version} name="email" type="email" autoComplete="email" defaultValue={state.values.email} required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("sendingLink") : t("sendLink")}
      </Button>
    </form>
  );
}
