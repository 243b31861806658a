import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

async function box(page: Page, selector: Parameters<Page["locator"]>[0]) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, `${selector} is on the page`).not.toBeNull();
  return found!;
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  const pages = [
    { path: "/", helpNow: "Help now", articles: "Articles", main: "Main" },
    { path: "/groups?near=Austin", helpNow: "Help now", articles: "Articles", main: "Main" },
    // Spanish words are longer: the bar must still fit, down to the narrowest phones.
    { path: "/es", helpNow: "Ayuda ahora", articles: "Artículos", main: "Principal" },
    { path: "/es/groups?near=Austin", helpNow: "Ayuda ahora", articles: "Artículos", main: "Principal" },
  ];
  for (const { path, helpNow, articles, main } of pages) {
    for (const width of [320, PHONE.width]) {
      test(`${path} at ${width}px: the header is one compact line with the crisis link and the menu in it`, async ({ page }) => {
        await page.setViewportSize({ width, height: PHONE.height });
        await page.goto(path);
        expect((await box(page, "body > header")).height).toBeLessThanOrEqual(72);
        const header = page.locator("body > header");
        await expect(header.getByRole("link", { name: helpNow })).toBeInViewport({ ratio: 1 });
        await expect(header.locator("summary")).toBeInViewport({ ratio: 1 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await expect(page.getByRole("navigation", { name: main }).getByRole("link", { name: articles })).toBeHidden();
      });
    }
  }

  test("the first result starts on the first screen after a search", async ({ page }) => {
    await page.goto("/groups?near=Austin");
    const first = await box(page, 'ol[aria-label="Groups"] > li');
    expect(first.y).toBeGreaterThan(0);
    expect(first.y).toBeLessThan(PHONE.height);
    // Filters are folded away on phones, so they do not push the results down.
    await expect(page.getByRole("checkbox", { name: "Babies welcome" })).toBeHidden();
  });

  test("the search button stays inside its card", async ({ page }) => {
    await page.goto("/groups?near=Austin");
    const form = page.getByRole("search", { name: "Find a support group" });
    const button = await form.getByRole("button", { name: "Search" }).boundingBox();
    const card = await form.locator("> div").first().boundingBox();
    expect(button!.x).toBeGreaterThanOrEqual(card!.x);
    expect(button!.x + button!.width).toBeLessThanOrEqual(card!.x + card!.width);
    expect(button!.y + button!.height).toBeLessThanOrEqual(card!.y + card!.height);

    await page.goto("/");
    const home = page.getByRole("search", { name: "Find a support group" });
    const homeButton = await home.getByRole("button", { name: "Find groups" }).boundingBox();
    const homeCard = await home.locator("xpath=..").boundingBox();
    expect(homeButton!.x).toBeGreaterThanOrEqual(homeCard!.x);
    expect(homeButton!.x + homeButton!.width).toBeLessThanOrEqual(homeCard!.x + homeCard!.width);
  });

  test("the menu closes on Escape and after a link is followed", async ({ page }) => {
    await page.goto("/groups?near=Austin");
    const menu = page.locator("body > header summary");
    await menu.focus();
    await page.keyboard.press("Enter");
    const articles = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" });
    await expect(articles).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(articles).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await articles.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reading for the early months");
    await expect(articles).toBeHidden();
  });

  test("the search page with its menu open has no detectable accessibility violations", async ({ page }) => {
    await page.goto("/groups?near=Austin&sort=soonest");
    await page.locator("body > header summary").click();
    await expectNoAxeViolations(page);
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("the menu opens and its links work", async ({ page }) => {
    await page.goto("/help-now");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "For families" })).toBeHidden();
    await page.locator("body > header summary").click();
    await nav.getByRole("link", { name: "For families" }).click();
    await expect(page).toHaveURL(/\/families$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("For partners, family and friends");
    await expect(page.locator("body > header").getByRole("link", { name: "Help now" })).toBeVisible();
  });
});

test("on a wide screen the filters are open beside the results", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/groups?near=Austin");
  const babies = page.getByRole("checkbox", { name: "Babies welcome" });
  await expect(babies).toBeVisible();
  const filters = await babies.boundingBox();
  const first = await box(page, 'ol[aria-label="Groups"] > li');
  expect(filters!.x + filters!.width).toBeLessThan(first.x);
  // Still one GET form: a filter ticked in the sidebar goes into the shareable address.
  await babies.check();
  await page.getByRole("button", { name: "Show groups" }).click();
  await expect(page).toHaveURL(/babies=1/);
  await expect(page).toHaveURL(/near=Austin/);
});

test("the sort choice round-trips in the address", async ({ page, request }) => {
  await page.goto("/groups?near=Austin");
  await expect(page.getByRole("link", { name: "Nearest first" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "Soonest first" }).click();
  await expect(page).toHaveURL(/sort=soonest/);
  await expect(page.getByRole("link", { name: "Soonest first" })).toHaveAttribute("aria-current", "true");
  const names = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).allInnerTexts();

  // The choice survives sending the form again, and the API gives the same order.
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/sort=soonest/);
  expect(await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(names);
  const api = await (await request.get("/api/groups?near=Austin&sort=soonest")).json();
  expect(api.sort).toBe("soonest");
  expect(api.results.map((r: { name: string }) => r.name)).toEqual(names);
  const starts = api.results.map((r: { nextMeeting: { start: string } | null }) => r.nextMeeting?.start ?? "9999");
  expect(starts).toEqual([...starts].sort());

  const bad = await page.goto("/groups?near=Austin&sort=cheapest");
  expect(bad?.status()).toBe(200);
  await expect(page.getByText('Sort is "nearest" or "soonest".')).toBeVisible();
  expect((await request.get("/api/groups?near=Austin&sort=cheapest")).status()).toBe(400);
});
