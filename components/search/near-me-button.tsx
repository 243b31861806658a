import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * "Use my location": public/enhance.js (data-near-me) makes it work, and hides it in a
 * browser that cannot locate; without JavaScript it is not shown at all (data-needs-script,
 * components/site/enhance-script.tsx), and the form works without it. The position is rounded to about 1 km
 * before it goes into the URL and is never stored. Coordinates name no country, so the
 * distance unit comes from the browser's language (miles for en-US or en-GB, km for de-DE),
 * unless the address already chose one.
 */
export function NearMeButton() {
  const t = useTranslations("Client");
  const locale = useLocale();
  return (
    <div
      data-near-me=""
      data-action={localePath(locale, "/groups")}
      data-locating={t("location.locating")}
      data-denied={t("location.denied")}
      data-unavailable={t("location.unavailable")}
      className="flex min-h-tap flex-wrap items-center gap-x-4 gap-y-1"
    >
      <button type="button" data-needs-script="" className="inline-flex min-h-tap items-center gap-2 font-semibold text-clay-700 underline-offset-4 hover:underline [&[hidden]]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
          <path d="M10 1.5a6 6 0 0 0-6 6c0 4.5 6 11 6 11s6-6.5 6-11a6 6 0 0 0-6-6Zm0 8.25a2.25 2.25 0 1 1 0-4.5 2.25 2.25 0 0 1 0 4.5Z" />
        </svg>
        {t("useMyLocation")}
      </button>
      <p role="status" className="text-sm text-ink-muted" />
    </div>
  );
}
