import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("accepts an empty environment: everything has a local default", () => {
    expect(readEnv({})).toEqual({});
  });

  it("reads and converts what is set", () => {
    expect(readEnv({ DATABASE_URL: "postgresql://u@h:5432/db", DATABASE_POOL_SIZE: "5", PORT: "8080", DATABASE_URL_UNUSED: "x" })).toMatchObject({
      DATABASE_URL: "postgresql://u@h:5432/db",
      DATABASE_POOL_SIZE: 5,
      PORT: 8080,
    });
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ connection string/);
    expect(() => readEnv({ SITE_URL: "village" })).toThrow(/SITE_URL must be a full URL/);
  });
});
