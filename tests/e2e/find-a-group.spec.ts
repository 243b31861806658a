import { expect, searchFromHome, test } from "./fixtures";

test("a new mother finds a group near a seeded city, opens it and subscribes to its calendar", async ({ page, request }) => {
  await searchFromHome(page, "Austin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Austin, TX, United States");
  await expect(page.getByRole("status").filter({ hasText: /groups? within 10 miles of Austin/ })).toBeVisible();

  const results = page.getByRole("list", { name: "Groups" }).getByRole("listitem");
  expect(await results.count()).toBeGreaterThan(3);
  const distances = await page.getByText(/^\d+(\.\d)? mi away$/).allInnerTexts();
  const miles = distances.map((d) => Number.parseFloat(d));
  expect(miles.length).toBeGreaterThan(0);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  expect(Math.max(...miles)).toBeLessThanOrEqual(10);
  await expect(results.first().getByText(/^Next: /)).toBeVisible();

  const first = results.first().getByRole("heading", { level: 3 }).getByRole("link");
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { name: "Next meeting" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "When it meets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Get directions" })).toHaveAttribute("href", /openstreetmap\.org\/directions/);
  expect(await page.content()).not.toMatch(/[\w.+-]+@example\.org/);

  // Search engines get the same group as structured data: an Event with its schedule and next date.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const ld = JSON.parse(blocks[0]!);
  expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Event", name });
  const venue = [ld.location].flat().find((l: { "@type": string }) => l["@type"] === "Place");
  expect(venue.address.addressLocality).toBe("Austin");
  expect(ld.eventSchedule.length).toBeGreaterThan(0);
  const nextStart = await page.getByRole("region", { name: "Next meeting" }).locator("time").first().getAttribute("datetime");
  expect(new Date(ld.startDate).getTime()).toBe(new Date(nextStart!).getTime());
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", name);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/groups/[\\w-]+$`));

  const feedHref = await page.getByRole("link", { name: "Subscribe to all dates" }).getAttribute("href");
  const feed = await request.get(feedHref!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toMatch(/RRULE:FREQ=(WEEKLY|MONTHLY)/);
  expect(ics).toMatch(/DTSTART;TZID=America\/Chicago:/);

  const single = await request.get(`${page.url()}/next.ics`);
  expect(single.status()).toBe(200);
  expect((await single.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);
});

