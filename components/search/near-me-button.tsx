"use client";

import { useSearchParams } from "next/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { distanceUnitForLocales } from "@/lib/geo/distance-unit";

type Status = "idle" | "locating" | "denied" | "unavailable";


/**
 * "Use my location": shown once JavaScript runs (the form works without it). The
 * position is rounded to about 1 km before it goes into the URL and is never stored.
 * Coordinates name no country, so the distance unit comes from the browser's language
 * (miles for en-US or en-GB, km for de-DE), unless the address already chose one.
 */
export function NearMeButton() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const ready = useBrowserValue(() => "geolocation" in navigator, false);
  const [status, setStatus] = useState<Status>("idle");
  const t = useTranslations("Client");

  function locate() {
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const params = new URLSearchParams(searchParams.toString());
        params.delete("near");
        params.delete("page");
        params.set("lat", position.coords.latitude.toFixed(2));
        params.set("lng", position.coords.longitude.toFixed(2));
        const unit = params.get("unit") ? null : distanceUnitForLocales(navigator.languages?.length ? navigator.languages : [navigator.language]);
        if (unit) params.set("unit", unit);
        router.push(`/groups?${params}`);
        setStatus("idle");
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  return (
    <div className="flex min-h-tap flex-wrap items-center gap-x-4 gap-y-1">
      {ready ? (
        <button type="button" onClick={locate} className="inline-flex min-h-tap items-center gap-2 font-semibold text-clay-700 underline-offset-4 hover:underline">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
            <path d="M10 1.5a6 6 0 0 0-6 6c0 4.5 6 11 6 11s6-6.5 6-11a6 6 0 0 0-6-6Zm0 8.25a2.25 2.25 0 1 1 0-4.5 2.25 2.25 0 0 1 0 4.5Z" />
          </svg>
          {t("useMyLocation")}
        </button>
      ) : null}
      <p role="status" className="text-sm text-ink-muted">
        {status === "idle" ? "" : t(`location.${status}`)}
      </p>
    </div>
  );
}
