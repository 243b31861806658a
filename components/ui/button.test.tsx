// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button, ButtonLink } from "./button";

afterEach(cleanup);

describe("Button", () => {
  it("does not submit a form unless asked to", () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    renderWithIntl(
      <form onSubmit={onSubmit}>
        <Button>Cancel</Button>
        <Button type="submit">Send</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it("calls onClick, and not when disabled", () => {
    const onClick = vi.fn();
    const { rerender } = renderWithIntl(<Button onClick={onClick}>Try again</Button>);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(
      <Button onClick={onClick} disabled>
        Try again
      </Button>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("keeps a 44px minimum tap target at every size and applies the variant", () => {
    renderWithIntl(
      <>
        <Button size="sm">Small</Button>
        <Button variant="crisis" size="lg">
          Large
        </Button>
      </>,
    );
    expect(screen.getByRole("button", { name: "Small" }).className).toContain("min-h-tap");
    const large = screen.getByRole("button", { name: "Large" });
    expect(large.className).toContain("min-h-14");
    expect(large.className).toContain("bg-rose-600");
  });
});

describe("ButtonLink", () => {
  it("renders an app path as a link to that path", () => {
    renderWithIntl(<ButtonLink href="/groups?near=Leeds">Find a group</ButtonLink>);
    expect(screen.getByRole("link", { name: "Find a group" }).getAttribute("href")).toBe("/groups?near=Leeds");
  });

  it("renders tel: and sms: links untouched, with extra attributes passed through", () => {
    renderWithIntl(
      <>
        <ButtonLink href="tel:988" aria-describedby="hours">
          Call 988
        </ButtonLink>
        <ButtonLink href="sms:988" variant="secondary">
          Text 988
        </ButtonLink>
      </>,
    );
    const call = screen.getByRole("link", { name: "Call 988" });
    expect(call.getAttribute("href")).toBe("tel:988");
    expect(call.getAttribute("aria-describedby")).toBe("hours");
    expect(screen.getByRole("link", { name: "Text 988" }).getAttribute("href")).toBe("sms:988");
  });
});
