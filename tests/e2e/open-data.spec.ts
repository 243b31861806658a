import fs from "node:fs/promises";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

test("the footer leads to the open data page, which says what is published and under which licence", async ({ page }) => {
  await page.goto("/about");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
  await expect(page.getByRole("heading", { name: "What is published" })).toBeVisible();
  const licence = page.getByRole("link", { name: "CC BY 4.0", exact: true });
  await expect(licence).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(licence).toHaveAttribute("rel", "license");
  await expectNoAxeViolations(page);
  // On a phone nothing on the page needs scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll("main *")].map((e) => e.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
});

test("the download gives every public group as one HSDS service a line, with no email address", async ({ page, request }) => {
  await page.goto("/open-data");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all groups (NDJSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^village-hsds-services-\d{4}-\d{2}-\d{2}\.ndjson$/);
  const text = await fs.readFile((await download.path())!, "utf8");
  const services = text.trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string; name: string; status: string; schedules: unknown[] });
  const total = ((await (await request.get("/api/hsds/services?per_page=1")).json()) as { total_items: number }).total_items;
  expect(total).toBeGreaterThan(50);
  expect(services).toHaveLength(total);
  for (const service of services) {
    expect(service.id).toMatch(UUID);
    expect(service.status).toBe("active");
    expect(service.schedules.length).toBeGreaterThan(0);
  }
  expect(services.map((s) => s.name)).toContain("South Austin New Moms' Coffee Morning");
  expect(text).not.toMatch(EMAIL);
});

test("the page's links and examples work: the API description, the API itself and the taxonomy terms", async ({ page, request }) => {
  await page.goto("/open-data");
  const [described] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/hsds/openapi.json")), page.getByRole("link", { name: "API description (OpenAPI)" }).click()]);
  expect(described.status()).toBe(200);
  const openapi = (await described.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toContain("/service_at_locations");

  await page.goto("/open-data");
  const examples = (await page.locator("pre code").textContent()) ?? "";
  const urls = [...examples.matchAll(/curl (?:-o \S+ )?'([^']+)'/g)].map((m) => m[1]!);
  expect(urls).toHaveLength(3);
  for (const url of urls.filter((u) => !u.includes("ndjson"))) {
    const response = await request.get(new URL(url).pathname + new URL(url).search);
    expect(response.status(), url).toBe(200);
    expect((await response.json()) as object).toHaveProperty("contents");
  }

  const root = (await (await request.get("/api/hsds")).json()) as { version: string; profile: string };
  expect(root.version).toBe("3.0");
  await page.goto(new URL(root.profile).pathname + new URL(root.profile).hash);
  await expect(page.getByRole("heading", { name: "Village’s HSDS profile" })).toBeInViewport();

  const list = (await (await request.get("/api/hsds/services?full=true&per_page=1")).json()) as { contents: { attributes: { taxonomy_term: { term_uri: string; code: string } }[] }[] };
  const term = list.contents[0]!.attributes[0]!.taxonomy_term;
  await page.goto(new URL(term.term_uri).pathname + new URL(term.term_uri).hash);
  await expect(page.locator(new URL(term.term_uri).hash)).toContainText(term.code);
});

test("a bad parameter is a 400 with a message, not an error page", async ({ request }) => {
  const response = await request.get("/api/hsds/services?per_page=lots");
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ error: "invalid_parameters", problems: [{ param: "per_page", message: "per_page must be a whole number." }] });
});
