import { describe, expect, it } from "vitest";
import { addressLines, describeJoining, printableUrl } from "./how-to-join";
import { describeWhere } from "./where-line";

const base = { format: "IN_PERSON" as const, registrationRequired: false, registrationUrl: null, phone: null, onlineJoinUrl: null, joinInstructions: null };

describe("describeJoining", () => {
  it("says whether to book, and where and how", () => {
    expect(describeJoining(base)).toEqual(["Drop in: no need to book."]);
    expect(describeJoining({ ...base, registrationRequired: true, registrationUrl: "https://example.org/register/", phone: "(512) 555-0161" })).toEqual([
      "Please register before your first visit.",
      "Register at example.org/register",
      "Call (512) 555-0161",
    ]);
  });

  it("gives the online way in for online and hybrid groups only", () => {
    expect(describeJoining({ ...base, format: "ONLINE" })).toEqual(["Drop in: no need to book.", "The organiser shares the online link when you register."]);
    expect(describeJoining({ ...base, format: "HYBRID", onlineJoinUrl: "https://meet.example/abc", joinInstructions: "Cameras optional." })).toEqual([
      "Drop in: no need to book.",
      "Join online at meet.example/abc",
      "Cameras optional.",
    ]);
    expect(describeJoining({ ...base, onlineJoinUrl: "https://meet.example/abc" })).toEqual(["Drop in: no need to book."]);
  });
});

describe("addresses and where", () => {
  const location = { venueName: "Redbud Library", addressLine1: "1400 East Aster Street", addressLine2: null, locality: "Austin", region: "TX", postalCode: "78702", countryCode: "US", lat: 30.2, lng: -97.7 };

  it("writes an address as lines, and none for an online group", () => {
    expect(addressLines(location)).toEqual(["Redbud Library", "1400 East Aster Street", "Austin TX 78702"]);
    expect(addressLines(null)).toBeNull();
    expect(printableUrl("http://localhost:3000/groups/a")).toBe("localhost:3000/groups/a");
  });

  it("sums up where in one line", () => {
    expect(describeWhere({ format: "IN_PERSON", venueType: "LIBRARY", location })).toBe("Library · Redbud Library · Austin");
    expect(describeWhere({ format: "HYBRID", venueType: null, location })).toBe("Redbud Library · Austin · In person and online");
    expect(describeWhere({ format: "ONLINE", venueType: null, location: null })).toBe("Online");
  });
});
