// @vitest-environment jsdom
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VisitorTime } from "@/components/groups/visitor-time";
import { NearMeButton } from "@/components/search/near-me-button";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { MESSAGES } from "@/lib/i18n/messages";
import { MenuDisclosure } from "./menu-disclosure";

/** Server markup of a component as an English page renders it. */
const markupOf = (ui: ReactElement) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );

// public/enhance.js against the markup the server components render, in a browser-like
// document: what the plain HTML pages do once their one script has run.
const script = fs.readFileSync(path.join(process.cwd(), "public", "enhance.js"), "utf8");

function loadPage(markup: string) {
  document.body.innerHTML = markup;
  vi.useFakeTimers();
  // The script registers its listeners on the document: a fresh document per test would
  // need a fresh window, so each test runs it once on the page it builds.
  new Function(script)();
  vi.runAllTimers();
  vi.useRealTimers();
}

afterEach(() => {
  document.body.innerHTML = "";
  delete (window as { __next_f?: unknown }).__next_f;
});

describe("public/enhance.js", () => {
  it("fills in a meeting's time in the visitor's zone when it differs from the group's", () => {
    loadPage(markupOf(<VisitorTime iso="2026-12-01T16:00:00.000Z" groupTimeZone="Asia/Tokyo" />));
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(visitorZone).not.toBe("Asia/Tokyo");
    expect(document.querySelector("[data-visitor-time]")!.textContent).toMatch(/^Tue 1 Dec, \d{1,2}:00 (am|pm) .+ in your time zone$/);
  });

  it("leaves the text of a page that kept React to React", () => {
    (window as { __next_f?: unknown }).__next_f = [];
    loadPage(markupOf(<VisitorTime iso="2026-12-01T16:00:00.000Z" groupTimeZone="Asia/Tokyo" />));
    expect(document.querySelector("[data-visitor-time]")!.textContent).toBe("");
  });

  it("hides 'Use my location' in a browser that cannot locate", () => {
    loadPage(markupOf(<NearMeButton />));
    expect("geolocation" in navigator).toBe(false);
    expect(document.querySelector<HTMLButtonElement>("[data-near-me] button")!.hidden).toBe(true);
  });

  it("closes the header's menu on Escape, giving focus back to its summary", () => {
    loadPage(markupOf(<MenuDisclosure label="Menu"><a href="#about">About</a></MenuDisclosure>));
    const menu = document.querySelector<HTMLDetailsElement>("details[data-menu]")!;
    menu.open = true;
    menu.querySelector<HTMLAnchorElement>("a")!.focus();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(menu.querySelector("summary"));
  });
});
