import { describe, expect, it } from "vitest";
import { defaultDistanceUnit, distanceUnitForLocales } from "./distance-unit";

describe("defaultDistanceUnit", () => {
  it("uses miles in the US, the UK, Liberia and Myanmar, km elsewhere", () => {
    expect(["US", "GB", "LR", "MM", "gb"].map(defaultDistanceUnit)).toEqual(["mi", "mi", "mi", "mi", "mi"]);
    expect(["CA", "IE", "AU", "DE", "IN"].map(defaultDistanceUnit)).toEqual(["km", "km", "km", "km", "km"]);
    expect(defaultDistanceUnit(null)).toBe("km");
  });
});

describe("distanceUnitForLocales", () => {
  it("reads the region of the browser's language", () => {
    expect(distanceUnitForLocales(["en-US"])).toBe("mi");
    expect(distanceUnitForLocales(["en-GB"])).toBe("mi");
    expect(distanceUnitForLocales(["es-US"])).toBe("mi");
    expect(distanceUnitForLocales(["de-DE"])).toBe("km");
    expect(distanceUnitForLocales(["en-CA"])).toBe("km");
    expect(distanceUnitForLocales(["fr-CA", "en-US"])).toBe("km");
  });

  it("infers the likeliest region of a bare language", () => {
    expect(distanceUnitForLocales(["en"])).toBe("mi");
    expect(distanceUnitForLocales(["my"])).toBe("mi");
    expect(distanceUnitForLocales(["de"])).toBe("km");
    expect(distanceUnitForLocales(["ja"])).toBe("km");
  });

  it("skips tags it cannot read and says so when none is left", () => {
    expect(distanceUnitForLocales(["not a locale!", "en-GB"])).toBe("mi");
    expect(distanceUnitForLocales(["not a locale!"])).toBeNull();
    expect(distanceUnitForLocales([])).toBeNull();
  });
});
