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
      OPEN_DATA_LICENCE: { id: "CC-BY-4.0", title: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      PAGE_CACHE_SECONDS: 60,
    });
  });

  it("reads the open data licence by SPDX identifier or as a name and address", () => {
    expect(readEnv({ OPEN_DATA_LICENCE: "cc0-1.0" }).OPEN_DATA_LICENCE).toEqual({ id: "CC0-1.0", title: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" });
    expect(readEnv({ OPEN_DATA_LICENCE: "Town Data Licence <https://town.example/licence>" }).OPEN_DATA_LICENCE).toEqual({
      id: null,
      title: "Town Data Licence",
      url: "https://town.example/licence",
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
      [{ OPEN_DATA_LICENCE: "MIT" }, /OPEN_DATA_LICENCE must be one of CC-BY-4.0, .*or a name and address/],
      [{ OPEN_DATA_LICENCE: "Mine <ftp://x>" }, /OPEN_DATA_LICENCE must be one of/],
    ];
    for (const [source, message] of wrong) expect(() => readEnv(source)).toThrow(message);
  });
});
