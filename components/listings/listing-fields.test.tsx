// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { afterEach, describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/read-form";
import type { ListingInput } from "@/lib/listings/form-input";
import { LISTING_FORM_FIELDS } from "@/lib/listings/fields";
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

function renderForm(values: ListingInput, errors: Record<string, string[]> = {}) {
  const { container } = renderWithIntl(
    <form>
      <input type="hidden" name="website_url" value="" />
      <ListingSections fields={LISTING_FORM_FIELDS} values={values} errors={errors} choices={choices} today="2026-11-27" />
    </form>,
  );
  return container.querySelector("form")!;
}

describe("the listing form's fields", () => {
  it("show everything that was sent back, so posting the form again sends the same", () => {
    const form = renderForm(typed, { name: ["Give your group a name."] });
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
    renderForm(typed, { contactEmail: ["Enter an email address like name@example.org."], "meetings[1].startTime": ["Give the start time."] });
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
