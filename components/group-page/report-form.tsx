"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Fieldset, FormMessage } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { initialFormState } from "@/lib/forms/form-state";
import { REPORT_DETAILS_MAX, REPORT_REASONS } from "@/lib/moderation/report-reasons";
import type { ReportResult } from "@/lib/moderation/report-problem";
import { reportProblemAction } from "@/lib/moderation/report-actions";
import { Honeypot } from "@/components/forms/honeypot";

type Props = { slug: string };

/**
 * "Report a problem": tucked into a disclosure so it doesn't compete with the listing.
 * A plain form post without JavaScript; the page, at the same address and so in the same
 * language, comes back open with the result.
 */
export function ReportForm(props: Props) {
  const [state, action, pending] = useActionState<ReportResult, FormData>(reportProblemAction, initialFormState({}));
  return <ReportFormView {...props} state={state} action={action} pending={pending} />;
}

/** The form as it looks for one answer of the server (any state, so it can be shown and tested alone). */
export function ReportFormView({ slug, state, action, pending }: Props & { state: ReportResult; action: (formData: FormData) => void; pending: boolean }) {
  const t = useTranslations("Contact");
  const id = useId();
  const thanksRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "success") thanksRef.current?.focus();
  }, [state]);

  return (
    <details open={state.status !== "idle"} className="group rounded-card border border-line bg-paper-raised">
      <summary className="flex min-h-tap cursor-pointer list-none items-center justify-between gap-3 rounded-card px-5 py-3 font-semibold text-ink hover:bg-ink/5 sm:px-6 [&::-webkit-details-marker]:hidden">
        <span>{t("reportSummary")}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" className="h-5 w-5 shrink-0 text-ink-muted transition-transform group-open:rotate-180">
          <path d="m5 7.5 5 5 5-5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </summary>
      <div className="border-t border-line px-5 pb-6 pt-4 sm:px-6">
        {state.status === "success" ? (
          <div ref={thanksRef} tabIndex={-1} className="outline-none">
            <FormMessage tone="success">{state.message}</FormMessage>
          </div>
        ) : (
          <form action={action} noValidate className="relative flex flex-col gap-5">
            <p className="text-sm text-ink-muted">{t("reportIntro")}</p>
            <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
            <input type="hidden" name="slug" value={slug} />
            <Fieldset legend={t("reportReasonLegend")} errors={state.errors.reason}>
              <div className="flex flex-col">
                {REPORT_REASONS.map((reason) => (
                  <label key={reason} htmlFor={`${id}-${reason}`} className="flex min-h-tap cursor-pointer items-center gap-3 py-1.5">
                    <input
                      id={`${id}-${reason}`}
                      type="radio"
                      name="reason"
                      value={reason}
                      required
                      defaultChecked={state.values?.reason === reason}
                      className="h-5 w-5 shrink-0 cursor-pointer accent-clay-600"
                    />
                    <span>{t(`reasons.${reason}`)}</span>
                  </label>
                ))}
              </div>
            </Fieldset>
            {/* The limit as text, so it reads "1000" as it always has rather than as a formatted number. */}
            <Field label={t("reportDetailsLabel")} optional hint={t("reportDetailsHint", { max: String(REPORT_DETAILS_MAX) })} errors={state.errors.details}>
              {(control) => <Textarea {...control} name="details" rows={4} maxLength={REPORT_DETAILS_MAX} defaultValue={state.values?.details} />}
            </Field>
            <Honeypot id={`${id}-website`} />
            <div>
              <Button type="submit" variant="secondary" disabled={pending}>
                {pending ? t("sending") : t("sendReport")}
              </Button>
            </div>
          </form>
        )}
      </div>
    </details>
  );
}
