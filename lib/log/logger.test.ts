import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, loggablePath, withoutEmails } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  return { log: createLogger(stream), lines: () => lines.join("\n") };
}

describe("loggablePath", () => {
  it("drops the query string and fragment, which can name a town or carry a token", () => {
    expect(loggablePath("/groups?near=Little+Snoring&radius=5")).toBe("/groups");
    expect(loggablePath("/api/auth/callback/email?token=abc&email=sam%40example.org")).toBe("/api/auth/callback/email");
    expect(loggablePath("/help-now#us")).toBe("/help-now");
    expect(loggablePath(undefined)).toBe("/");
  });

  it("removes an email address written into the path, escaped or not", () => {
    expect(loggablePath("/u/sam@example.org/x")).toBe("/u/[email]/x");
    expect(loggablePath("/u/sam%40example.org")).toBe("/u/[email]");
    expect(loggablePath("/groups/tuesday-circle")).toBe("/groups/tuesday-circle");
  });
});

describe("createLogger", () => {
  it("writes no email address from messages, error messages or fields that name people", () => {
    const { log, lines } = capture();
    log.warn("could not send to sam@example.org");
    log.error({ err: new Error("mailbox jo.bloggs@example.co.uk is full") }, "mail failed");
    log.info({ email: "ana@example.org", mail: { to: "ana@example.org", text: "my baby cries all night" } }, "mail queued");
    const out = lines();
    expect(out).not.toMatch(/@example\./);
    expect(out).not.toContain("my baby cries");
    expect(out).toContain("[email]");
    expect(out).toContain("mail failed");
  });

  it("writes one JSON object a line", () => {
    const { log, lines } = capture();
    log.info({ requestId: "r1", path: "/groups", status: 200 }, "request");
    expect(JSON.parse(lines())).toMatchObject({ requestId: "r1", path: "/groups", status: 200, msg: "request" });
  });
});

describe("withoutEmails", () => {
  it("leaves ordinary text alone", () => {
    expect(withoutEmails("Tuesday at 10:00 @ the library")).toBe("Tuesday at 10:00 @ the library");
  });
});
