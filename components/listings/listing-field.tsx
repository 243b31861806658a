import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/forms/form-state";
import { isTicked, listOf, textOf } from "@/lib/forms/form-values";
import type { ChoiceList, FieldView } from "@/lib/listings/form-layout";
import { CheckboxGroup } from "./checkbox-group";
import { fieldId } from "./field-ids";
import { RadioOption } from "./radio-option";

export type ListingFormChoices = {
  languages: { code: string; name: string }[];
  countries: { code: string; name: string }[];
  timeZones: string[];
};

type Option = { value: string; label: string; hint?: string };

/** "Europe/London" -> "Europe", for the time-zone select's groups; null for "UTC" and the like. */
const regionOf = (zone: string) => (zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : null);

function optionsOf(options: readonly Option[] | ChoiceList, choices: ListingFormChoices): Option[] {
  if (options === "languages") return choices.languages.map((l) => ({ value: l.code, label: l.name }));
  if (options === "countries") return choices.countries.map((c) => ({ value: c.code, label: c.name }));
  if (options === "timeZones") return choices.timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
  return [...options];
}

/** Select options; time zones grouped by region so the long list can be scanned. */
function SelectOptions({ options, grouped }: { options: Option[]; grouped: boolean }) {
  const t = useTranslations("Listing");
  if (!grouped) return options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
  // Regions are the zones' own identifiers (IANA's "America", "Europe"), as the zones are.
  const regions = new Map<string, Option[]>();
  for (const o of options) {
    const region = regionOf(o.value) ?? t("otherTimeZones");
    regions.set(region, [...(regions.get(region) ?? []), o]);
  }
  return [...regions].map(([region, list]) => (
    <optgroup key={region} label={region}>
      {list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </optgroup>
  ));
}

type Props = { name: string; def: FieldView; value: unknown; errors: FieldErrors; choices: ListingFormChoices };

/** One field of the listing form, drawn from its entry in the field list. */
export function ListingField({ name, def, value, errors, choices }: Props) {
  const t = useTranslations("Listing");
  const id = fieldId(name);
  const common = { id, label: def.label, hint: def.hint, optional: def.optional, errors: errors[name] };
  const input = def.input;
  switch (input.kind) {
    case "text":
      return <Field {...common}>{(control) => <Input {...control} name={name} type={input.type ?? "text"} inputMode={input.type === "url" ? "url" : undefined} autoComplete={input.autoComplete} defaultValue={textOf(value)} />}</Field>;
    case "textarea":
      return <Field {...common}>{(control) => <Textarea {...control} name={name} rows={input.rows} defaultValue={textOf(value)} />}</Field>;
    case "select":
      return (
        <Field {...common}>
          {(control) => (
            <Select {...control} name={name} defaultValue={textOf(value) ?? ""}>
              <option value="">{input.placeholder ?? t("choose")}</option>
              <SelectOptions options={optionsOf(input.options, choices)} grouped={input.options === "timeZones"} />
            </Select>
          )}
        </Field>
      );
    case "tick":
      return <Checkbox id={id} name={name} label={def.label} hint={def.hint} defaultChecked={isTicked(value)} />;
    case "ticks":
      return (
        <Fieldset legend={def.label} hint={def.hint} errors={errors[name]}>
          <CheckboxGroup name={name} options={optionsOf(input.options, choices)} checked={listOf(value)} firstId={id} className={input.columns === 3 ? "grid grid-cols-2 gap-x-6 sm:grid-cols-3" : "grid gap-x-6 sm:grid-cols-2"} />
        </Fieldset>
      );
    case "yesNo":
    case "radio": {
      const options: Option[] = input.kind === "yesNo" ? input.options.map((o) => ({ value: String(o.value), label: o.label })) : [...input.options];
      return (
        <Fieldset legend={def.label} hint={def.hint} errors={errors[name]}>
          {options.map((option, i) => (
            // data-<name> (lower case, as HTML has it) lets CSS show the parts of the form that apply to the choice.
            <RadioOption key={option.value} id={i === 0 ? id : `${name}-${option.value}`} name={name} value={option.value} label={option.label} hint={option.hint} defaultChecked={textOf(value) === option.value} {...{ [`data-${name.toLowerCase()}`]: option.value }} />
          ))}
        </Fieldset>
      );
    }
  }
}
