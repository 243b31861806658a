import { expect, test } from "./fixtures";

// Server actions answer posts from pages on other sites with a plain 403, not a 500. The
// requests are sent raw, as a page on evil.example (or a script there) would send them.

const FAKE_ACTION = "7f".padEnd(42, "0");

test("a server action posted from another site is refused with a plain 403", async ({ request }) => {
  const fromElsewhere = await request.post("/signin", {
    headers: { "Next-Action": FAKE_ACTION, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(fromElsewhere.status()).toBe(403);
  expect(fromElsewhere.headers()["content-type"]).toContain("text/plain");
  expect(await fromElsewhere.text()).toMatch(/^Forbidden: forms on this site can only be sent from this site/);
});

test("a plain form posted from another site to a group page is refused with a plain 403", async ({ page, request }) => {
  await page.goto("/groups?near=Austin");
  const groupPath = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href");
  // What a no-JavaScript form post of the report form looks like, sent from a sandboxed
  // page (whose Origin is "null") and from another site.
  for (const origin of ["https://evil.example", "null"]) {
    const response = await request.post(groupPath!, { headers: { Origin: origin }, multipart: { reason: "OTHER", details: "spam" } });
    expect(response.status(), `Origin: ${origin}`).toBe(403);
  }
});

test("posts from the site itself still reach Next.js", async ({ request, baseURL }) => {
  // An unknown action from our own origin gets Next.js's own answer, not our 403.
  const sameSite = await request.post("/signin", {
    headers: { "Next-Action": FAKE_ACTION, Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(sameSite.status()).not.toBe(403);
  expect(sameSite.status()).toBeLessThan(500);
});
