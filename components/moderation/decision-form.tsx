"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { initialFormState } from "@/lib/forms/form-state";
import type { DecisionField, DecisionState } from "@/lib/moderation/moderator-actions";

type Props = {
  /** A moderator action with its listing, revision or report id already bound. */
  action: (previous: DecisionState, formData: FormData) => Promise<DecisionState>;
  title: string;
  description?: string;
  submitLabel: string;
  variant?: ButtonVariant;
  /** The textarea, when the decision needs words for the organiser or the log. */
  field?: { name: DecisionField; label: string; hint?: string; optional?: boolean };
  compact?: boolean;
};

/** One decision as its own form: a server action that works without JavaScript. */
export function DecisionForm({ action, title, description, submitLabel, variant = "primary", field, compact = false }: Props) {
  const [state, formAction, pending] = useActionState<DecisionState, FormData>(action, initialFormState({}));
  const id = useId();
  const t = useTranslations("Moderation.decision");
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby={compact ? undefined : `${id}-title`}
      aria-label={compact ? title : undefined}
      className={compact ? "flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end" : "flex flex-col gap-4"}
    >
      {compact ? null : (
        <div className="flex flex-col gap-1">
          <h3 id={`${id}-title`} className="text-xl">
            {title}
          </h3>
          {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
        </div>
      )}
      <FormMessage className={compact ? "sm:w-full" : undefined}>{state.status === "error" ? state.message : null}</FormMessage>
      {field ? (
        <Field
          label={field.label}
          hint={field.hint}
          optional={field.optional}
          errors={state.errors[field.name]}
          id={`${id}-${field.name}`}
          className={compact ? "sm:min-w-0 sm:flex-1" : undefined}
        >
          {(control) =>
            compact ? (
              <Input {...control} name={field.name} maxLength={1000} required={!field.optional} defaultValue={state.values?.[field.name]} />
            ) : (
              <Textarea {...control} name={field.name} rows={4} maxLength={2000} required={!field.optional} defaultValue={state.values?.[field.name]} />
            )
          }
        </Field>
      ) : null}
      <div>
        <Button type="submit" variant={variant} size={compact ? "sm" : "md"} disabled={pending} className={compact ? "min-h-12" : undefined}>
          {pending ? t("saving") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