test("a postal code and filters narrow the list, and the URL can be shared", async ({ page }) => {
  await searchFromHome(page, "78704");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("78704");
  // On a wide screen the filters are already open beside the results.
  await page.getByRole("radio", { name: "Hide online groups" }).check();
  await page.getByRole("radio", { name: "Free" }).check();
  await page.getByRole("button", { name: "Show groups" }).click();
  await expect(page).toHaveURL(/online=hide/);
  await expect(page).toHaveURL(/cost=free/);
  const list = page.getByRole("list", { name: "Groups" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expect(list.getByText("Online", { exact: true })).toHaveCount(0);
  await expect(list.getByText("Paid", { exact: true })).toHaveCount(0);

  // The same address in a fresh tab gives the same list.
  const names = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).allInnerTexts();
  await page.goto(page.url());
  expect(await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(names);
});

test("ambiguous and misspelt places get a helpful answer", async ({ page }) => {
  await page.goto("/groups?near=Portland");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Portland, OR, United States");
  await page.getByRole("link", { name: "Portland, ME, United States" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Portland, ME, United States");

  await page.goto("/groups?near=Austni");
  await expect(page.getByRole("heading", { name: "We could not find “Austni”" })).toBeVisible();
  await page.getByRole("link", { name: "Austin, TX, United States" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Austin, TX, United States");

  await page.goto("/groups?near=LS6%202AB");
  await expect(page.getByText(/try your town’s name/i)).toBeVisible();
});

test("bad addresses get a kind page, never an error", async ({ page, consoleErrors }) => {
  const response = await page.goto("/groups?near=Leeds&radius=banana&day=someday&page=-1");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Part of this search address didn’t make sense to us")).toBeVisible();
  await expect(page.getByText(/Distance must be a number/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Leeds, England, United Kingdom");

  const missing = await page.goto("/groups/no-such-group-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("searchbox").or(page.getByRole("textbox")).first()).toBeVisible();
  // Chromium logs the 404 status of the page itself (twice when the router fetches it again
  // under load); that status is the point of this check, and nothing else may be logged.
  expect(consoleErrors.length).toBeGreaterThan(0);
  expect(new Set(consoleErrors)).toEqual(new Set(["Failed to load resource: the server responded with a status of 404 (Not Found)"]));
  consoleErrors.length = 0;
});

test("online groups show the visitor's own time", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  await page.goto("/groups?online=only");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online support groups");
  await expect(page.getByTestId("visitor-time").first()).toContainText("in your time zone");
  await expect(page.getByTestId("visitor-time").first()).toContainText("GMT+9");
  await context.close();
});

test("near me uses the browser's location, in the unit of the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 53.8, longitude: -1.55 }, permissions: ["geolocation"], locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Use my location" }).click();
  await page.waitForURL(/lat=53\.80&lng=-1\.55&unit=mi/);
  await expect(page.getByRole("list", { name: "Groups" }).getByRole("listitem").first()).toContainText("Leeds");
  await expect(page.getByRole("status").filter({ hasText: /within 10 miles of your location/ })).toBeVisible();
  await context.close();
});

test("near me searches in kilometres for a browser set to German", async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 52.52, longitude: 13.4 }, permissions: ["geolocation"], locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Use my location" }).click();
  await page.waitForURL(/lat=52\.52&lng=13\.40&unit=km/);
  await expect(page.getByRole("status").filter({ hasText: /within 10 km of your location/ })).toBeVisible();
  await expect(page.getByLabel("Distance unit")).toHaveValue("km");

  // A unit the visitor chose stays chosen when they search near themselves again.
  await page.goto("/groups?near=Berlin&unit=mi");
  await page.getByRole("button", { name: "Use my location" }).click();
  await page.waitForURL(/lat=52\.52&lng=13\.40/);
  expect(new URL(page.url()).searchParams.getAll("unit")).toEqual(["mi"]);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form still works", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Your town, city or postcode").fill("Leeds");
    await page.getByRole("button", { name: "Find groups" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support groups near Leeds, England, United Kingdom");
    await expect(page.getByRole("button", { name: "Use my location" })).toHaveCount(0);
  });
});

test("the JSON API returns the same results as the page", async ({ page, request }) => {
  await page.goto("/groups?near=Toronto&radius=25");
  const pageNames = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).allInnerTexts();
  const api = await (await request.get("/api/groups?near=Toronto&radius=25")).json();
  expect(api.results.map((r: { name: string }) => r.name)).toEqual(pageNames);
  const one = await request.get(api.results[0].apiUrl);
  expect(one.status()).toBe(200);
  expect((await one.json()).meetings.length).toBeGreaterThan(0);
});

test("pages carry security headers and a strict script policy", async ({ page, request }) => {
  const scriptSource = (policy: string) => policy.split(";").find((d) => d.trim().startsWith("script-src"))?.trim() ?? "";
  const response = await page.goto("/groups?near=Leeds");
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  // A plain HTML page: scripts from the site itself only, and not one inline script in it.
  expect(scriptSource(policy)).toBe("script-src 'self'");
  expect(await page.locator("script:not([src]):not([type='application/ld+json'])").count()).toBe(0);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The page's script ran under the policy: the location button, shown by script, appeared.
  await expect(page.getByRole("button", { name: "Use my location" })).toBeVisible();

  // A page that keeps React runs Next.js's inline scripts with this request's nonce only.
  const signIn = scriptSource((await request.get("/signin")).headers()["content-security-policy"] ?? "");
  expect(signIn).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'$/);
});
