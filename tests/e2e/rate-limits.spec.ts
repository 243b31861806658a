import http from "node:http";
import { RATE_LIMITS } from "../../lib/rate-limit";
import { newPerson, type Person } from "./accounts";
import { expect, test } from "./fixtures";

// Per-address limits must hold against a client that claims a new address on every
// request. Each test connects from a loopback address of its own, so it spends its own
// allowance and nobody else's, and writes a different X-Forwarded-For every time.
const claimedAddress = (attempt: number) => `198.51.100.${attempt + 1}`;
const group = "south-austin-new-moms-coffee-morning";
const tryAgain = /Please try again in \d+ minutes?/;

async function claimNewAddress(person: Person, attempt: number) {
  await person.page.context().setExtraHTTPHeaders({ "x-forwarded-for": claimedAddress(attempt) });
}

/** A form post straight to the server, from `localAddress`, without a browser. */
function postForm(url: string, form: Record<string, string>, headers: Record<string, string>, localAddress: string): Promise<number> {
  const body = new URLSearchParams(form).toString();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress,
        headers: { ...headers, host: target.host, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test("the sign-in form sends ten links per address, however the address is claimed", async ({ browser }) => {
  const person = await newPerson(browser, "", "127.0.0.61");
  const { limit } = RATE_LIMITS.signInPerAddress;
  const ask = async (attempt: number) => {
    await claimNewAddress(person, attempt);
    await person.page.goto("/signin");
    await person.page.getByLabel("Your email address").fill(`claims.${Date.now()}.${attempt}@example.org`);
    await person.page.getByRole("button", { name: "Email me a sign-in link" }).click();
  };
  for (let attempt = 0; attempt < limit; attempt++) {
    await ask(attempt);
    await expect(person.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await ask(limit);
  await expect(person.page.getByText(tryAgain)).toBeVisible();
  expect(person.consoleErrors).toEqual([]);
  await person.close();
});

test("next-auth's own sign-in endpoint holds the same limit against forged X-Forwarded-For", async ({ baseURL }) => {
  const { limit } = RATE_LIMITS.signInPerAddress;
  const statuses: number[] = [];
  for (let attempt = 0; attempt <= limit; attempt++) {
    const email = `endpoint.${Date.now()}.${attempt}@example.org`;
    statuses.push(await postForm(`${baseURL}/api/auth/signin/email`, { email, json: "true" }, { "x-forwarded-for": claimedAddress(attempt), "x-client-address": claimedAddress(attempt) }, "127.0.0.62"));
  }
  expect(statuses.slice(0, limit)).not.toContain(429);
  expect(statuses.at(-1)).toBe(429);
});

test("a visitor sends five reports an hour, however the address is claimed", async ({ browser }) => {
  const person = await newPerson(browser, "", "127.0.0.63");
  const report = async (attempt: number) => {
    await claimNewAddress(person, attempt);
    await person.page.goto(`/groups/${group}`);
    await person.page.getByText("Report a problem with this listing").click();
    await person.page.getByRole("radio", { name: "Wrong time or place" }).check();
    await person.page.getByRole("button", { name: "Send report" }).click();
  };
  for (let attempt = 0; attempt < RATE_LIMITS.reportsPerAddress.limit; attempt++) {
    await report(attempt);
    await expect(person.page.getByText("Thank you. A moderator will look at this listing soon.")).toBeVisible();
  }
  await report(RATE_LIMITS.reportsPerAddress.limit);
  await expect(person.page.getByText(tryAgain)).toBeVisible();
  expect(person.consoleErrors).toEqual([]);
  await person.close();
});

test("a visitor sends five messages to organisers an hour, however the address is claimed", async ({ browser }) => {
  const person = await newPerson(browser, "", "127.0.0.64");
  const write = async (attempt: number) => {
    await claimNewAddress(person, attempt);
    await person.page.goto(`/groups/${group}`);
    await person.page.getByLabel("Your name").fill("Alex");
    await person.page.getByLabel("Your email address").fill(`parent.${attempt}@example.org`);
    await person.page.getByLabel("Your message").fill("Is there parking near the center?");
    await person.page.getByRole("button", { name: "Send message" }).click();
  };
  for (let attempt = 0; attempt < RATE_LIMITS.contactPerAddress.limit; attempt++) {
    await write(attempt);
    await expect(person.page.getByText("Your message is on its way.")).toBeVisible();
  }
  await write(RATE_LIMITS.contactPerAddress.limit);
  await expect(person.page.getByText(tryAgain)).toBeVisible();
  expect(person.consoleErrors).toEqual([]);
  await person.close();
});
