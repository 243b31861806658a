import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { fillInPersonVenue, fillMeeting } from "../e2e/listing-fields";
import { firstLink, waitForMail } from "../e2e/mail";

// Scale-out is real: two site servers (our HTTP server in front of Next.js, as `npm start`
// runs it) on one PostgreSQL database. What one of them writes (a sign-in link, a session,
// a rate-limit count, a listing) the other sees, because none of it lives in a process.
// Run by scripts/test-scale-out.ts, on a fresh PostgreSQL database.

type Site = { url: string; process: ChildProcess };
const sites: Site[] = [];

/** A port nobody is using right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startSite(): Promise<Site> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve-site.ts"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The site server on port ${port} exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/help-now`).then((r) => r.ok, () => false);
    if (ready) return { url, process: child };
    if (Date.now() > deadline) throw new Error(`The site server on port ${port} did not answer within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sites.push(...(await Promise.all([startSite(), startSite()])));
});

test.afterAll(async () => {
  await Promise.all(
    sites.map(
      (site) =>
        new Promise<void>((resolve) => {
          if (site.process.exitCode !== null) return resolve();
          site.process.once("exit", () => resolve());
          site.process.kill("SIGTERM");
        }),
    ),
  );
});

/** Asks `site` for a sign-in link for `email`. */
async function askForLink(page: Page, site: Site, email: string, callbackUrl: string) {
  await page.goto(`${site.url}/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

/** Asks `asked` for a link and follows it on `follows`: the one-time token crosses servers. */
async function signInAcross(page: Page, asked: Site, follows: Site, email: string, callbackUrl: string) {
  const since = new Date(Date.now() - 1000);
  await askForLink(page, asked, email, callbackUrl);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = new URL(firstLink(await waitForMail(email, /sign-in link/i, since)));
  expect(link.origin).toBe(asked.url);
  const response = await page.goto(`${follows.url}${link.pathname}${link.search}`);
  expect(response?.ok()).toBe(true);
}

test("two site servers on one PostgreSQL share sessions, rate limits and listings", async ({ browser }) => {
  test.setTimeout(300_000);
  const [a, b] = sites as [Site, Site];
  expect(a.url).not.toBe(b.url);
  const stamp = Date.now();
  const organiserEmail = `scale.organiser.${stamp}@example.org`;
  const organiser = await (await browser.newContext()).newPage();

  await test.step("a session made through one server is the session on the other", async () => {
    await signInAcross(organiser, a, b, organiserEmail, "/organiser");
    for (const site of [a, b]) {
      const session = await (await organiser.request.get(`${site.url}/api/auth/session`)).json();
      expect(session.user?.email, `the session as ${site.url} sees it`).toBe(organiserEmail);
    }
    await organiser.goto(`${a.url}/organiser`);
    await expect(organiser.getByRole("heading", { name: "My groups" })).toBeVisible();
  });

  await test.step("a rate limit reached through one server refuses on the other", async () => {
    const visitor = await (await browser.newContext()).newPage();
    const email = `scale.limited.${stamp}@example.org`;
    // The three links one email address may be sent in 15 minutes, all through the first server…
    for (let i = 0; i < 3; i++) {
      await askForLink(visitor, a, email, "/organiser");
      await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }
    // …and the fourth, through the second, is refused.
    await askForLink(visitor, b, email, "/organiser");
    await expect(visitor.getByText(/Please try again in \d+ minutes?/)).toBeVisible();
    await visitor.context().close();
  });

  await test.step("a listing submitted through one server is on the organiser's page and in the moderators' queue on the other", async () => {
    const name = `Scaleout Harbour Circle ${stamp.toString(36)}`;
    await organiser.goto(`${a.url}/submit`);
    await organiser.getByLabel("Name of the group", { exact: true }).fill(name);
    await organiser.getByLabel("Summary", { exact: true }).fill("A weekly drop-in for new parents and babies.");
    await organiser.getByLabel("Description", { exact: true }).fill("Tea, biscuits and a warm welcome. Come as you are.");
    await organiser.getByRole("checkbox", { name: "Mothers and birthing parents", exact: true }).check();
    await organiser.getByRole("checkbox", { name: "English", exact: true }).check();
    await organiser.getByRole("radio", { name: "It's free" }).check();
    await organiser.getByRole("radio", { name: "Yes, just drop in" }).check();
    await organiser.getByRole("checkbox", { name: "Babies are welcome" }).check();
    await organiser.getByLabel("Email for messages from parents").fill(`harbour.${stamp}@example.org`);
    await fillInPersonVenue(organiser, { kind: "Library", name: "Ruiz Branch Library", street: "1600 Grove Blvd", town: "Austin", region: "TX", postalCode: "78741", country: "US" });
    await fillMeeting(organiser, { frequency: "Every week", day: "Thursday", start: "10:30", minutes: "90", firstDate: "2026-09-03" });
    await organiser.getByRole("button", { name: "Send for review" }).click();
    await expect(organiser).toHaveURL(new RegExp(`^${a.url}/organiser\\?notice=submitted$`));

    await organiser.goto(`${b.url}/organiser`);
    await expect(organiser.getByRole("article", { name }).getByText("Pending review")).toBeVisible();

    const moderator = await (await browser.newContext()).newPage();
    await signInAcross(moderator, b, b, "moderator@example.org", "/admin");
    await moderator.goto(`${b.url}/admin`);
    await expect(moderator.getByRole("link", { name, exact: true })).toBeVisible();
    await moderator.context().close();
  });
});
