// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { afterEach, describe, expect, it } from "vitest";
import { formMessage } from "@/lib/forms/form-message";
import { readForm } from "@/lib/forms/read-form";
import type { Locale } from "@/lib/i18n/routing";
import type { ListingInput } from "@/lib/listings/form-input";
import { listingFormFields } from "@/lib/listings/fields";
import { ErrorSummary } from "./error-summary";
import { ListingSections } from "./listing-sections";

const parseListingForm = (form: FormData) => readForm(form).payload;

afterEach(cleanup);

const choices = {
  languages: [
    { code: "en", name: "English" },
    { code: "es", name: "Spanish" },
  ],
  countries: [
    { code: "GB", name: "United Kingdom" },
    { code: "US", name: "United States" },
  ],
  timeZones: ["America/Chicago", "Europe/London", "UTC"],
};

/** What an organiser typed, some of it wrong: the form must show all of it again. */
const typed: ListingInput = {
  name: "<script>alert(1)</script> Circle",
  summary: "A summary",
  description: "First paragraph.\n\nSecond paragraph.",
  audiences: ["PARTNERS_DADS", "NICU_FAMILIES"],
  languages: ["en", "es"],
  isFree: "false",
  costNote: "$5",
  registrationRequired: "true",
  childcareProvided: "on",
  wheelchairAccessible: "on",
  accessibilityNotes: "Step-free",
  parkingAndTransit: "Car park at the back; bus 7",
  websiteUrl: "javascript:alert(1)",
  registrationUrl: "https://example.org/register",
  phone: "+1 512 555 0100",
  contactEmail: "not-an-email",
  format: "HYBRID",
  venueType: "CLINIC",
  location: { venueName: "Clinic", addressLine1: "1 Road", addressLine2: "Floor 2", locality: "Nowhereville", region: "TX", postalCode: "99999", countryCode: "US" },
  onlineJoinUrl: "https://meet.example.org/x",
  showJoinLink: "on",
  joinInstructions: "Email us",
  timeZone: "Europe/London",
  meetings: [
    { id: "cm_first", frequency: "MONTHLY_NTH", nthWeek: "2", weekday: "TH", startTime: "18:30", durationMinutes: "10", startDate: "2026-01-08", endDate: "2025-01-01", label: "" },
    { id: "", frequency: "WEEKLY", nthWeek: "", weekday: "MO", startTime: "19:00", durationMinutes: "60", startDate: "2026-01-05", endDate: "", label: "Evening" },
  ],
  website_url: "",
};

function renderForm(values: ListingInput, errors: Record<string, string[]> = {}, locale: Locale = "en") {
  const { container } = renderWithIntl(
    <form>
      <input type="hidden" name="website_url" value="" />
      <ListingSections fields={listingFormFields(locale)} values={values} errors={errors} choices={choices} today="2026-11-27" />
    </form>,
    { locale },
  );
  return container.querySelector("form")!;
}

describe("the listing form's fields", () => {
  it("show everything that was sent back, so posting the form again sends the same", () => {
    const form = renderForm(typed, { name: [formMessage("Validation.giveName")] });
    expect(parseListingForm(new FormData(form))).toEqual(typed);
  });

  it("carry each meeting's id in a hidden field, so an edit changes that meeting", () => {
    const form = renderForm(typed);
    expect((form.querySelector('input[name="meetings[0].id"]') as HTMLInputElement).value).toBe("cm_first");
    expect((form.querySelector('input[name="meetings[0].id"]') as HTMLInputElement).type).toBe("hidden");
  });

  it("are laid out in the field list's sections", () => {
    renderForm(typed);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["About the group", "Where", "When", "Contact and links"]);
    expect(screen.getByLabelText(/^Parking and public transport/)).toBeTruthy();
  });

  it("put each error next to its field, wired for screen readers", () => {
    renderForm(typed, { contactEmail: [formMessage("Validation.emailFormat")], "meetings[1].startTime": [formMessage("Validation.giveStartTime")] });
    const email = screen.getByLabelText("Email for messages from parents");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    const described = (email.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("Error: Enter an email address like name@example.org.");
    const startTimes = screen.getAllByLabelText("Start time");
    expect(startTimes[0]?.getAttribute("aria-invalid")).toBeNull();
    expect(startTimes[1]?.getAttribute("aria-invalid")).toBe("true");
  });

  it("start a new listing with one meeting block and no meeting errors", () => {
    const form = renderForm({ meetings: [] });
    expect(form.querySelectorAll('[name$=".frequency"]')).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Add another meeting" }).getAttribute("type")).toBe("submit");
    expect(screen.queryByRole("button", { name: /Remove meeting/ })).toBeNull();
  });
});

describe("the listing form in Spanish", () => {
  it("labels every section, field, choice and meeting in Spanish", () => {
    renderForm(typed, {}, "es");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Sobre el grupo", "Dónde", "Cuándo", "Contacto y enlaces"]);
    expect(screen.getByLabelText("Nombre del grupo")).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Es gratis" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "En persona y en línea" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Parejas y papás" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Reunión 1" })).toBeTruthy();
    const days = screen.getAllByLabelText("Día")[0] as HTMLSelectElement;
    expect([...days.options].map((o) => o.textContent)).toEqual(["Elige…", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]);
    const often = screen.getAllByLabelText("Cada cuánto")[0] as HTMLSelectElement;
    expect(often.options[1]?.textContent).toBe("Todas las semanas");
    expect(screen.getByRole("button", { name: "Eliminar la reunión 2" })).toBeTruthy();
    expect(screen.getByText("Nombre del lugar")).toBeTruthy();
  });

  it("words a field's error in Spanish next to it", () => {
    renderForm(typed, { contactEmail: [formMessage("Validation.emailFormat")], name: [formMessage("Validation.tooLong", { field: "name", max: 120 })] }, "es");
    const described = (label: string) => (screen.getByLabelText(label).getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described("Correo para los mensajes de las familias")).toContain("Error: Escribe un correo electrónico como nombre@ejemplo.org.");
    expect(described("Nombre del grupo")).toContain("Error: Usa menos de 120 caracteres para el nombre.");
  });

  it("sums up the problems in Spanish, naming the meeting or the link each is about", () => {
    const errors = { "meetings[1].startTime": [formMessage("Validation.giveStartTime")], websiteUrl: [formMessage("Validation.webLink")] };
    renderWithIntl(<ErrorSummary errors={errors} fields={listingFormFields("es")} />, { locale: "es" });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Corrige estos 2 problemas antes de enviar");
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toEqual(["Reunión 2: Indica la hora de inicio.", "Sitio web: Los enlaces deben empezar por http:// o https://"]);
  });

  it("sums up the problems in English as before", () => {
    renderWithIntl(<ErrorSummary errors={{ name: [formMessage("Validation.giveName")] }} fields={listingFormFields("en")} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Please fix this problem before sending");
    expect(screen.getByRole("link").textContent).toBe("Give your group a name.");
  });
});
