import { expect, test } from "./fixtures";

// The Meeting Guide feed is found the way readers of the format look for it: a
// <link rel="alternate" title="Meetings Feed"> in the head of the site's pages.

type Row = { slug: string; name: string; day: number; time: string; timezone: string; types: string[]; url: string };

const feedLink = 'link[rel="alternate"][type="application/json"][title="Meetings Feed"]';

test("every kind of page advertises the Meetings Feed with a full address", async ({ page }) => {
  await page.goto("/groups?near=Austin");
  const groupPath = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href");
  for (const path of ["/", "/groups?near=Austin", groupPath!, "/about", "/signin"]) {
    await page.goto(path);
    const links = page.locator(feedLink);
    await expect(links, path).toHaveCount(1);
    const href = await links.getAttribute("href");
    expect(href, path).toBe(new URL("/feeds/meeting-guide.json", page.url()).toString());
  }
});

test("the feed lists public weekly meetings that lead to their group's page, with every type named", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator(feedLink).getAttribute("href");
  const response = await request.get(new URL(href!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  // A feed runs no scripts: it gets the policy that forbids everything, not a page's.
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const rows = (await response.json()) as Row[];
  expect(rows.length).toBeGreaterThan(20);
  for (const row of rows) {
    expect(row.day).toBeGreaterThanOrEqual(0);
    expect(row.day).toBeLessThanOrEqual(6);
    expect(row.time).toMatch(/^\d{2}:\d{2}$/);
    expect(row.timezone).toMatch(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/);
  }

  const types = (await (await request.get("/feeds/types.json")).json()) as Record<string, { en: string }>;
  for (const code of new Set(rows.flatMap((r) => r.types))) expect(types[code]?.en, code).toBeTruthy();

  const spanish = rows.find((r) => r.types.includes("S"));
  expect(spanish, "a Spanish-speaking group").toBeDefined();
  await page.goto(new URL(spanish!.url).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanish!.name.replace(/ \([^)]*\)$/, ""));
});
