"use client";

import { useEffect, useState } from "react";

type Props = { iso: string; groupTimeZone: string };

/**
 * The same moment in the visitor's own time zone, when it differs from the group's.
 * The server cannot know the visitor's zone (we do not track), so this fills in after
 * load; the line's height is reserved so nothing shifts.
 */
export function VisitorTime({ iso, groupTimeZone }: Props) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === groupTimeZone) return;
    const formatted = new Intl.DateTimeFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
      hour12: true,
      timeZone: zone,
      timeZoneName: "short",
    }).format(new Date(iso));
    setText(formatted.replace(/\b(am|pm)\b/i, (m) => m.toLowerCase()));
  }, [iso, groupTimeZone]);
  return (
    <span className="block min-h-[1.375rem] text-sm text-ink-muted" data-testid="visitor-time">
      {text ? `${text} in your time zone` : null}
    </span>
  );
}
