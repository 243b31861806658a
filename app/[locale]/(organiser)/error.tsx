"use client";

import { RouteError } from "@/components/site/route-error";
import { useTranslations } from "next-intl";

export default function OrganiserError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  return (
    <RouteError error={error} retry={retry} heading={t("organiserHeading")} back={{ href: "/organiser", label: t("organiserBack") }}>
      <p>{t("organiserText")}</p>
      <p>{t("tryLater")}</p>
    </RouteError>
  );
}
