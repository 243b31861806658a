import { describe, expect, it } from "vitest";
import { parseSearchParams, toSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("reads every filter from slugs, repeated or comma-separated", () => {
    const { filters, problems } = parseSearchParams(
      new URLSearchParams("near=Austin&radius=25&unit=km&q=sleep&format=online&format=hybrid&day=tue,thu&time=evening&audience=partners&lang=es&cost=free&babies=1&childcare=on&access=true&online=hide&page=2&venue=library"),
    );
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({
      near: "Austin",
      radius: 25,
      unit: "km",
      q: "sleep",
      formats: ["ONLINE", "HYBRID"],
      days: ["TU", "TH"],
      times: ["evening"],
      audiences: ["PARTNERS_DADS"],
      languages: ["es"],
      venues: ["LIBRARY"],
      cost: "free",
      babies: true,
      childcare: true,
      accessible: true,
      online: "hide",
      page: 2,
    });
  });

  it("keeps the good values and explains each bad one", () => {
    const { filters, problems } = parseSearchParams({ near: "Leeds", radius: "lots", day: ["mon", "someday"], page: "0", lat: "91", utm_source: "x" });
    expect(filters.near).toBe("Leeds");
    expect(filters.radius).toBe(10);
    expect(filters.days).toEqual([]);
    expect(filters.page).toBe(1);
    expect(filters.lat).toBeUndefined();
    expect(problems.map((p) => [p.param, p.kind])).toEqual([
      ["lat", "invalid"],
      ["radius", "invalid"],
      ["day", "invalid"],
      ["page", "invalid"],
      ["utm_source", "unknown"],
    ]);
    expect(problems.find((p) => p.param === "day")?.message).toContain('"someday"');
  });

  it("treats blank form fields as not set", () => {
    const { filters, problems } = parseSearchParams(new URLSearchParams("near=&q=&radius=10&cost="));
    expect(problems).toEqual([]);
    expect(filters.near).toBeUndefined();
    expect(filters.cost).toBeUndefined();
  });

  it("round-trips through a shareable query string with defaults left out", () => {
    const query = "near=Portland%2C+ME%2C+US&radius=25&format=online&day=tue&audience=loss&lang=fr&babies=1&online=only&page=3";
    const { filters } = parseSearchParams(new URLSearchParams(query));
    expect(toSearchParams(filters).toString()).toBe(query);
    expect(toSearchParams(filters, { page: 1, radius: 10 }).toString()).not.toMatch(/page=|radius=/);
  });
});

describe("the sort parameter", () => {
  it("is nearest by default and reads soonest", () => {
    expect(parseSearchParams(new URLSearchParams("near=Austin")).filters.sort).toBe("nearest");
    const { filters, problems } = parseSearchParams(new URLSearchParams("near=Austin&sort=soonest"));
    expect(problems).toEqual([]);
    expect(filters.sort).toBe("soonest");
  });

  it("explains a value it does not know and keeps the default", () => {
    const { filters, problems } = parseSearchParams(new URLSearchParams("near=Austin&sort=cheapest"));
    expect(filters.sort).toBe("nearest");
    expect(problems).toEqual([{ param: "sort", value: "cheapest", message: 'Sort is "nearest" or "soonest".', kind: "invalid" }]);
  });

  it("round-trips in the URL, leaving the default out", () => {
    const soonest = parseSearchParams(new URLSearchParams("near=Austin&sort=soonest&page=2")).filters;
    expect(toSearchParams(soonest).toString()).toBe("near=Austin&sort=soonest&page=2");
    expect(parseSearchParams(toSearchParams(soonest)).filters).toEqual(soonest);
    expect(toSearchParams(soonest, { sort: "nearest" }).get("sort")).toBeNull();
  });
});
