"use client";

import { RouteError } from "@/components/site/route-error";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  return (
    <RouteError error={error} retry={retry} heading={t("siteHeading")} back={{ href: "/", label: t("home") }}>
      <p>{t("siteText")}</p>
    </RouteError>
  );
}
