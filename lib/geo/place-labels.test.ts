import { describe, expect, it } from "vitest";
import { countryName, placeLabel, qualifierKeys } from "./place-labels";

describe("place labels", () => {
  it("names the country in the reader's language", () => {
    expect(placeLabel("Austin", "US", "TX")).toBe("Austin, TX, United States");
    expect(placeLabel("Austin", "US", "TX", "es")).toBe("Austin, TX, Estados Unidos");
    expect(countryName("GB", "es")).toBe("Reino Unido");
  });

  it("lets a visitor name the country in any of the site's languages", () => {
    expect(qualifierKeys("US", "TX")).toEqual(expect.arrayContaining(["us", "united states", "estados unidos", "tx"]));
  });
});
