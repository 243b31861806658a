import { useTranslations } from "next-intl";

type Props = { iso: string; groupTimeZone: string };

/**
 * The same moment in the visitor's own time zone, when it differs from the group's. The
 * server cannot know the visitor's zone (we do not track), so public/enhance.js
 * (data-visitor-time) fills it in after load; the line's height is reserved so nothing shifts.
 */
export function VisitorTime({ iso, groupTimeZone }: Props) {
  const t = useTranslations("Client");
  // enhance.js fills {time} in, formatted in the page's language (the html lang).
  return <span className="block min-h-[1.375rem] text-sm text-ink-muted" data-testid="visitor-time" data-visitor-time="" data-iso={iso} data-zone={groupTimeZone} data-template={t("inYourTimeZone", { time: "{time}" })} />;
}
