import { test as base, expect, type Page } from "@playwright/test";
import { reportPolicyViolations } from "./policy-violations";

/** Fails the test on any console error, uncaught page error or Content-Security-Policy violation. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      await reportPolicyViolations(page);
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function searchFromHome(page: Page, place: string) {
  await page.goto("/");
  await page.getByLabel("Your town, city or postcode").fill(place);
  await page.getByRole("button", { name: "Find groups" }).click();
  await page.waitForURL(/\/groups\?/);
}
