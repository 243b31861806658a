import { describe, expect, it } from "vitest";
import { recentValue } from "./recent-value";

describe("recentValue", () => {
  it("works the value out once per period, and again after it", async () => {
    let now = 0;
    let loads = 0;
    const get = recentValue(1_000, async () => ++loads, () => now);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    now = 999;
    expect(await get()).toBe(1);
    now = 1_000;
    expect(await get()).toBe(2);
  });

  it("does not keep a failure", async () => {
    let fail = true;
    const get = recentValue(60_000, async () => {
      if (fail) throw new Error("database away");
      return "ok";
    });
    await expect(get()).rejects.toThrow("database away");
    fail = false;
    expect(await get()).toBe("ok");
  });
});
