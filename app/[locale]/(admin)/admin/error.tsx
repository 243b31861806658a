"use client";

import { RouteError } from "@/components/site/route-error";
import { useTranslations } from "next-intl";

export default function ModerationError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  return (
    <RouteError error={error} retry={retry} heading={t("adminHeading")} back={{ href: "/admin", label: t("adminBack") }}>
      <p>{t("adminText")}</p>
      <p>{t("tryLater")}</p>
    </RouteError>
  );
}
