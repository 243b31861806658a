// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import type { ComponentType } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import ModerationError from "./(admin)/admin/error";
import ConfirmLinkError from "./(organiser-link)/error";
import OrganiserError from "./(organiser)/error";
import SiteError from "./error";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type ErrorPage = ComponentType<{ error: unknown; retry: () => void }>;

const errorPages: [string, ErrorPage, string][] = [
  ["the site", SiteError, "/"],
  ["the organisers' area", OrganiserError, "/organiser"],
  ["moderation", ModerationError, "/admin"],
  ["the still-running link", ConfirmLinkError, "/organiser"],
];

describe.each(errorPages)("the error page of %s", (_name, ErrorPage, backHref) => {
  function renderError() {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const retry = vi.fn();
    renderWithIntl(<ErrorPage error={new Error("connection refused at db:5432")} retry={retry} />);
    return retry;
  }

  it("apologises without showing the error", () => {
    renderError();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/couldn’t|something went wrong/i);
    expect(document.body.textContent).not.toContain("connection refused");
  });

  it("offers to try again and a way back", () => {
    const retry = renderError();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(retry).toHaveBeenCalledTimes(1);
    const hrefs = screen.getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(hrefs).toContain(backHref);
  });

  it("keeps the crisis lines one tap away", () => {
    renderError();
    expect(screen.getByRole("link", { name: "see crisis and support lines" }).getAttribute("href")).toBe("/help-now");
  });
});
