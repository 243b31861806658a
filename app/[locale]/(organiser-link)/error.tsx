"use client";

import { RouteError } from "@/components/site/route-error";
import { useTranslations } from "next-intl";

export default function ConfirmLinkError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  return (
    <RouteError error={error} retry={retry} heading={t("linkHeading")} back={{ href: "/organiser", label: t("linkBack") }}>
      <p>{t("linkText")}</p>
    </RouteError>
  );
}
