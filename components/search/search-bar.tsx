import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { RADII } from "@/lib/groups/vocabulary";
import { NearMeButton } from "./near-me-button";
import { useTranslations } from "next-intl";

type Props = { near?: string; radius: number; unit: "mi" | "km" };

/**
 * Place and distance: the part of the search form everyone uses. On phones the place and
 * the button share a row and the distance sits on one line below, so the first results
 * come into view; from md up it is all one row.
 */
export function SearchBar({ near, radius, unit }: Props) {
  const id = useId();
  const t = useTranslations("Search");
  const radii = RADII.includes(radius as (typeof RADII)[number]) ? RADII : [...RADII, radius].sort((a, b) => a - b);
  return (
    <div className="flex flex-col gap-1 rounded-card border border-line bg-paper-raised p-3 shadow-card sm:p-5">
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-x-2 gap-y-2 md:grid-cols-[minmax(0,1fr)_auto_auto] md:gap-x-3">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-near`} className="text-sm font-semibold text-ink sm:text-base">
            {t("placeLabel")}
          </label>
          <Input id={`${id}-near`} name="near" defaultValue={near} autoComplete="address-level2" enterKeyHint="search" placeholder={t("placePlaceholder")} />
        </div>
        <div className="col-span-2 flex items-center gap-2 md:col-span-1 md:row-start-1 md:col-start-2">
          <label htmlFor={`${id}-radius`} className="text-sm font-semibold text-ink sm:text-base">
            {t("within")}
          </label>
          <Select id={`${id}-radius`} name="radius" defaultValue={String(radius)} className="w-24">
            {radii.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
          <label htmlFor={`${id}-unit`} className="sr-only">
            {t("unitLabel")}
          </label>
          <Select id={`${id}-unit`} name="unit" defaultValue={unit} className="w-28">
            <option value="mi">{t("miles")}</option>
            <option value="km">{t("km")}</option>
          </Select>
        </div>
        <Button type="submit" className="col-start-2 row-start-1 px-5 md:col-start-3">
          {t("submit")}
        </Button>
      </div>
      <NearMeButton />
    </div>
  );
}
