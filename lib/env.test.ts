import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("accepts an empty environment: everything has a safe local default", () => {
    expect(readEnv({})).toEqual({
      PORT: 3000,
      TRUST_PROXY: 0,
      MAIL_FROM: "Village <no-reply@village.localhost>",
      DEV_MAILBOX: false,
      MODERATOR_EMAILS: [],
      DEBUG_SCHEMA_ENGINE: false,
    });
  });

  it("reads and converts what is set", () => {
    expect(
      readEnv({
        DATABASE_URL: "postgresql://u@h:5432/db",
        DATABASE_POOL_SIZE: "5",
        PORT: "8080",
        DATABASE_URL_UNUSED: "x",
        TRUST_PROXY: "2",
        DEV_MAILBOX: "1",
        SMTP_URL: "smtp://user:pass@mail.example:587",
        MAIL_FROM: "Village <hello@village.example>",
        MODERATOR_EMAILS: "Ana@Example.org, sam@example.org",
        AUTH_SECRET: "a".repeat(32),
        NEXTAUTH_URL: "https://village.example",
      }),
    ).toMatchObject({
      DATABASE_URL: "postgresql://u@h:5432/db",
      DATABASE_POOL_SIZE: 5,
      PORT: 8080,
      TRUST_PROXY: 2,
      DEV_MAILBOX: true,
      SMTP_URL: "smtp://user:pass@mail.example:587",
      MAIL_FROM: "Village <hello@village.example>",
      MODERATOR_EMAILS: ["ana@example.org", "sam@example.org"],
      AUTH_SECRET: "a".repeat(32),
      NEXTAUTH_URL: "https://village.example",
    });
  });

  it("treats blank values as unset", () => {
    expect(readEnv({ SMTP_URL: "  ", TRUST_PROXY: "", DEV_MAILBOX: "" })).toMatchObject({ SMTP_URL: undefined, TRUST_PROXY: 0, DEV_MAILBOX: false });
  });

  it("names the variable that is wrong", () => {
    const wrong: [Record<string, string>, RegExp][] = [
      [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgresql:\/\/ connection string/],
      [{ SITE_URL: "village" }, /SITE_URL must be a full http:\/\/ or https:\/\/ URL/],
      [{ SITE_URL: "javascript:alert(1)" }, /SITE_URL must be a full http:\/\/ or https:\/\/ URL/],
      [{ NEXTAUTH_URL: "ftp://village.example" }, /NEXTAUTH_URL must be a full http:\/\/ or https:\/\/ URL/],
      [{ TRUST_PROXY: "yes" }, /TRUST_PROXY must be the number of proxies/],
      [{ TRUST_PROXY: "-1" }, /TRUST_PROXY must be the number of proxies/],
      [{ TRUST_PROXY: "1.5" }, /TRUST_PROXY must be the number of proxies/],
      [{ DEV_MAILBOX: "true" }, /DEV_MAILBOX must be 1 \(on\) or 0 \(off\)/],
      [{ SMTP_URL: "mail.example:587" }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
      [{ MAIL_FROM: "Village" }, /MAIL_FROM must be an address/],
      [{ MODERATOR_EMAILS: "ana@example.org, sam" }, /MODERATOR_EMAILS must be email addresses separated by commas; "sam" is not one/],
      [{ AUTH_SECRET: "short" }, /AUTH_SECRET must be at least 32 characters/],
      [{ NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32 characters/],
    ];
    for (const [source, message] of wrong) expect(() => readEnv(source)).toThrow(message);
  });
});
