import type { APIRequestContext } from "@playwright/test";
import { newPerson, signIn } from "./accounts";
import { expect, test } from "./fixtures";

// What visitors get while the database is down, and that the site comes back on its own.
// scripts/test-e2e.ts names the database in E2E_DATABASE and, on PostgreSQL, puts a proxy
// we can cut between the site and the server (tests/helpers/database-proxy.ts). PGlite runs
// inside the site's own process and cannot go away, so there the spec checks that the
// health checks report the database as ready.
const database = process.env.E2E_DATABASE;
const proxy = process.env.E2E_DATABASE_PROXY;
const KIND_MESSAGE = /back shortly/i;
// The brief for a visitor: an answer within 2 seconds even when the database hangs.
const ANSWER_WITHIN_MS = 2000;

async function setDatabase(request: APIRequestContext, state: "stop" | "start") {
  const reply = await request.post(`${proxy}/${state}`);
  expect(await reply.json()).toEqual({ forwarding: state === "start" });
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

function expect503(response: { status: () => number; headers: () => Record<string, string> } | null, what: string) {
  expect(response?.status(), what).toBe(503);
  expect(Number(response?.headers()["retry-after"]), `${what}: Retry-After`).toBeGreaterThan(0);
}

test("the health checks answer, and say the database is ready", async ({ request }) => {
  expect(["pglite", "postgres"], "E2E_DATABASE names the database the site runs on").toContain(database);
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
  expect(live.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test.describe("with the database down", () => {
  test.use({ javaScriptEnabled: false });

  test("pages that need it say so kindly with a 503 and the crisis lines; the rest keep working; all come back without a restart", async ({ page, request, browser, consoleErrors }) => {
    // A condition of the run, not a skip: on PGlite there is nothing to cut (see above).
    if (database !== "postgres") {
      expect(proxy, "no database proxy on PGlite").toBeFalsy();
      return;
    }
    expect(proxy, "scripts/test-e2e.ts starts a database proxy on PostgreSQL").toBeTruthy();

    const search = await request.get("/api/groups?near=Austin");
    const slug: string = (await search.json()).results[0].slug;
    const organiser = await newPerson(browser, `outage.${Date.now()}@example.org`, "127.0.0.91", { javaScriptEnabled: false });
    await signIn(organiser, "/organiser");

    await setDatabase(request, "stop");
    try {
      for (const path of ["/groups?near=Austin", `/groups/${slug}`]) {
        const { value: response, ms } = await timed(() => page.goto(path));
        expect503(response, path);
        expect(ms, `${path} answered in ${ms} ms`).toBeLessThan(ANSWER_WITHIN_MS);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(KIND_MESSAGE);
        await expect(page.getByText(/call or text 988/i)).toBeVisible();
        await expect(page.getByText("1-833-852-6262").first()).toBeVisible();
        await expect(page.getByRole("link", { name: /crisis and support lines/i })).toHaveAttribute("href", "/help-now");
      }
      for (const path of ["/organiser", "/admin"]) {
        const response = await organiser.page.goto(path);
        expect503(response, `${path}, signed in`);
        await expect(organiser.page.getByText(/call or text 988/i)).toBeVisible();
      }

      for (const path of ["/api/groups?near=Austin", `/api/groups/${slug}`]) {
        const { value: response, ms } = await timed(() => request.get(path));
        expect503(response, path);
        expect(ms, `${path} answered in ${ms} ms`).toBeLessThan(ANSWER_WITHIN_MS);
        expect(await response.json()).toMatchObject({ error: "database_unavailable" });
      }

      for (const path of ["/help-now", "/", "/about", "/families", "/articles"]) {
        expect((await page.goto(path))?.status(), path).toBe(200);
      }
      await expect(page.getByRole("link", { name: /help now/i }).first()).toBeVisible();
      expect((await request.get("/api/health")).status()).toBe(200);
      const ready = await timed(() => request.get("/api/health/ready"));
      expect503(ready.value, "/api/health/ready");
      expect(ready.ms).toBeLessThan(ANSWER_WITHIN_MS);
      // Chromium reports each 503 document in the console; those are the point here.
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 503/.test(e)));
    } finally {
      await setDatabase(request, "start");
    }

    // Back without a restart: the pool opens new connections on its own.
    const started = Date.now();
    await expect.poll(async () => (await request.get(`/groups/${slug}`)).status(), { timeout: 10_000, intervals: [100] }).toBe(200);
    console.log(`Site back ${Date.now() - started} ms after the database returned`);
    expect((await page.goto("/groups?near=Austin"))?.status()).toBe(200);
    await expect(page.getByRole("list", { name: "Groups" })).toBeVisible();
    expect((await request.get("/api/health/ready")).status()).toBe(200);
    expect((await organiser.page.goto("/organiser"))?.status()).toBe(200);
    await organiser.close();
  });
});
