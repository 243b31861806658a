import type { Page } from "@playwright/test";
import { listArticles } from "../../lib/articles/load-articles";
import { expectNoAxeViolations as expectAccessible } from "./axe";
import { expect, test } from "./fixtures";
import { expectSpanishPage } from "./spanish-page";

const spanishArticles = await listArticles("es");
const englishArticles = await listArticles("en");

for (const javaScriptEnabled of [true, false]) {
  test.describe(`in Spanish with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    // axe runs inside the page, so it needs JavaScript: the run with it checks the same pages.
    const expectNoAxeViolations = (page: Page) => (javaScriptEnabled ? expectAccessible(page) : Promise.resolve());

    test("a mother finds a Spanish-speaking group, its calendar, the articles and the crisis lines", async ({ page, request }) => {
      await page.goto("/es");
      await expectSpanishPage(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("No tienes que pasar por esto a solas.");
      await expectNoAxeViolations(page);

      // One tap from the Spanish home page to the groups that meet in Spanish.
      await page.getByRole("link", { name: "Grupos en español" }).click();
      await expect(page).toHaveURL(/\/es\/groups\?lang=es$/);
      await expectSpanishPage(page);
      const results = page.getByRole("list", { name: "Grupos" }).getByRole("listitem");
      expect(await results.count()).toBeGreaterThan(0);
      await expect(page.getByRole("status").filter({ hasText: /\d+ grupos?\./ })).toBeVisible();
      await expectNoAxeViolations(page);

      // A search typed on a Spanish page stays in Spanish.
      await page.getByLabel("Ciudad, pueblo o código postal").fill("Austin");
      await page.getByRole("button", { name: "Buscar", exact: true }).click();
      await expect(page).toHaveURL(/\/es\/groups\?/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Grupos de apoyo cerca de Austin/);
      await expectSpanishPage(page);

      await page.goto("/es/groups?near=Nowhereville-xyz");
      await expect(page.getByRole("heading", { name: /No encontramos/ })).toBeVisible();
      await expectSpanishPage(page);

      await page.goto("/es/groups?lang=es");
      const first = results.first().getByRole("heading", { level: 3 }).getByRole("link");
      const name = await first.innerText();
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page).toHaveURL(/\/es\/groups\/[\w-]+$/);
      await expect(page.getByRole("heading", { name: "Cuándo se reúne" })).toBeVisible();
      await expectSpanishPage(page);
      await expectNoAxeViolations(page);

      const feedHref = await page.getByRole("link", { name: "Suscribirse a todas las fechas" }).getAttribute("href");
      expect(feedHref).toMatch(/^\/es\/groups\/[\w-]+\/calendar\.ics$/);
      const feed = await request.get(feedHref!);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toContain("text/calendar");

      await page.goto("/es/articles");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lecturas para los primeros meses");
      await expectSpanishPage(page);
      await expectNoAxeViolations(page);
      for (const article of spanishArticles.slice(0, 1)) {
        await page.getByRole("link", { name: article.title }).first().click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
        await expectSpanishPage(page);
        await expectNoAxeViolations(page);
      }

      await page.goto("/es/help-now");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conseguir ayuda ahora");
      await expect(page.getByRole("link", { name: /^Llamar al 988/ }).first()).toBeVisible();
      await expectSpanishPage(page);
      await expectNoAxeViolations(page);

      // The families hub and its printable checklist, with searches for groups that meet in Spanish.
      await page.goto("/es/families");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Para parejas, familia y amistades");
      await expect(page.getByRole("heading", { name: "Formas de ayudar en las primeras semanas" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Grupos en español para papás y parejas" })).toHaveAttribute("href", "/es/groups?lang=es&audience=partners");
      await expect(page.getByRole("link", { name: "1-833-852-6262" })).toHaveAttribute("href", /^tel:/);
      await expectSpanishPage(page);
      await expectNoAxeViolations(page);
    });
  });
}

test("an article not written in Spanish is not shown in English at its Spanish address", async ({ request }) => {
  const missing = englishArticles.find((article) => !spanishArticles.some((s) => s.slug === article.slug));
  const slug = missing?.slug ?? "no-such-article";
  expect((await request.get(`/es/articles/${slug}`)).status()).toBe(404);
});

test("the switcher keeps the page and the search, remembers the choice, and a shared link keeps its language", async ({ page, context }) => {
  await page.goto("/groups?online=only&day=tue");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/groups\?online=only&day=tue$/);
  await expectSpanishPage(page);
  expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("es");

  // The bare home page follows the remembered choice; an English page's own link stays English.
  await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  await page.goto("/groups");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/es/groups?online=only");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/groups\?online=only$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
});

test("reading a shared Spanish link remembers nothing: only choosing a language does", async ({ page, context }) => {
  await page.goto("/es/about");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("NEXT_LOCALE");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
});

test("Spanish pages name their English alternate, and the sitemap lists both languages", async ({ page, request }) => {
  await page.goto("/es/help-now");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/help-now$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/es\/help-now$/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/es\/help-now<\/loc>/);
  expect(sitemap).toMatch(/hreflang="es"/);
});
