// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formMessage } from "@/lib/forms/form-message";
import { doneState, fieldErrors, initialFormState, problemSummary } from "@/lib/forms/form-state";
import type { ReportResult } from "@/lib/moderation/report-problem";
import { reportSchema } from "@/lib/moderation/report-schema";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { ReportFormView } from "./report-form";

// The action runs on the server; here only what the form shows for each of its answers.
vi.mock("@/lib/moderation/report-actions", () => ({ reportProblemAction: vi.fn() }));

afterEach(cleanup);

const show = (state: ReportResult, locale: "en" | "es" = "es") =>
  renderWithIntl(<ReportFormView slug="circulo-de-mamas" state={state} action={() => {}} pending={false} />, { locale });

/** What the server answers to a report with no reason and too many details. */
function invalidAnswer(): ReportResult {
  const parsed = reportSchema.safeParse({ slug: "circulo-de-mamas", reason: "", details: "x".repeat(1001) });
  if (parsed.success) throw new Error("expected the report to be refused");
  const errors = fieldErrors(parsed.error);
  return { status: "error", message: problemSummary(errors), errors, values: { details: "x".repeat(1001) }, version: 1 };
}

describe("the report form on a Spanish page", () => {
  it("offers the reasons and asks for details in Spanish", () => {
    show(initialFormState({}));
    expect(document.querySelector("summary")?.textContent).toBe("Reportar un problema con este anuncio");
    expect(document.querySelector("legend")?.textContent).toBe("¿Qué no está bien?");
    expect(screen.getAllByRole("radio").map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "El día, la hora o el lugar no son correctos",
      "El grupo ya no se reúne",
      "Contenido inapropiado",
      "Otra cosa",
    ]);
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["WRONG_TIME", "GROUP_ENDED", "INAPPROPRIATE", "OTHER"]);
    expect(document.body.textContent).toContain("Detalles (opcional)");
    expect(document.body.textContent).toContain("¿Qué debemos revisar? Hasta 1000 caracteres.");
    expect(screen.getByRole("button", { name: "Enviar reporte" })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Report a problem|Wrong time|Send report|moderator/);
  });

  it("says what is wrong in Spanish and opens with the answer", () => {
    show(invalidAnswer());
    expect(document.querySelector("details")?.open).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("Corrige los 2 problemas que aparecen abajo.");
    expect(document.body.textContent).toContain("Elige qué no está bien en este anuncio.");
    expect(document.body.textContent).toContain("Los detalles deben tener menos de 1000 caracteres.");
    expect(document.body.textContent).not.toMatch(/Contact\.|Choose what|Please keep/);
  });

  it("thanks the visitor in Spanish", () => {
    show(doneState(formMessage("Contact.reportThanks"), {}));
    expect(screen.getByRole("status").textContent).toBe("Gracias. Alguien del equipo de moderación revisará este anuncio pronto.");
  });
});

describe("the report form on an English page", () => {
  it("reads as it always has", () => {
    show(invalidAnswer(), "en");
    expect(document.querySelector("summary")?.textContent).toBe("Report a problem with this listing");
    expect(screen.getByRole("radio", { name: "Wrong time or place" })).toBeTruthy();
    expect(document.body.textContent).toContain("What should we check? Up to 1000 characters.");
    expect(document.body.textContent).toContain("Choose what's wrong with this listing.");
    expect(document.body.textContent).toContain("Please keep the details under 1000 characters.");
    expect(screen.getByRole("button", { name: "Send report" })).toBeTruthy();
  });
});
