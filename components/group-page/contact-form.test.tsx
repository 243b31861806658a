// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contactSchema } from "@/lib/contact/contact-schema";
import { formMessage } from "@/lib/forms/form-message";
import { doneState, fieldErrors, initialFormState, problemSummary } from "@/lib/forms/form-state";
import { tryAgainMessage } from "@/lib/rate-limit";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import type { ContactResult } from "@/lib/contact/relay-contact-message";
import { ContactFormView } from "./contact-form";

// The action runs on the server; here only what the form shows for each of its answers.
vi.mock("@/lib/contact/contact-actions", () => ({ contactOrganiserAction: vi.fn() }));

afterEach(cleanup);

const show = (state: ContactResult, locale: "en" | "es" = "es") =>
  renderWithIntl(<ContactFormView slug="circulo-de-mamas" groupName="Círculo de Mamás" state={state} action={() => {}} pending={false} />, { locale });

/** What the server answers to a form sent empty but for a bad address. */
function invalidAnswer(): ContactResult {
  const parsed = contactSchema.safeParse({ name: "", email: "no-es-un-correo", message: "" });
  if (parsed.success) throw new Error("expected the form to be refused");
  const errors = fieldErrors(parsed.error);
  return { status: "error", message: problemSummary(errors), errors, values: { email: "no-es-un-correo" }, version: 1 };
}

describe("the contact form on a Spanish page", () => {
  it("asks for each thing in Spanish", () => {
    show(initialFormState({}));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Escríbele a quien organiza");
    expect(screen.getByLabelText("Tu nombre")).toBeTruthy();
    expect(screen.getByLabelText("Tu correo electrónico")).toBeTruthy();
    expect(screen.getByLabelText("Tu mensaje").getAttribute("maxlength")).toBe("2000");
    expect(document.body.textContent).toContain("Hazle a Círculo de Mamás tu pregunta antes de ir.");
    expect(document.body.textContent).toContain("Hasta 2000 caracteres.");
    expect(screen.getByRole("button", { name: "Enviar mensaje" })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Your name|Send message|Contact the organiser|organiser/);
  });

  it("says what is wrong in Spanish, field by field, and keeps what was typed", () => {
    show(invalidAnswer());
    expect(screen.getByRole("alert").textContent).toBe("Corrige los 3 problemas que aparecen abajo.");
    expect(document.body.textContent).toContain("Escribe tu nombre para quien organiza.");
    expect(document.body.textContent).toContain("Escribe un correo electrónico como nombre@ejemplo.org.");
    expect(document.body.textContent).toContain("Escribe un mensaje para quien organiza.");
    expect(screen.getByLabelText("Tu correo electrónico").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText("Tu correo electrónico") as HTMLInputElement).value).toBe("no-es-un-correo");
    expect(document.body.textContent).not.toMatch(/Contact\.|Tell the organiser|Enter an email|Please fix/);
  });

  it("says in Spanish when to try again, and that the message went", () => {
    show({ ...initialFormState({}), status: "error", message: tryAgainMessage(90) });
    expect(screen.getByRole("alert").textContent).toBe("Lo has intentado varias veces en poco tiempo. Vuelve a intentarlo en 2 minutos.");
    cleanup();
    show(doneState(formMessage("Contact.sent"), {}));
    expect(screen.getByRole("status").textContent).toBe("Tu mensaje ya va en camino. Quien organiza te responderá a tu correo electrónico.");
  });
});

describe("the contact form on an English page", () => {
  it("reads as it always has", () => {
    show(invalidAnswer(), "en");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Contact the organiser");
    expect(document.body.textContent).toContain("Ask Círculo de Mamás a question before you go. We pass your message on by email; the organiser replies to you directly.");
    expect(document.body.textContent).toContain("The organiser sees it so they can reply. It never appears on the site.");
    expect(document.body.textContent).toContain("Up to 2000 characters.");
    expect(screen.getByRole("alert").textContent).toBe("Please fix the 3 problems below.");
    expect(document.body.textContent).toContain("Tell the organiser your name.");
    expect(document.body.textContent).toContain("Enter an email address like name@example.org.");
    expect(document.body.textContent).toContain("Write a message for the organiser.");
    expect(screen.getByRole("button", { name: "Send message" })).toBeTruthy();
  });
});
