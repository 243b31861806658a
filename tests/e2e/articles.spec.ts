import { listArticles } from "../../lib/articles/load-articles";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const articles = await listArticles();

test("the header and footer lead to the articles and the families page", async ({ page }) => {
  await page.goto("/help-now");
  const main = page.getByRole("navigation", { name: "Main" });
  await main.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reading for the early months");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "For families" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For partners, family and friends");
});

for (const article of articles) {
  test(`"${article.title}" is linked from home and the index, accessible, and leads to real groups`, async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(`main a[href="/articles/${article.slug}"]`).first()).toBeVisible();

    await page.goto("/articles");
    await page.getByRole("link", { name: article.title, exact: true }).click();
    await expect(page).toHaveURL(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page.getByText(`${article.readingTime} min read`).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Keep reading" })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: article.cta.label, exact: true }).click();
    await page.waitForURL(/\/groups\?/);
    expect(new URL(page.url()).search).toBe(new URL(article.cta.href, page.url()).search);
    await expect(page.getByRole("list", { name: "Groups" }).getByRole("listitem").first()).toBeVisible();
    expect(await page.getByRole("list", { name: "Groups" }).getByRole("listitem").count()).toBeGreaterThan(0);
  });
}

test("an article's near-you search keeps its filters", async ({ page }) => {
  await page.goto("/articles/for-partners-how-to-help");
  const search = page.getByRole("search", { name: "Find a group for partners near you" });
  await search.getByLabel("Your town, city or postcode").fill("Austin");
  await search.getByRole("button", { name: "Find groups" }).click();
  await page.waitForURL(/\/groups\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.get("audience")).toBe("partners");
  expect(params.get("near")).toBe("Austin");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Austin");
});

test("the crisis article gives the numbers and links to help now", async ({ page }) => {
  await page.goto("/articles/baby-blues-or-something-more");
  const body = page.getByRole("article", { name: "Baby blues or something more?" });
  await expect(body).toContainText("call or text 988");
  await expect(body).toContainText("1-833-852-6262");
  await expect(body).toContainText("your local emergency number");
  await body.getByRole("link", { name: "Get help now" }).first().click();
  await expect(page).toHaveURL(/\/help-now$/);
});

test("an article has valid Article JSON-LD, a canonical link and link-preview tags", async ({ page, request }) => {
  const article = articles[0]!;
  await page.goto(`/articles/${article.slug}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const ld = JSON.parse(blocks[0]!);
  expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Article", headline: article.title, description: article.summary, dateModified: article.updated });
  expect(ld.url).toMatch(new RegExp(`/articles/${article.slug}$`));

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/articles/${article.slug}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", article.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeGreaterThan(10_000);
});

test("an unknown article is a 404", async ({ request }) => {
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
});

test("/families links the guides and searches, prints only the checklist, and is accessible", async ({ page }) => {
  await page.goto("/families");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For partners, family and friends");
  await expect(page.getByRole("link", { name: "For partners: how to help in the early months" })).toHaveAttribute("href", "/articles/for-partners-how-to-help");
  await expect(page.getByRole("link", { name: /For grandparents, family and friends/ })).toHaveAttribute("href", "/articles/for-family-and-friends");
  await expect(page.getByRole("link", { name: "Groups for partners and dads" })).toHaveAttribute("href", "/groups?audience=partners");
  await expect(page.getByRole("link", { name: "Groups for the whole family" })).toHaveAttribute("href", "/groups?audience=families");

  const checklist = page.getByRole("region", { name: "Ways to help in the first weeks" });
  const boxes = checklist.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThanOrEqual(12);
  await boxes.first().check();
  await expect(boxes.first()).toBeChecked();
  await expect(checklist.getByRole("button", { name: "Print this checklist" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(checklist).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(checklist.getByRole("button", { name: "Print this checklist" })).toBeHidden();
  // Native checkboxes are redrawn as plain squares to tick with a pen.
  expect(await boxes.nth(1).evaluate((el) => getComputedStyle(el).appearance)).toBe("none");
});

test("the families link on the home page leads to the families page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Help for families, with a checklist to print" }).click();
  await expect(page).toHaveURL(/\/families$/);
});

test("the sitemap lists the pages, every article and published groups", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const path of ["/", "/groups", "/families", "/articles", "/help-now", "/about"]) expect(locs).toContain(path);
  for (const article of articles) expect(locs).toContain(`/articles/${article.slug}`);
  const groups = locs.filter((path) => /^\/groups\/[a-z0-9-]+$/.test(path));
  expect(groups.length).toBeGreaterThan(10);
  expect((await request.get(groups[0]!)).status()).toBe(200);
});

test("help, about, families and the article index have their own canonical link and link-preview title", async ({ page }) => {
  for (const [path, title] of [
    ["/help-now", "Get help now"],
    ["/about", "About Village"],
    ["/families", null],
    ["/articles", null],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(ogTitle, path).toBeTruthy();
    if (title) expect(ogTitle).toBe(title);
  }
});

test("robots.txt allows the site, keeps crawlers out of private areas and points to the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain("Disallow: /api/");
  expect(text).toContain("Disallow: /admin");
  expect(text).toContain("Disallow: /organiser");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
