// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithIntl as render } from "@/tests/helpers/render-with-intl";
import { failedState } from "@/lib/forms/form-state";
import type { DecisionState } from "@/lib/moderation/moderator-actions";
import { invalid } from "@/lib/moderation/decision-result";
import { changesSchema } from "@/lib/moderation/decision-schema";
import { DecisionPanel } from "./decision-panel";

afterEach(cleanup);

const untouched = async (state: DecisionState) => state;

/** What the real action answers to an empty message: the schema's message keys. */
async function refuseEmptyMessage(previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const parsed = changesSchema.safeParse({ message: String(formData.get("message") ?? "") });
  if (parsed.success) return previous;
  const result = invalid("message", parsed.error.issues.map((issue) => issue.message));
  return result.ok ? previous : failedState(previous, {}, { message: result.message, errors: result.errors });
}

describe("the decision panel for a moderator working in Spanish", () => {
  it("offers the three decisions of a new listing in Spanish", () => {
    render(<DecisionPanel kind="listing" approve={untouched} requestChanges={untouched} reject={untouched} />, { locale: "es" });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Tu decisión");
    expect(screen.getByRole("button", { name: "Aprobar y publicar" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Enviar a quien organiza" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rechazar el anuncio" })).toBeTruthy();
    expect(screen.getByLabelText("¿Qué debería cambiar quien organiza?").tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("Motivo para quien organiza").getAttribute("aria-describedby")).toBeTruthy();
    expect(document.body.textContent).toContain("Lo recibe por correo, tal como lo escribas.");
    expect(document.body.textContent).not.toMatch(/Approve|Reject|organiser/);
  });

  it("names the decisions on an edit as an edit's", () => {
    render(<DecisionPanel kind="edit" approve={untouched} requestChanges={untouched} reject={untouched} />, { locale: "es" });
    expect(screen.getByRole("heading", { name: "Aprobar la modificación" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rechazar la modificación" })).toBeTruthy();
    expect(document.body.textContent).toContain("Mientras tanto, la versión publicada se queda como está.");
  });

  it("says what is missing in Spanish when the request for changes is empty", async () => {
    render(<DecisionPanel kind="listing" approve={untouched} requestChanges={refuseEmptyMessage} reject={untouched} />, { locale: "es" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Enviar a quien organiza" }));
    });
    await screen.findByText("Corrige el problema que aparece abajo.");
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toContain("Corrige el problema que aparece abajo.");
    const field = screen.getByLabelText("¿Qué debería cambiar quien organiza?");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.body.textContent).toContain("Dile a quien organiza qué debe cambiar.");
  });
});
