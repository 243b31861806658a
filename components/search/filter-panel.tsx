import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SearchFilters } from "@/lib/groups/search-params";
import { toSearchParams } from "@/lib/groups/search-params";
import { AUDIENCES, COSTS, DAYS, FORMATS, ONLINE_CHOICES, TIMES_OF_DAY, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { activeFilterCount } from "./active-filters";

type Props = { filters: SearchFilters; languages: { code: string; name: string }[] };

type Option = { slug: string; label: string; checked: boolean };

const optionsOf = <V extends string>(map: Record<string, { value: V; label: string }>, selected: readonly V[]): Option[] =>
  Object.entries(map).map(([slug, e]) => ({ slug, label: e.label, checked: selected.includes(e.value) }));

function CheckboxGroup({ legend, name, options }: { legend: string; name: string; options: Option[] }) {
  return (
    <Fieldset legend={legend}>
      <div className="flex flex-col">
        {options.map((o) => (
          <Checkbox key={o.slug} name={name} value={o.slug} defaultChecked={o.checked} label={o.label} />
        ))}
      </div>
    </Fieldset>
  );
}

function RadioGroup({ legend, name, options }: { legend: string; name: string; options: Option[] }) {
  return (
    <Fieldset legend={legend}>
      <div className="flex flex-col">
        {options.map((o) => (
          <label key={o.slug} className="flex min-h-tap cursor-pointer items-center gap-3 py-2">
            <input type="radio" name={name} value={o.slug} defaultChecked={o.checked} className="h-6 w-6 shrink-0 accent-clay-600" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * Every filter, part of the search GET form. On phones a closed disclosure (a <details>, so
 * no JavaScript), so the results come first; from lg up an open sidebar beside them (see
 * .filter-sidebar in globals.css).
 */
export function FilterPanel({ filters, languages }: Props) {
  const count = activeFilterCount(filters);
  const clearHref = `/groups?${toSearchParams({ ...filters, q: undefined, formats: [], venues: [], days: [], times: [], audiences: [], languages: [], cost: undefined, babies: false, childcare: false, accessible: false, online: "include", page: 1 })}`;
  const badge = count > 0 ? <span className="ml-2 rounded-full bg-clay-600 px-2 py-0.5 font-sans text-sm font-semibold text-white">{count} on</span> : null;
  return (
    <details className="filter-sidebar group rounded-card border border-line bg-paper-raised shadow-card">
      <summary className="flex min-h-12 list-none items-center justify-between gap-2 rounded-card px-4 py-2 text-lg font-semibold group-open:rounded-b-none group-open:border-b group-open:border-line sm:px-5 [&::-webkit-details-marker]:hidden">
        <span>
          Filters{badge}
        </span>
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-6 px-5 pb-6 pt-5">
        <h2 className="filter-sidebar-title text-lg font-semibold">
          Filters{badge}
        </h2>
        <Field label="Words to look for" hint="Group name, venue or topic, such as sleep or twins">
          {(control) => <Input {...control} name="q" defaultValue={filters.q} type="search" />}
        </Field>
        <RadioGroup
          legend="Online groups"
          name="online"
          options={Object.entries(ONLINE_CHOICES).map(([slug, label]) => ({ slug, label, checked: filters.online === slug }))}
        />
        <CheckboxGroup legend="How it meets" name="format" options={optionsOf(FORMATS, filters.formats)} />
        <CheckboxGroup legend="Day" name="day" options={optionsOf(DAYS, filters.days)} />
        <CheckboxGroup
          legend="Time of day"
          name="time"
          options={Object.entries(TIMES_OF_DAY).map(([slug, t]) => ({ slug, label: t.label, checked: filters.times.includes(slug as keyof typeof TIMES_OF_DAY) }))}
        />
        <CheckboxGroup legend="Who it is for" name="audience" options={optionsOf(AUDIENCES, filters.audiences)} />
        <CheckboxGroup legend="Where it meets" name="venue" options={optionsOf(VENUE_TYPES, filters.venues)} />
        {languages.length > 0 ? (
          <CheckboxGroup
            legend="Language"
            name="lang"
            options={languages.map((l) => ({ slug: l.code, label: l.name, checked: filters.languages.includes(l.code) }))}
          />
        ) : null}
        <RadioGroup
          legend="Cost"
          name="cost"
          options={[{ slug: "", label: "Any", checked: !filters.cost }, ...Object.entries(COSTS).map(([slug, label]) => ({ slug, label, checked: filters.cost === slug }))]}
        />
        <Fieldset legend="Practical">
          <Checkbox name="babies" value="1" defaultChecked={filters.babies} label="Babies welcome" />
          <Checkbox name="childcare" value="1" defaultChecked={filters.childcare} label="Childcare provided" />
          <Checkbox name="access" value="1" defaultChecked={filters.accessible} label="Wheelchair accessible" />
        </Fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">Show groups</Button>
          {count > 0 ? <Link href={clearHref}>Clear filters</Link> : null}
        </div>
      </div>
    </details>
  );
}
