import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SearchFilters } from "@/lib/groups/search-params";
import { toSearchParams } from "@/lib/groups/search-params";
import { AUDIENCES, COSTS, DAYS, FORMATS, ONLINE_CHOICES, TIMES_OF_DAY, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { activeFilterCount } from "./active-filters";
import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/i18n/language-names";

type Props = { filters: SearchFilters; languages: { code: string; name: string }[] };

type Option = { slug: string; label: string; checked: boolean };

const optionsOf = <V extends string>(map: Record<string, { value: V }>, selected: readonly V[], label: (slug: string) => string): Option[] =>
  Object.entries(map).map(([slug, e]) => ({ slug, label: label(slug), checked: selected.includes(e.value) }));

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
  const t = useTranslations("Filters");
  const v = useTranslations("Vocabulary");
  const locale = useLocale();
  const count = activeFilterCount(filters);
  const clearHref = `/groups?${toSearchParams({ ...filters, q: undefined, formats: [], venues: [], days: [], times: [], audiences: [], languages: [], cost: undefined, babies: false, childcare: false, accessible: false, online: "include", page: 1 })}`;
  const badge = count > 0 ? <span className="ml-2 rounded-full bg-clay-600 px-2 py-0.5 font-sans text-sm font-semibold text-white">{t("onCount", { count })}</span> : null;
  return (
    <details className="filter-sidebar group rounded-card border border-line bg-paper-raised shadow-card">
      <summary className="flex min-h-12 list-none items-center justify-between gap-2 rounded-card px-4 py-2 text-lg font-semibold group-open:rounded-b-none group-open:border-b group-open:border-line sm:px-5 [&::-webkit-details-marker]:hidden">
        <span>
          {t("heading")}
          {badge}
        </span>
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-6 px-5 pb-6 pt-5">
        <h2 className="filter-sidebar-title text-lg font-semibold">
          {t("heading")}
          {badge}
        </h2>
        <Field label={t("words")} hint={t("wordsHint")}>
          {(control) => <Input {...control} name="q" defaultValue={filters.q} type="search" />}
        </Field>
        <RadioGroup
          legend={t("online")}
          name="online"
          options={Object.keys(ONLINE_CHOICES).map((slug) => ({ slug, label: v(`online.${slug as keyof typeof ONLINE_CHOICES}`), checked: filters.online === slug }))}
        />
        <CheckboxGroup legend={t("format")} name="format" options={optionsOf(FORMATS, filters.formats, (slug) => v(`formats.${slug as keyof typeof FORMATS}`))} />
        <CheckboxGroup legend={t("day")} name="day" options={optionsOf(DAYS, filters.days, (slug) => v(`days.${slug as keyof typeof DAYS}`))} />
        <CheckboxGroup
          legend={t("time")}
          name="time"
          options={(Object.keys(TIMES_OF_DAY) as (keyof typeof TIMES_OF_DAY)[]).map((slug) => ({ slug, label: v(`times.${slug}`), checked: filters.times.includes(slug) }))}
        />
        <CheckboxGroup legend={t("audience")} name="audience" options={optionsOf(AUDIENCES, filters.audiences, (slug) => v(`audiences.${slug as keyof typeof AUDIENCES}`))} />
        <CheckboxGroup legend={t("venue")} name="venue" options={optionsOf(VENUE_TYPES, filters.venues, (slug) => v(`venues.${slug as keyof typeof VENUE_TYPES}`))} />
        {languages.length > 0 ? (
          <CheckboxGroup
            legend={t("language")}
            name="lang"
            options={languages.map((l) => ({ slug: l.code, label: languageName(l.code, locale, l.name), checked: filters.languages.includes(l.code) }))}
          />
        ) : null}
        <RadioGroup
          legend={t("cost")}
          name="cost"
          options={[{ slug: "", label: t("anyCost"), checked: !filters.cost }, ...(Object.keys(COSTS) as (keyof typeof COSTS)[]).map((slug) => ({ slug, label: v(`costs.${slug}`), checked: filters.cost === slug }))]}
        />
        <Fieldset legend={t("practical")}>
          <Checkbox name="babies" value="1" defaultChecked={filters.babies} label={v("babiesWelcome")} />
          <Checkbox name="childcare" value="1" defaultChecked={filters.childcare} label={v("childcareProvided")} />
          <Checkbox name="access" value="1" defaultChecked={filters.accessible} label={v("wheelchairAccessible")} />
        </Fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("show")}</Button>
          {count > 0 ? <Link href={clearHref}>{t("clear")}</Link> : null}
        </div>
      </div>
    </details>
  );
}
