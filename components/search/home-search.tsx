import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NearMeButton } from "./near-me-button";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/locale-path";

/** The home page's single question: where are you? A GET form to /groups. */
export function HomeSearch() {
  const t = useTranslations("Search");
  const locale = useLocale();
  return (
    <form action={localePath(locale, "/groups")} method="get" role="search" aria-label={t("formLabel")} className="flex flex-col gap-3">
      <label htmlFor="home-near" className="text-lg font-semibold">
        {t("homePlaceLabel")}
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Input id="home-near" name="near" required autoComplete="address-level2" enterKeyHint="search" placeholder={t("placePlaceholder")} className="sm:flex-1" aria-describedby="home-near-hint" />
        <Button type="submit" size="md">
          {t("findGroups")}
        </Button>
      </div>
      <p id="home-near-hint" className="text-sm text-ink-muted">
        {t("homeHint")}
      </p>
      <NearMeButton />
    </form>
  );
}
