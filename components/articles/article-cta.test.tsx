// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleCta } from "./article-cta";

afterEach(cleanup);

describe("ArticleCta", () => {
  it("searches near a place with the article's filters, and links to the search itself", () => {
    renderWithIntl(<ArticleCta cta={{ heading: "Find a group for partners near you", label: "Browse groups for partners", href: "/groups?audience=partners&cost=free" }} />);
    const form = screen.getByRole("search", { name: "Find a group for partners near you" }) as HTMLFormElement;
    expect(form.getAttribute("action")).toBe("/groups");
    expect(form.getAttribute("method")).toBe("get");
    expect(screen.getByLabelText("Your town, city or postcode").getAttribute("name")).toBe("near");
    expect([...new FormData(form).entries()]).toEqual([
      ["audience", "partners"],
      ["cost", "free"],
      ["near", ""],
    ]);
    expect(screen.getByRole("link", { name: "Browse groups for partners" }).getAttribute("href")).toBe("/groups?audience=partners&cost=free");
  });

  it("leaves online=only out of the near-you search, which is for local groups", () => {
    renderWithIntl(<ArticleCta cta={{ heading: "Search for a group near you", label: "Browse online groups", href: "/groups?online=only" }} />);
    const form = screen.getByRole("search") as HTMLFormElement;
    expect([...new FormData(form).keys()]).toEqual(["near"]);
  });
});
