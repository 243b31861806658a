"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { CONTACT_MESSAGE_MAX } from "@/lib/contact/contact-limits";
import type { ContactResult } from "@/lib/contact/relay-contact-message";
import { initialFormState } from "@/lib/forms/form-state";
import { contactOrganiserAction } from "@/lib/contact/contact-actions";
import { Honeypot } from "@/components/forms/honeypot";

/**
 * Sends a message to the organiser by email. Their address never reaches the page: the
 * server relays the message with Reply-To set to the visitor. Works without JavaScript.
 */
export function ContactForm({ slug, groupName }: { slug: string; groupName: string }) {
  const [state, action, pending] = useActionState<ContactResult, FormData>(contactOrganiserAction, initialFormState({}));
  const id = useId();
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "success") sentRef.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-2xl">
        Contact the organiser
      </h2>
      {state.status === "success" ? (
        <div ref={sentRef} tabIndex={-1} className="outline-none">
          <FormMessage tone="success">{state.message}</FormMessage>
        </div>
      ) : (
        <form action={action} noValidate className="relative flex flex-col gap-5 rounded-card border border-line bg-paper-raised p-5 shadow-card sm:p-6">
          <p className="text-ink-muted">
            Ask {groupName} a question before you go. We pass your message on by email; the organiser replies to you directly.
          </p>
          <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
          <input type="hidden" name="slug" value={slug} />
          <Field label="Your name" errors={state.errors.name}>
            {(control) => <Input {...control} name="name" autoComplete="name" maxLength={100} required defaultValue={state.values?.name} />}
          </Field>
          <Field label="Your email address" hint="The organiser sees it so they can reply. It never appears on the site." errors={state.errors.email}>
            {(control) => <Input {...control} name="email" type="email" autoComplete="email" maxLength={254} required defaultValue={state.values?.email} />}
          </Field>
          <Field label="Your message" hint={`Up to ${CONTACT_MESSAGE_MAX} characters.`} errors={state.errors.message}>
            {(control) => <Textarea {...control} name="message" rows={5} maxLength={CONTACT_MESSAGE_MAX} required defaultValue={state.values?.message} />}
          </Field>
          <Honeypot id={`${id}-website`} />
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send message"}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
