"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { CONTACT_MESSAGE_MAX } from "@/lib/contact/contact-limits";
import type { ContactResult } from "@/lib/contact/relay-contact-message";
import { initialFormState } from "@/lib/forms/form-state";
import { contactOrganiserAction } from "@/lib/contact/contact-actions";
import { Honeypot } from "@/components/forms/honeypot";

type Props = { slug: string; groupName: string };

/**
 * Sends a message to the organiser by email. Their address never reaches the page: the
 * server relays the message with Reply-To set to the visitor. Works without JavaScript:
 * the post comes back to the same address, so a Spanish page answers in Spanish.
 */
export function ContactForm(props: Props) {
  const [state, action, pending] = useActionState<ContactResult, FormData>(contactOrganiserAction, initialFormState({}));
  return <ContactFormView {...props} state={state} action={action} pending={pending} />;
}

/** The form as it looks for one answer of the server (any state, so it can be shown and tested alone). */
export function ContactFormView({ slug, groupName, state, action, pending }: Props & { state: ContactResult; action: (formData: FormData) => void; pending: boolean }) {
  const t = useTranslations("Contact");
  const id = useId();
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "success") sentRef.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-2xl">
        {t("contactHeading")}
      </h2>
      {state.status === "success" ? (
        <div ref={sentRef} tabIndex={-1} className="outline-none">
          <FormMessage tone="success">{state.message}</FormMessage>
        </div>
      ) : (
        <form action={action} noValidate className="relative flex flex-col gap-5 rounded-card border border-line bg-paper-raised p-5 shadow-card sm:p-6">
          <p className="text-ink-muted">{t("contactIntro", { group: groupName })}</p>
          <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
          <input type="hidden" name="slug" value={slug} />
          <Field label={t("nameLabel")} errors={state.errors.name}>
            {(control) => <Input {...control} name="name" autoComplete="name" maxLength={100} required defaultValue={state.values?.name} />}
          </Field>
          <Field label={t("emailLabel")} hint={t("emailHint")} errors={state.errors.email}>
            {(control) => <Input {...control} name="email" type="email" autoComplete="email" maxLength={254} required defaultValue={state.values?.email} />}
          </Field>
          {/* The limit as text, so it reads "2000" as it always has rather than as a formatted number. */}
          <Field label={t("messageLabel")} hint={t("messageHint", { max: String(CONTACT_MESSAGE_MAX) })} errors={state.errors.message}>
            {(control) => <Textarea {...control} name="message" rows={5} maxLength={CONTACT_MESSAGE_MAX} required defaultValue={state.values?.message} />}
          </Field>
          <Honeypot id={`${id}-website`} />
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? t("sending") : t("sendMessage")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
