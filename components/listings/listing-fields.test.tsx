// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ListingInput } from "@/lib/listings/listing-input";
import { parseListingForm } from "@/lib/listings/parse-listing-form";
import { AboutFields } from "./about-fields";
import { WhenFields } from "./when-fields";
import { WhereFields } from "./where-fields";

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
  languages: ["es"],
  isFree: false,
  costNote: "$5",
  registrationRequired: true,
  babiesWelcome: false,
  childcareProvided: true,
  wheelchairAccessible: true,
  accessibilityNotes: "Step-free",
  websiteUrl: "javascript:alert(1)",
  registrationUrl: "https://example.org/register",
  phone: "+1 512 555 0100",
  contactEmail: "not-an-email",
  format: "HYBRID",
  venueType: "CLINIC",
  location: { venueName: "Clinic", addressLine1: "1 Road", addressLine2: "Floor 2", locality: "Nowhereville", region: "TX", postalCode: "99999", countryCode: "US" },
  onlineJoinUrl: "https://meet.example.org/x",
  showJoinLink: true,
  joinInstructions: "Email us",
  timeZone: "Europe/London",
  meetings: [
    { label: "", frequency: "MONTHLY_NTH", weekday: "TH", nthWeek: "2", startTime: "18:30", durationMinutes: "10", startDate: "2026-01-08", endDate: "2025-01-01", cancellations: "2026-02-12 Snow\nnext week" },
    { label: "Evening", frequency: "WEEKLY", weekday: "MO", nthWeek: "", startTime: "19:00", durationMinutes: "60", startDate: "2026-01-05", endDate: "", cancellations: "" },
  ],
  website_url: "",
};

function renderForm(values: ListingInput, errors: Record<string, string[]> = {}) {
  const { container } = render(
    <form>
      <input type="hidden" name="website_url" value="" />
      <AboutFields values={values} errors={errors} languages={choices.languages} />
      <WhereFields values={values} errors={errors} countries={choices.countries} />
      <WhenFields values={values} errors={errors} timeZones={choices.timeZones} today="2026-11-27" />
    </form>,
  );
  return container.querySelector("form")!;
}

describe("the listing form's fields", () => {
  it("show everything that was sent back, so posting the form again sends the same", () => {
    const form = renderForm(typed, { name: ["Give your group a name."] });
    expect(parseListingForm(new FormData(form))).toEqual(typed);
  });

  it("put each error next to its field, wired for screen readers", () => {
    renderForm(typed, { contactEmail: ["Enter an email address like name@example.org."], "meetings.1.startTime": ["Give the start time."] });
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
