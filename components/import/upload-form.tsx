"use client";

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
  const [state, formAction, pending] = useActionState<UploadState, FormData>(action, initialFormState({}));
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5" aria-label="Upload a file to import">
      <FormMessage>{state.status === "error" ? state.message : null}</FormMessage>
      <Field label="File" hint={`A CSV or Excel (.xlsx) file made from the template, an HSDS services file or a Meeting Guide feed (JSON). Up to ${maxMegabytes} MB; larger files with npm run import.`} errors={state.errors.file}>
        {(control) => <Input {...control} type="file" name="file" required accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl,text/csv,application/json" className="py-2" />}
      </Field>
      <Field
        label="Where the data comes from"
        hint="For example “St Mary's Hospital”. Use the same name each time you import this source's file: rows whose id was imported before update those listings instead of adding them again."
        errors={state.errors.source}
      >
        {(control) => <Input {...control} name="source" required maxLength={80} defaultValue={state.values.source} key={`source-${state.version}`} autoComplete="off" />}
      </Field>
      <Field label="Format" optional hint="Leave it to us unless the file's name doesn't say what it is." errors={state.errors.format}>
        {(control) => (
          <Select {...control} name="format" defaultValue={state.values.format ?? ""} key={`format-${state.version}`}>
            <option value="">Work it out from the file</option>
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
          {pending ? "Uploading…" : "Check the file"}
        </Button>
      </div>
      <p className="text-sm text-ink-muted">Nothing is imported yet: you’ll see every row first.</p>
    </form>
  );
}
