// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleBody } from "./article-body";

afterEach(cleanup);

describe("ArticleBody", () => {
  it("renders headings, lists, emphasis and site links from Markdown", () => {
    renderWithIntl(<ArticleBody markdown={"## Where to look\n\n- **Libraries** are free\n- See [Get help now](/help-now)"} />);
    expect(screen.getByRole("heading", { level: 2, name: "Where to look" })).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText("Libraries").tagName).toBe("STRONG");
    expect(screen.getByRole("link", { name: "Get help now" }).getAttribute("href")).toBe("/help-now");
  });

  it("never renders raw HTML or script links from the text", () => {
    const { container } = renderWithIntl(
      <ArticleBody markdown={'Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n[click](javascript:alert(3))'} />,
    );
    expect(container.querySelector("img, script")).toBeNull();
    expect(container.innerHTML).not.toContain("onerror");
    expect(screen.getByText("click").getAttribute("href") ?? "").not.toMatch(/javascript:/i);
  });
});
