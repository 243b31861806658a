import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { devMailboxEnabled } from "./dev-mailbox";

const mailbox = (source: Record<string, string>) => devMailboxEnabled(readEnv(source));

describe("devMailboxEnabled", () => {
  it("is off when nothing is set, on the embedded database as anywhere", () => {
    expect(mailbox({})).toBe(false);
    expect(mailbox({ DATABASE_URL: "" })).toBe(false);
    expect(mailbox({ DATABASE_URL: "postgresql://u@h/db" })).toBe(false);
  });

  it("is off without the opt-in whatever else says local or public", () => {
    expect(mailbox({ SITE_URL: "http://localhost:3000" })).toBe(false);
    expect(mailbox({ SITE_URL: "https://village.example" })).toBe(false);
    expect(mailbox({ NODE_ENV: "production" })).toBe(false);
    expect(mailbox({ NODE_ENV: "development" })).toBe(false);
    expect(mailbox({ DEV_MAILBOX: "0" })).toBe(false);
  });

  it("is on with DEV_MAILBOX=1, unless mail really goes out", () => {
    expect(mailbox({ DEV_MAILBOX: "1" })).toBe(true);
    expect(mailbox({ DEV_MAILBOX: "1", SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(false);
  });
});
