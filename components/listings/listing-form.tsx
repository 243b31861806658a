"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Honeypot } from "@/components/forms/honeypot";
import { Button } from "@/components/ui/button";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { FormMessage } from "@/components/ui/field";
import { initialFormState } from "@/lib/forms/form-state";
import type { ListingFormFields } from "@/lib/listings/form-layout";
import type { ListingInput } from "@/lib/listings/form-input";
import type { ListingFormState } from "@/lib/listings/listing-form-actions";
import { ErrorSummary } from "./error-summary";
import type { ListingFormChoices } from "./listing-field";
import { ListingSections } from "./listing-sections";

type Props = {
  action: (state: ListingFormState, formData: FormData) => Promise<ListingFormState>;
  /** The field list without its schemas, worded in the page's language (listingFormFields), from the server. */
  fields: ListingFormFields;
  initialValues: ListingInput;
  choices: ListingFormChoices;
  /** "YYYY-MM-DD", the first date of a new meeting block. */
  today: string;
  submitLabel: string;
  /** Shown beside the button: what happens after sending. */
  afterNote?: ReactNode;
};

/**
 * The listing form, for new listings and edits, drawn from the field list. It posts to a
 * server action, so it works without JavaScript; the action answers with what was typed
 * and the errors, and the form re-renders from them, so nothing typed is lost.
 */
export function ListingForm({ action, fields, initialValues, choices, today, submitLabel, afterNote }: Props) {
  const t = useTranslations("Listing");
  const [state, formAction, pending] = useActionState(action, initialFormState(initialValues));
  const summary = useRef<HTMLDivElement>(null);
  // An online group's time zone defaults to the organiser's browser's (see the listing schema).
  const browserZone = useBrowserValue(() => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "", "");
  const { errors } = state;

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  return (
    <div className="flex flex-col gap-6">
      {/* The live regions stay in the page so a message that appears is announced. With
          field errors the summary below says it all, and takes the focus. */}
      <div>
        <FormMessage>{state.status === "error" && Object.keys(errors).length === 0 ? state.message : null}</FormMessage>
        <FormMessage tone="success">{state.status === "info" ? state.message : null}</FormMessage>
      </div>
      <ErrorSummary ref={summary} errors={errors} fields={fields} />
      {/* A new key each answer: the fields re-render from the values sent back. */}
      <form key={state.version} action={formAction} noValidate className="group relative flex flex-col gap-10">
        {/* Enter in a field presses the first submit button: make that this one, not "Remove meeting". */}
        <button type="submit" tabIndex={-1} aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          {submitLabel}
        </button>
        <Honeypot />
        <input type="hidden" name="browserTimeZone" value={browserZone} />
        <ListingSections fields={fields} values={state.values} errors={errors} choices={choices} today={today} />
        <div className="flex flex-col gap-3 border-t border-line pt-8 sm:flex-row sm:items-center sm:gap-6">
          <Button type="submit" size="lg" disabled={pending} className="shrink-0">
            {pending ? t("sending") : submitLabel}
          </Button>
          {afterNote ? <p className="text-ink-muted">{afterNote}</p> : null}
        </div>
      </form>
    </div>
  );
}
