import http from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { readQrSvg } from "../helpers/read-qr-svg";
import { newPerson, signIn } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const SEARCH = "near=Austin";

/** A partner's site on another origin (another host and port), whose page frames `src`. */
async function partnerSite(src: string) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><title>Riverside Library</title><h1>Riverside Library</h1><iframe src="${src}" title="Support groups" width="600" height="640"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Every group page the search lists, from the JSON API (the same search), all pages. */
async function searchGroupUrls(request: APIRequestContext, query: string): Promise<string[]> {
  const urls: string[] = [];
  for (let page = 1; ; page++) {
    const body = await (await request.get(`/api/groups?${query}&page=${page}`)).json();
    urls.push(...body.results.map((r: { url: string }) => r.url));
    if (page >= body.pageCount) return urls;
  }
}

const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const mediaBoxes = (pdf: Buffer) => [...new Set(pdf.toString("latin1").match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [])];

async function expectPrintedWithoutSiteChrome(page: Page) {
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo").filter({ hasText: "No account, no tracking" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByText("In crisis? Call or text 988").first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
}

test.describe("embedding the list on a partner's site", () => {
  test("a page on another origin can frame /embed/groups, and the frame's links open Village in a new tab", async ({ page, baseURL }) => {
    const partner = await partnerSite(`${baseURL}/embed/groups?${SEARCH}`);
    try {
      await page.goto(partner.url);
      const frame = page.frameLocator('iframe[title="Support groups"]');
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Support groups near Austin, TX, United States");
      await expect(frame.getByText("In crisis? Call or text")).toBeVisible();
      await expect(frame.getByRole("link", { name: /Listed on Village/ })).toBeVisible();
      // No site header or footer inside someone else's page.
      await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
      const groups = frame.getByRole("list", { name: "Groups" }).getByRole("listitem");
      expect(await groups.count()).toBeGreaterThan(3);
      const first = groups.first().getByRole("heading", { level: 2 }).getByRole("link");
      await expect(first).toHaveAttribute("target", "_blank");
      await expect(first).toHaveAttribute("rel", /noopener/);
      await expect(first).toHaveAttribute("href", /^\/groups\/[a-z0-9-]+$/);

      const [tab] = await Promise.all([page.context().waitForEvent("page"), first.click()]);
      await tab.waitForLoadState();
      expect(new URL(tab.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(tab.getByRole("heading", { name: "Next meeting" })).toBeVisible();
      await tab.close();
    } finally {
      await partner.close();
    }
  });

  test("a page on another origin cannot frame the search page", async ({ page, baseURL, consoleErrors }) => {
    const partner = await partnerSite(`${baseURL}/groups?${SEARCH}`);
    try {
      await page.goto(partner.url);
      await expect(page.getByRole("heading", { name: "Riverside Library" })).toBeVisible();
      await expect.poll(() => consoleErrors.some((e) => /frame-ancestors 'none'/.test(e))).toBe(true);
      // The refusal is the one console error we expect here.
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/frame-ancestors 'none'|X-Frame-Options/.test(e)));
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(framed).toBeDefined();
      await expect(page.frameLocator("iframe").getByRole("heading", { name: /Support groups near/ })).toHaveCount(0);
    } finally {
      await partner.close();
    }
  });

  test("only /embed/ may be framed: its headers allow any ancestor, every other page's refuse", async ({ request }) => {
    const embed = await request.get(`/embed/groups?${SEARCH}`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/", `/groups?${SEARCH}`, `/groups/print?${SEARCH}`, `/groups/embed-builder?${SEARCH}`, "/help-now"]) {
      const response = await request.get(path);
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test("the embed sets no cookies, even for someone signed in", async ({ browser }) => {
    const person = await newPerson(browser, `embed.cookies.${Date.now()}@example.org`, "127.0.0.151");
    try {
      await signIn(person, "/organiser");
      const context = person.page.context();
      const before = await context.cookies();
      expect(before.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
      for (const path of [`/embed/groups?${SEARCH}`, `/embed/groups?${SEARCH}&page=2`]) {
        const response = await person.page.goto(path);
        expect(response!.status()).toBe(200);
        expect((await response!.request().allHeaders()).cookie).toContain("next-auth.session-token=");
        expect((await response!.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie"), path).toEqual([]);
      }
      expect(await context.cookies()).toEqual(before);
      expect(person.consoleErrors).toEqual([]);
    } finally {
      await person.close();
    }
  });

  test("the embed works without JavaScript, pages included", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/embed/groups?${SEARCH}`);
    const groups = page.getByRole("list", { name: "Groups" }).getByRole("listitem");
    await expect(groups.first()).toBeVisible();
    const firstPage = await groups.getByRole("heading", { level: 2 }).allInnerTexts();
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/embed\/groups\?near=Austin&page=2$/);
    await expect(page.getByText("Page 2 of")).toBeVisible();
    const secondPage = await groups.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    // Every link leaves the frame for a new tab, except the frame's own pages.
    for (const link of await page.getByRole("link").all()) {
      const href = (await link.getAttribute("href"))!;
      if (href.startsWith("/embed/groups?")) continue;
      // The skip link and the crisis number stay where they are.
      if (href.startsWith("#") || href.startsWith("tel:")) continue;
      expect(await link.getAttribute("target"), href).toBe("_blank");
      expect(await link.getAttribute("rel"), href).toContain("noopener");
    }
    await context.close();
  });

  test("a bad parameter gives a helpful frame, not an error", async ({ page }) => {
    const response = await page.goto("/embed/groups?near=Austin&radius=lots");
    expect(response!.status()).toBe(200);
    await expect(page.getByText("Distance must be a number")).toBeVisible();
    await expect(page.getByRole("list", { name: "Groups" }).getByRole("listitem").first()).toBeVisible();
    await page.goto("/embed/groups?near=Qqqxqzzville");
    await expect(page.getByRole("heading", { name: "We could not find “Qqqxqzzville”" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Search for a group on Village/ })).toHaveAttribute("target", "_blank");
  });

  test("the results page leads to the embed code, built from its search, with a live preview", async ({ page, baseURL }) => {
    await page.goto(`/groups?${SEARCH}&cost=free`);
    await page.getByRole("link", { name: "Put these groups on your website" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put these groups on your website");
    const code = await page.getByLabel("Code for the list").inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+" title="Support groups near Austin, TX, United States, from Village"/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&");
    expect(src).toBe(`${baseURL}/embed/groups?near=Austin&cost=free`);
    const preview = page.frameLocator('iframe[title^="Preview"]');
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Support groups near Austin, TX, United States");
    await expect(preview.getByText("Paid", { exact: false })).toHaveCount(0);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy the code" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});

test.describe("printing", () => {
  test("the printed list has every group of the search, each with a QR code to its page", async ({ page, request, baseURL }) => {
    await page.goto(`/groups?${SEARCH}`);
    await page.getByRole("link", { name: "Print this list" }).click();
    await expect(page).toHaveURL(/\/groups\/print\?near=Austin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Austin, TX, United States");

    const expected = await searchGroupUrls(request, SEARCH);
    const items = page.getByRole("list", { name: "Groups" }).getByRole("listitem");
    await expect(items).toHaveCount(expected.length);
    const codes = page.getByRole("list", { name: "Groups" }).getByRole("img", { name: /^QR code for / });
    await expect(codes).toHaveCount(expected.length);
    // Each code reads back as its group's absolute address, in the search's order.
    const read = await Promise.all((await codes.all()).map(async (code) => readQrSvg(await code.evaluate((svg) => svg.outerHTML))));
    expect(read).toEqual(expected);
    expect(read.every((url) => url!.startsWith(`${baseURL}/groups/`))).toBe(true);
    await expect(items.first().getByText("How to join")).toBeVisible();
    await expect(items.first().getByText("Where")).toBeVisible();
    await expect(items.first().getByText("When")).toBeVisible();

    await expectPrintedWithoutSiteChrome(page);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true });
      expect(pageCount(pdf), format).toBeGreaterThan(1);
    }
  });

  test("paper size can be chosen, and a wrong one is explained", async ({ page }) => {
    await page.goto(`/groups/print?${SEARCH}`);
    await page.getByRole("link", { name: "US Letter" }).click();
    await expect(page).toHaveURL(/paper=letter/);
    await expect(page.getByRole("link", { name: "US Letter" })).toHaveAttribute("aria-current", "true");
    await page.emulateMedia({ media: "print" });
    // The page asks for Letter: 612 x 792 points, whatever the printer's default.
    expect(mediaBoxes(await page.pdf({ format: "A4", preferCSSPageSize: true }))).toEqual([expect.stringMatching(/\[\s*0 0 612 792\s*\]/)]);
    await page.emulateMedia({ media: "screen" });
    await page.goto(`/groups/print?${SEARCH}&paper=a3`);
    await expect(page.getByText("Paper is a4 or letter")).toBeVisible();
    await expect(page.getByRole("list", { name: "Groups" }).getByRole("listitem").first()).toBeVisible();
  });

  test("a group's poster is one page on A4 and on Letter, with a large QR code to its page", async ({ page, baseURL }) => {
    await page.goto(`/groups?${SEARCH}`);
    await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Next meeting" })).toBeVisible();
    const name = await page.getByRole("heading", { level: 1 }).innerText();
    const groupUrl = page.url();
    await page.getByRole("link", { name: "Print a poster" }).click();
    await expect(page).toHaveURL(`${groupUrl}/poster`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText("Scan to see times and how to join")).toBeVisible();
    const code = page.getByRole("img", { name: `QR code for ${name} on Village` });
    await expect(code).toHaveCount(1);
    expect(readQrSvg(await code.evaluate((svg) => svg.outerHTML))).toBe(groupUrl);
    expect(groupUrl.startsWith(`${baseURL}/groups/`)).toBe(true);

    await expectPrintedWithoutSiteChrome(page);
    await page.emulateMedia({ media: "print" });
    // Big: at least 50 mm across on paper (96 CSS pixels to the inch).
    expect((await code.boundingBox())!.width).toBeGreaterThan((50 / 25.4) * 96);
    for (const format of ["A4", "Letter"] as const) expect(pageCount(await page.pdf({ format, preferCSSPageSize: true })), format).toBe(1);
    await page.goto(`${groupUrl}/poster?paper=a4`);
    expect(pageCount(await page.pdf({ format: "Letter", preferCSSPageSize: true }))).toBe(1);
  });
});

test.describe("subscribing to a search", () => {
  test("the results page links one calendar feed of every group the search finds", async ({ page, request, baseURL }) => {
    await page.goto(`/groups?${SEARCH}&day=tue`);
    const webcal = await page.getByRole("link", { name: "Subscribe in your calendar" }).getAttribute("href");
    const https = await page.getByRole("link", { name: "calendar address" }).getAttribute("href");
    const host = new URL(baseURL!).host;
    expect(webcal).toBe(`webcal://${host}/groups/calendar.ics?near=Austin&day=tue`);
    expect(https).toBe(`${baseURL}/groups/calendar.ics?near=Austin&day=tue`);

    const feed = await request.get(https!);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const ics = await feed.text();
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    const linked = [...new Set([...unfolded.matchAll(/^URL;VALUE=URI:(.+)$/gm)].map((m) => m[1]!.trim()))];
    expect(linked.sort()).toEqual((await searchGroupUrls(request, `${SEARCH}&day=tue`)).sort());
    expect(unfolded).toMatch(/^RRULE:FREQ=(WEEKLY|MONTHLY);.*BYDAY=[^\r\n]*TU/m);
  });

  test("a feed with a value it cannot use says why", async ({ request }) => {
    const feed = await request.get("/groups/calendar.ics?near=Austin&day=someday");
    expect(feed.status()).toBe(400);
    expect(await feed.text()).toContain('"someday" is not a day');
  });
});

test("the embed, print, poster and embed-code pages have no detectable accessibility violations", async ({ page }) => {
  await page.goto(`/groups?${SEARCH}`);
  const group = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href");
  for (const path of [`/embed/groups?${SEARCH}`, `/groups/print?${SEARCH}`, `${group}/poster`, `/groups/embed-builder?${SEARCH}`]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
