import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { Article } from "@/lib/articles/parse-article";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * The way from reading into the directory: a "near you" search that keeps the article's
 * filters (a GET form, so it works without JavaScript) and a link to the matching search.
 */
export function ArticleCta({ cta }: { cta: Article["cta"] }) {
  const filters = [...new URL(cta.href, "http://village.invalid").searchParams].filter(([key]) => key !== "online");
  const t = useTranslations("Search");
  const locale = useLocale();
  return (
    <Card as="section" tone="sage" aria-labelledby="cta-heading" className="flex flex-col gap-4 sm:p-8">
      <h2 id="cta-heading" className="text-2xl">
        {cta.heading}
      </h2>
      <form action={localePath(locale, "/groups")} method="get" role="search" aria-labelledby="cta-heading" className="flex flex-col gap-2">
        {filters.map(([key, value]) => (
          <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
        ))}
        <label htmlFor="cta-near" className="font-semibold">
          {t("homePlaceLabel")}
        </label>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Input id="cta-near" name="near" required autoComplete="address-level2" enterKeyHint="search" className="sm:flex-1" />
          <Button type="submit">{t("findGroups")}</Button>
        </div>
      </form>
      <p>
        <ButtonLink href={cta.href} variant="secondary">
          {cta.label}
        </ButtonLink>
      </p>
    </Card>
  );
}
