// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/groups/search-params";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { ShareRow } from "./share-row";

afterEach(cleanup);

const filters = parseSearchParams(new URLSearchParams("near=Austin&day=tue&page=3")).filters;
const href = (name: string) => screen.getByRole("link", { name }).getAttribute("href");

describe("ShareRow", () => {
  it("links this search printed, as a calendar feed and as embed code, from its first page", () => {
    renderWithIntl(<ShareRow filters={filters} origin="https://village.example" />);
    expect(screen.getByRole("heading", { name: "Share, print or subscribe" })).toBeTruthy();
    expect(href("Print this list")).toBe("/groups/print?near=Austin&day=tue");
    expect(href("Subscribe in your calendar")).toBe("webcal://village.example/groups/calendar.ics?near=Austin&day=tue");
    expect(href("calendar address")).toBe("https://village.example/groups/calendar.ics?near=Austin&day=tue");
    expect(href("Put these groups on your website")).toBe("/groups/embed-builder?near=Austin&day=tue");
  });

  it("keeps a Spanish page's links in Spanish", () => {
    renderWithIntl(<ShareRow filters={filters} origin="https://village.example" />, { locale: "es" });
    expect(screen.getByRole("heading", { name: "Comparte, imprime o suscríbete" })).toBeTruthy();
    expect(href("Imprime esta lista")).toBe("/es/groups/print?near=Austin&day=tue");
    expect(href("Suscríbete desde tu calendario")).toBe("webcal://village.example/es/groups/calendar.ics?near=Austin&day=tue");
    expect(href("dirección del calendario")).toBe("https://village.example/es/groups/calendar.ics?near=Austin&day=tue");
    expect(href("Muestra estos grupos en tu sitio web")).toBe("/es/groups/embed-builder?near=Austin&day=tue");
  });
});
