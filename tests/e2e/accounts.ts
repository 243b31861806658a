import type { Browser, Page } from "@playwright/test";
import { startLoopbackProxy } from "../helpers/loopback-proxy";
import { expect } from "./fixtures";
import { firstLink, waitForMail } from "./mail";
import { reportPolicyViolations } from "./policy-violations";

export type Person = { page: Page; email: string; consoleErrors: string[]; close: () => Promise<void> };

/**
 * A person on their own device: a fresh browser context with its own cookies, connecting
 * from its own loopback address (127.0.0.x), so people don't share a session or each
 * other's rate limits.
 */
export async function newPerson(browser: Browser, email: string, address: string, { javaScriptEnabled = true } = {}): Promise<Person> {
  const proxy = await startLoopbackProxy(address);
  const context = await browser.newContext({ proxy: { server: proxy.url }, javaScriptEnabled });
  await reportPolicyViolations(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return {
    page,
    email,
    consoleErrors,
    close: async () => {
      await context.close();
      await proxy.close();
    },
  };
}

/** Signs `person` in the way a person does: asks for a link, then follows it from the mail. */
export async function signIn({ page, email }: Pick<Person, "page" | "email">, callbackUrl: string): Promise<void> {
  const since = new Date(Date.now() - 1000);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(email, /sign-in link/i, since);
  await page.goto(firstLink(mail));
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[?]/g, "\\?")}$`));
}
