"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { initialFormState, type ListingFormState } from "@/lib/listings/form-state";
import type { ListingInput } from "@/lib/listings/listing-input";
import { AboutFields } from "./about-fields";
import { ErrorSummary } from "./error-summary";
import { FormSection } from "./form-section";
import { HoneypotField } from "./honeypot-field";
import { WhenFields } from "./when-fields";
import { WhereFields } from "./where-fields";

export type ListingFormChoices = {
  languages: { code: string; name: string }[];
  countries: { code: string; name: string }[];
  timeZones: string[];
};

type Props = {
  action: (state: ListingFormState, formData: FormData) => Promise<ListingFormState>;
  initialValues: ListingInput;
  choices: ListingFormChoices;
  /** "YYYY-MM-DD", the first date of a new meeting block. */
  today: string;
  submitLabel: string;
  /** Shown beside the button: what happens after sending. */
  afterNote?: ReactNode;
};

/**
 * The listing form, for new listings and edits. It posts to a server action, so it works
 * without JavaScript; the action answers with what was typed and the errors, and the form
 * re-renders from them, so nothing typed is lost.
 */
export function ListingForm({ action, initialValues, choices, today, submitLabel, afterNote }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState(initialValues));
  const summary = useRef<HTMLDivElement>(null);
  const [browserZone, setBrowserZone] = useState("");

  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? ""), []);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  return (
    <div className="flex flex-col gap-6">
      {/* The live regions stay in the page so a message that appears is announced. With
          field errors the summary below says it all, and takes the focus. */}
      <div>
        <FormMessage>{state.status === "error" && Object.keys(state.errors).length === 0 ? state.message : null}</FormMessage>
        <FormMessage tone="success">{state.status === "info" ? state.message : null}</FormMessage>
      </div>
      <ErrorSummary ref={summary} errors={state.errors} />
      {/* A new key each answer: the fields re-render from the values sent back. */}
      <form key={state.version} action={formAction} noValidate className="group relative flex flex-col gap-10">
        {/* Enter in a field presses the first submit button: make that this one, not "Remove meeting". */}
        <button type="submit" tabIndex={-1} aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          {submitLabel}
        </button>
        <HoneypotField />
        <input type="hidden" name="browserTimeZone" value={browserZone} />
        <FormSection id="about" title="About the group">
          <AboutFields values={state.values} errors={state.errors} languages={choices.languages} />
        </FormSection>
        <FormSection id="where" title="Where" intro="Where parents go to join a meeting.">
          <WhereFields values={state.values} errors={state.errors} countries={choices.countries} />
        </FormSection>
        <FormSection id="when" title="When" intro="The regular meetings. You can cancel single dates later from your dashboard.">
          <WhenFields values={state.values} errors={state.errors} timeZones={choices.timeZones} today={today} />
        </FormSection>
        <div className="flex flex-col gap-3 border-t border-line pt-8 sm:flex-row sm:items-center sm:gap-6">
          <Button type="submit" size="lg" disabled={pending} className="shrink-0">
            {pending ? "Sending…" : submitLabel}
          </Button>
          {afterNote ? <p className="text-ink-muted">{afterNote}</p> : null}
        </div>
      </form>
    </div>
  );
}
