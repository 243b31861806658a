import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { RADII } from "@/lib/groups/vocabulary";
import { Suspense } from "react";
import { NearMeButton } from "./near-me-button";

type Props = { near?: string; q?: string; radius: number; unit: "mi" | "km"; nearErrors?: string[] };

/** Place, distance and words: the part of the search form everyone uses. */
export function SearchBar({ near, q, radius, unit, nearErrors }: Props) {
  const radii = RADII.includes(radius as (typeof RADII)[number]) ? RADII : [...RADII, radius].sort((a, b) => a - b);
  return (
    <div className="grid gap-4 rounded-card border border-line bg-paper-raised p-4 shadow-card sm:p-6 md:grid-cols-[minmax(0,2fr)_auto_minmax(0,1.5fr)_auto] md:items-end">
      <Field label="Town, city or postcode" hint="For example Austin, 78704, Leeds or M5V 2T6" errors={nearErrors}>
        {(control) => <Input {...control} name="near" defaultValue={near} autoComplete="address-level2" enterKeyHint="search" />}
      </Field>
      <div className="flex items-end gap-2">
        <Field label="Within">
          {(control) => (
            <Select {...control} name="radius" defaultValue={String(radius)} className="w-24">
              {radii.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={<span className="sr-only">Distance unit</span>}>
          {(control) => (
            <Select {...control} name="unit" defaultValue={unit} className="w-24">
              <option value="mi">miles</option>
              <option value="km">km</option>
            </Select>
          )}
        </Field>
      </div>
      <Field label="Words to look for" optional hint="Group name, venue or topic">
        {(control) => <Input {...control} name="q" defaultValue={q} type="search" />}
      </Field>
      <div className="flex flex-col gap-2">
        <Button type="submit" size="md">
          Search
        </Button>
      </div>
      <div className="md:col-span-4">
        <Suspense fallback={<div className="min-h-tap" />}>
          <NearMeButton />
        </Suspense>
      </div>
    </div>
  );
}
