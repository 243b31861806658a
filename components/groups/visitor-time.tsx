"use client";

import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useLocale, useTranslations } from "next-intl";

type Props = { iso: string; groupTimeZone: string };

/** "Tue 2 Dec, 6:30 pm GMT" in the browser's zone, or null when it is the group's own. */
function inVisitorZone(iso: string, groupTimeZone: string, locale: string): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === groupTimeZone) return null;
  // English keeps the site's day-month order and 12-hour clock; other languages use their own.
  const formatted = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    ...(locale === "en" ? { hour12: true } : {}),
    timeZone: zone,
    timeZoneName: "short",
  }).format(new Date(iso));
  return formatted.replace(/\b(am|pm)\b/i, (m) => m.toLowerCase());
}

/**
 * The same moment in the visitor's own time zone, when it differs from the group's.
 * The server cannot know the visitor's zone (we do not track), so this fills in after
 * load; the line's height is reserved so nothing shifts.
 */
export function VisitorTime({ iso, groupTimeZone }: Props) {
  const t = useTranslations("Client");
  const locale = useLocale();
  const text = useBrowserValue(() => inVisitorZone(iso, groupTimeZone, locale), null);
  return (
    <span className="block min-h-[1.375rem] text-sm text-ink-muted" data-testid="visitor-time">
      {text ? t("inYourTimeZone", { time: text }) : null}
    </span>
  );
}
