// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Field, FormMessage } from "./field";
import { Input } from "./input";
import { Select } from "./select";
import { renderWithIntl as render } from "@/tests/helpers/render-with-intl";
import { formMessage } from "@/lib/forms/form-message";

afterEach(cleanup);

function describedBy(element: HTMLElement): string[] {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

describe("Field", () => {
  it("labels its control", () => {
    render(<Field label="Town or postcode">{(control) => <Input {...control} name="near" />}</Field>);
    const input = screen.getByLabelText("Town or postcode");
    expect(input.getAttribute("name")).toBe("near");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(input.getAttribute("aria-describedby")).toBeNull();
  });

  it("ties the hint to the control", () => {
    render(
      <Field label="Town or postcode" hint="For example, Leeds or LS1 4AP">
        {(control) => <Input {...control} />}
      </Field>,
    );
    expect(describedBy(screen.getByLabelText("Town or postcode"))).toEqual(["For example, Leeds or LS1 4AP"]);
  });

  it("marks the control invalid and describes it by the hint and every error", () => {
    render(
      <Field
        id="email"
        label="Email"
        hint="We only use it to tell you about your listing."
        errors={["Enter an email address", "Use the format name@example.com"]}
      >
        {(control) => <Input {...control} type="email" />}
      </Field>,
    );
    const input = screen.getByLabelText("Email");
    expect(input.id).toBe("email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const [hint, errors] = describedBy(input);
    expect(hint).toBe("We only use it to tell you about your listing.");
    expect(errors).toContain("Enter an email address");
    expect(errors).toContain("Use the format name@example.com");
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("treats an empty error list as valid", () => {
    render(
      <Field label="Group name" errors={[]}>
        {(control) => <Input {...control} />}
      </Field>,
    );
    expect(screen.getByLabelText("Group name").getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("wires a select the same way and marks optional fields in the label", () => {
    render(
      <Field label="Language" optional errors={["Choose a language"]}>
        {(control) => (
          <Select {...control}>
            <option>English</option>
          </Select>
        )}
      </Field>,
    );
    const select = screen.getByRole("combobox", { name: "Language (optional)" });
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(select)).toEqual(["Error: Choose a language"]);
  });
});

describe("FormMessage", () => {
  it("keeps its live region in the page even when empty", () => {
    const { rerender } = render(<FormMessage />);
    expect(screen.getByRole("alert").textContent).toBe("");
    rerender(<FormMessage>Please fix the problem below.</FormMessage>);
    expect(screen.getByRole("alert").textContent).toBe("Please fix the problem below.");
  });
});

describe("form answers in the page's language", () => {
  it("words a message key with its arguments", () => {
    render(<FormMessage>{formMessage("Forms.fixProblems", { count: 3 })}</FormMessage>, { locale: "es" });
    expect(screen.getByRole("alert").textContent).toBe("Corrige los 3 problemas que aparecen abajo.");
  });

  it("words field errors and marks optional fields in Spanish", () => {
    render(
      <Field label="Nombre" optional errors={[formMessage("Forms.tryAgainIn", { minutes: 1 })]}>
        {(control) => <Input {...control} />}
      </Field>,
      { locale: "es" },
    );
    expect(screen.getByText("(opcional)")).toBeTruthy();
    expect(screen.getByText(/Vuelve a intentarlo en 1 minuto\./)).toBeTruthy();
  });

  it("shows text that is not a message key as it came", () => {
    render(<FormMessage tone="success">Saved.</FormMessage>);
    expect(screen.getByRole("status").textContent).toBe("Saved.");
  });
});
