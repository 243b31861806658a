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

const SIGN_IN_WORDS = {
  en: { page: "/signin", email: "Your email address", send: "Email me a sign-in link", sent: "Check your email", subject: /sign-in link/i },
  es: { page: "/es/signin", email: "Tu correo electrónico", send: "Enviarme un enlace para iniciar sesión", sent: "Revisa tu correo", subject: /enlace para iniciar sesión/i },
};

/**
 * Signs `person` in the way a person does: asks for a link, then follows it from the mail.
 * A Spanish page to come back to means signing in from the Spanish sign-in page.
 */
export async function signIn({ page, email }: Pick<Person, "page" | "email">, callbackUrl: string): Promise<void> {
  const since = new Date(Date.now() - 1000);
  const words = SIGN_IN_WORDS[/^\/es(\/|\?|$)/.test(callbackUrl) ? "es" : "en"];
  await page.goto(`${words.page}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(words.email).fill(email);
  await page.getByRole("button", { name: words.send }).click();
  await expect(page.getByRole("heading", { name: words.sent })).toBeVisible();
  const mail = await waitForMail(email, words.subject, since);
  await page.goto(firstLink(mail));
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[?]/g, "\\?")}$`));
}
