import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const PAGES = ["/", "/groups?near=Austin", "/groups?near=Austni", "/groups?online=only&day=tue", "/help-now", "/about"];

for (const path of PAGES) {
  test(`${path} has no detectable accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("a group page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/groups?near=Leeds");
  await page.getByRole("list", { name: "Groups" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Next meeting" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the search form can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.getByLabel("Your town, city or postcode").focus();
  await page.keyboard.type("Leeds");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Leeds, England, United Kingdom");
});
