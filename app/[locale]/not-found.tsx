import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/locale-path";
import { HtmlOnly } from "@/components/site/html-only";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("NotFound"))("eyebrow") };
}

export default function NotFound() {
  const t = useTranslations("NotFound");
  const s = useTranslations("Search");
  const locale = useLocale();
  return (
    <Container width="narrow" className="flex flex-col gap-8 pt-10 sm:pt-16">
      <HtmlOnly />
      <div className="flex flex-col gap-3">
        <p className="text-sm font-semibold uppercase tracking-wider text-clay-700">{t("eyebrow")}</p>
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg text-ink-muted">
          {t("text")}
        </p>
      </div>

      <form action={localePath(locale, "/groups")} method="get" role="search" className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <Field label={s("placeLabel")} className="flex-1">
          {(control) => <Input {...control} name="near" autoComplete="postal-code" enterKeyHint="search" />}
        </Field>
        <Button type="submit" size="md">
          {t("findGroup")}
        </Button>
      </form>

      <p className="text-base">
        <Link href="/" className="font-medium text-clay-700 hover:text-clay-800">
          {t("home")}
        </Link>
      </p>
    </Container>
  );
}
