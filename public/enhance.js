// The little the public pages do in the browser, without React: those pages are sent as plain
// HTML (lib/http/html-only.ts), and everything on them works without this script too.
// Behaviour is hung on data attributes that the server components render:
//   details[data-menu]       the header's menu: closes on Escape, a tap outside, a followed link
//   [data-near-me]           "Use my location" (hidden where the browser cannot locate)
//   [data-visitor-time]      a meeting's time in the visitor's own zone, when it differs
//   button[data-print]       prints the page (hidden where the browser cannot print)
// Such controls are hidden without JavaScript by a <noscript> style (components/site/enhance-script.tsx).
(() => {
  "use strict";

  // ---- the header's menu
  const openMenus = () => document.querySelectorAll("details[data-menu][open]");
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const menu of openMenus()) {
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) menu.querySelector("summary")?.focus();
    }
  });
  document.addEventListener("pointerdown", (event) => {
    for (const menu of openMenus()) if (!(event.target instanceof Node && menu.contains(event.target))) menu.open = false;
  });
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("details[data-menu] a") : null;
    link?.closest("details[data-menu]")?.removeAttribute("open");
  });

  // ---- "Use my location"
  // Coordinates name no country, so the unit comes from the browser's first language that
  // implies a region (en implies the US); the same rule as lib/geo/distance-unit.ts.
  const MILE_COUNTRIES = new Set(["US", "GB", "LR", "MM"]);
  const unitForLocales = (locales) => {
    for (const tag of locales) {
      let region;
      try {
        region = new Intl.Locale(tag).maximize().region;
      } catch {
        region = undefined;
      }
      if (region) return MILE_COUNTRIES.has(region) ? "mi" : "km";
    }
    return null;
  };

  const locate = (box) => {
    const status = box.querySelector("[role=status]");
    const say = (text) => {
      if (status) status.textContent = text ?? "";
    };
    say(box.dataset.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        // The search page in the page's own language (/groups or /es/groups).
        const action = box.dataset.action ?? "/groups";
        const params = new URLSearchParams(location.pathname === action ? location.search : "");
        params.delete("near");
        params.delete("page");
        // Rounded to about 1 km before it goes into the address; never stored.
        params.set("lat", position.coords.latitude.toFixed(2));
        params.set("lng", position.coords.longitude.toFixed(2));
        const unit = params.get("unit") ? null : unitForLocales(navigator.languages?.length ? navigator.languages : [navigator.language]);
        if (unit) params.set("unit", unit);
        // A plain page load: these pages carry no client-side router to push to.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.href = `${action}?${params}`;
      },
      (error) => say(error.code === error.PERMISSION_DENIED ? box.dataset.denied : box.dataset.unavailable),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  // ---- a meeting's time in the visitor's zone: "Tue 2 Dec, 6:30 pm GMT in your time zone"
  // Setting up date formatting is the costliest thing here: done once, and only on a page
  // that shows such a time.
  let visitorFormat;
  const fillVisitorTime = (slot) => {
    const { iso, zone } = slot.dataset;
    // English keeps the site's day-month order and 12-hour clock; other languages their own.
    const lang = document.documentElement.lang || "en";
    visitorFormat ??= new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
      ...(lang === "en" ? { hour12: true } : {}),
      timeZoneName: "short",
    });
    const visitorZone = visitorFormat.resolvedOptions().timeZone;
    if (!iso || !zone || !visitorZone || visitorZone === zone) return;
    const formatted = visitorFormat.format(new Date(iso));
    const time = formatted.replace(/\b(am|pm)\b/i, (m) => m.toLowerCase());
    // The sentence comes from the page, in its language: "{time} in your time zone".
    slot.textContent = (slot.dataset.template ?? "{time}").replace("{time}", time);
  };

  // ---- clicks, listened for on the document so that they also work on a page the router
  // of a signed-in area put in place after this script ran
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const nearMe = target?.closest("[data-near-me] button")?.closest("[data-near-me]");
    if (nearMe && "geolocation" in navigator) locate(nearMe);
    if (target?.closest("button[data-print]") && typeof window.print === "function") window.print();
  });

  const enhance = () => {
    // Shown from the first paint; hidden where the browser cannot do what they offer.
    if (!("geolocation" in navigator)) document.querySelectorAll("[data-near-me] button").forEach((button) => (button.hidden = true));
    if (typeof window.print !== "function") document.querySelectorAll("button[data-print]").forEach((button) => (button.hidden = true));
    // A page that kept React (one of the signed-in areas) renders its own text: changing it
    // before React takes over would not match what React expects.
    if (!window.__next_f) document.querySelectorAll("[data-visitor-time]").forEach(fillVisitorTime);
  };
  // In a task of its own, after the page's first paint, so it never lengthens the parsing one.
  setTimeout(enhance, 0);
})();
