"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { initialFormState } from "@/lib/forms/form-state";
import type { UploadState } from "@/lib/import/import-actions";

type Props = {
  action: (previous: UploadState, formData: FormData) => Promise<UploadState>;
  formats: { value: string; label: string }[];
  maxMegabytes: number;
};

/** The file, where it comes from and (when its name doesn't say) its format. Works without JavaScript. */
export function UploadForm({ action, formats, maxMegabytes }: Props) {
  const t = useTranslations("Import.upload");
  const [state, formAction, pending] = useActionState<UploadState, FormData>(action, initialFormState({}));
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5" aria-label={t("label")}>
      <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
      <Field label={t("file")} hint={t("fileHint", { max: maxMegabytes })} errors={state.errors.file}>
        {(control) => <Input {...control} type="file" name="file" required accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl,text/csv,application/json" className="py-2" />}
      </Field>
      <Field
        label={t("source")}
        hint={t("sourceHint")}
        errors={state.errors.source}
      >
        {(control) => <Input {...control} name="source" required maxLength={80} defaultValue={state.values.source} key={`source-${state.version}`} autoComplete="off" />}
      </Field>
      <Field label={t("format")} optional hint={t("formatHint")} errors={state.errors.format}>
        {(control) => (
          <Select {...control} name="format" defaultValue={state.values.format ?? ""} key={`format-${state.version}`}>
            <option value="">{t("formatAuto")}</option>
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("uploading") : t("submit")}
        </Button>
      </div>
      <p className="text-sm text-ink-muted">{t("nothingYet")}</p>
    </form>
  );
}
