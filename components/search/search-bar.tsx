import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { RADII } from "@/lib/groups/vocabulary";
import { NearMeButton } from "./near-me-button";

type Props = { near?: string; radius: number; unit: "mi" | "km" };

/** Place and distance: the part of the search form everyone uses, kept short for phones. */
export function SearchBar({ near, radius, unit }: Props) {
  const radii = RADII.includes(radius as (typeof RADII)[number]) ? RADII : [...RADII, radius].sort((a, b) => a - b);
  return (
    <div className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-4 shadow-card sm:p-5">
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_auto] md:items-end">
        <Field label="Town, city or postcode">
          {(control) => <Input {...control} name="near" defaultValue={near} autoComplete="address-level2" enterKeyHint="search" placeholder="e.g. Austin, 78704, Leeds" />}
        </Field>
        <div className="grid grid-cols-[auto_auto_minmax(0,1fr)] items-end gap-2">
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
              <Select {...control} name="unit" defaultValue={unit} className="w-28">
                <option value="mi">miles</option>
                <option value="km">km</option>
              </Select>
            )}
          </Field>
          <Button type="submit" className="min-w-28">
            Search
          </Button>
        </div>
      </div>
      <Suspense fallback={<div className="min-h-tap" />}>
        <NearMeButton />
      </Suspense>
    </div>
  );
}
