// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { SearchOutcome } from "@/lib/groups/run-search";
import { parseSearchParams } from "@/lib/groups/search-params";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { ResultsSummary } from "./results-summary";

afterEach(cleanup);

const outcome = (query: string, total: number, localTotal: number): SearchOutcome => ({
  filters: parseSearchParams(new URLSearchParams(query)).filters,
  problems: [],
  place: { status: "found", place: { label: "Austin, TX, United States", queryValue: "Austin", countryCode: "US", lat: 30.27, lng: -97.74 }, alternatives: [] },
  unit: "mi",
  text: null,
  results: [],
  total,
  localTotal,
  page: 1,
  pageCount: 1,
  sort: "nearest",
});

describe("ResultsSummary", () => {
  it("says what the search found as a sentence", () => {
    renderWithIntl(<ResultsSummary outcome={outcome("near=Austin", 34, 12)} />);
    expect(screen.getByRole("status").textContent).toBe("12 groups within 10 miles of Austin, TX, United States, and 22 online groups.");
  });

  it("says it in Spanish on a Spanish page", () => {
    renderWithIntl(<ResultsSummary outcome={outcome("near=Austin&online=only", 1, 0)} />, { locale: "es" });
    expect(screen.getByRole("status").textContent).toBe("1 grupo en línea.");
  });
});
