import type { Browser, Cookie } from "@playwright/test";
import { newPerson, signIn } from "./accounts";
import { expect, test } from "./fixtures";

const sessionCookieOf = (cookies: Cookie[]) => cookies.find((c) => c.name.endsWith("next-auth.session-token"));

/** A fresh device that carries a copy of `cookie`, as someone who copied it would. */
async function pagesWithCookie(browser: Browser, cookie: Cookie) {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  return { page: await context.newPage(), close: () => context.close() };
}

/** The old cookie no longer opens anything: the session ended on the server, not just in the browser. */
async function expectCookieDead(browser: Browser, cookie: Cookie, path: string) {
  const copy = await pagesWithCookie(browser, cookie);
  expect(await (await copy.page.request.get("/api/auth/session")).json()).toEqual({});
  await copy.page.goto(path);
  await expect(copy.page).toHaveURL(/\/signin\?callbackUrl=/);
  await copy.close();
}

for (const javaScriptEnabled of [true, false]) {
  test(`an organiser sees who is signed in and signs out${javaScriptEnabled ? "" : " without JavaScript"}`, async ({ browser }) => {
    const email = `shared.computer.${javaScriptEnabled ? "js" : "nojs"}.${Date.now()}@example.org`;
    const person = await newPerson(browser, email, javaScriptEnabled ? "127.0.0.71" : "127.0.0.72", { javaScriptEnabled });
    const { page } = person;
    await signIn(person, "/organiser");
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    const cookie = sessionCookieOf(await page.context().cookies());
    expect(cookie).toBeDefined();

    // A copy of the cookie works while the session lasts...
    const before = await pagesWithCookie(browser, cookie!);
    expect((await (await before.page.request.get("/api/auth/session")).json()).user.email).toBe(email);
    await before.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You’re signed out" })).toBeVisible();
    await expect(page).toHaveURL(/\/signed-out$/);
    expect(sessionCookieOf(await page.context().cookies())).toBeUndefined();
    await page.goto("/organiser");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

    // ...and not after signing out.
    await expectCookieDead(browser, cookie!, "/organiser");
    expect(person.consoleErrors).toEqual([]);
    await person.close();
  });
}

test("a moderator signs out from the moderation pages", async ({ browser }) => {
  const person = await newPerson(browser, "moderator@example.org", "127.0.0.73");
  const { page } = person;
  await signIn(person, "/admin");
  const bar = page.getByText("Signed in as moderator@example.org");
  await expect(bar).toBeVisible();
  const cookie = sessionCookieOf(await page.context().cookies());
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You’re signed out" })).toBeVisible();
  await expectCookieDead(browser, cookie!, "/admin");
  expect(person.consoleErrors).toEqual([]);
  await person.close();
});
