import { useTranslations } from "next-intl";
import { Fieldset } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { FieldView, TickGroup } from "@/lib/listings/form-layout";
import type { ListingInput } from "@/lib/listings/form-input";
import { ListingField, type ListingFormChoices } from "./listing-field";

type Props = {
  fields: Record<string, FieldView>;
  names: readonly string[];
  values: ListingInput;
  errors: FieldErrors;
  choices: ListingFormChoices;
  /** "location." for the address fields, whose values sit in `values` under their own names. */
  prefix?: string;
};

type Run = { group: TickGroup | null; names: string[] };

/** Consecutive ticks of one group go together under the group's legend. */
function runsOf(fields: Record<string, FieldView>, names: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (const name of names) {
    const input = fields[name]!.input;
    const group = input.kind === "tick" && input.group ? input.group : null;
    const last = runs.at(-1);
    if (group && last?.group === group) last.names.push(name);
    else runs.push({ group, names: [name] });
  }
  return runs;
}

/** Fields of the listing form in list order, each drawn from its definition. */
export function FieldGroup({ fields, names, values, errors, choices, prefix = "" }: Props) {
  const t = useTranslations("Listing");
  const one = (name: string) => <ListingField key={name} name={`${prefix}${name}`} def={fields[name]!} value={values[name]} errors={errors} choices={choices} />;
  return runsOf(fields, names).map((run) =>
    run.group ? (
      <Fieldset key={run.group} legend={t(`${run.group}.legend`)} hint={t(`${run.group}.hint`)}>
        {run.names.map(one)}
      </Fieldset>
    ) : (
      run.names.map(one)
    ),
  );
}
