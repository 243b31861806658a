import fs from "node:fs";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { newPerson, signIn, type Person } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

// A moderator imports a spreadsheet: a preview of every row (one with a town nobody knows),
// the go-ahead, and the group is public. The organiser named in it claims it; an organiser
// can't reach the import at all.

const stamp = Date.now().toString(36);
// A moderator of its own (MODERATOR_EMAILS in scripts/test-e2e.ts): sign-in links are limited
// per address and per email, and the other specs sign the demo moderator in already.
const IMPORTER = "importer@example.org";
const HEADER = "id,name,summary,description,who_for,languages,free,register_first,babies_welcome,format,venue_type,venue_name,street_address,town,state_or_county,country,contact_email,meeting_1_how_often,meeting_1_day,meeting_1_start,meeting_1_minutes,meeting_1_first_date";

function csv(organiserEmail: string): Buffer {
  const row = (id: string, name: string, town: string) =>
    `${id},${name},A relaxed weekly drop-in for new parents.,Tea and a warm welcome.,all new parents,English,yes,no,yes,in person,hospital,St Mary's Family Room,1201 W 38th St,${town},TX,US,${organiserEmail},every week,Wednesday,10:30,90,2026-01-07`;
  return Buffer.from([HEADER, row("E1", `Imported Circle ${stamp}`, "Austin"), row("E2", `Lost Circle ${stamp}`, "Springfeld")].join("\r\n"));
}

/** An HTTP client with `person`'s cookies (or none), for what a browser can't simply open. */
async function requestAs(playwright: PlaywrightWorkerArgs["playwright"], person: Person | null): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: person ? await person.page.context().storageState() : undefined });
}

test("a moderator imports a spreadsheet, checks the preview, confirms, and the group is public; its organiser claims it", async ({ page: visitor, browser }) => {
  test.setTimeout(240_000);
  const people: Person[] = [];
  const person = async (email: string, address: string, options?: { javaScriptEnabled?: boolean }) => {
    const p = await newPerson(browser, email, address, options);
    people.push(p);
    return p;
  };
  const organiserEmail = `hospital.${stamp}@example.org`;
  // Without JavaScript: the upload, the progress page and the go-ahead are plain forms and a
  // meta refresh. The same moderator with JavaScript checks the pages' accessibility (axe runs as a script).
  const moderator = await person(IMPORTER, "127.0.0.80", { javaScriptEnabled: false });
  const reviewer = await person(IMPORTER, "127.0.0.83");
  const organiser = await person(organiserEmail, "127.0.0.81");
  let slug = "";

  await test.step("the moderator uploads the file from the Import page", async () => {
    await signIn(moderator, "/admin");
    await moderator.page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Import" }).click();
    await expect(moderator.page.getByRole("heading", { name: "Import listings" })).toBeVisible();
    const [download] = await Promise.all([moderator.page.waitForEvent("download"), moderator.page.getByRole("link", { name: "Download the CSV template" }).click()]);
    expect(download.suggestedFilename()).toBe("village-import-template.csv");
    expect(fs.readFileSync((await download.path())!, "utf8").split("\r\n")[0]).toMatch(/^\uFEFF?id,name,summary,description,/);
    await moderator.page.getByLabel("File", { exact: true }).setInputFiles({ name: "hospital-groups.csv", mimeType: "text/csv", buffer: csv(organiserEmail) });
    await moderator.page.getByLabel("Where the data comes from").fill(`St Mary's ${stamp}`);
    await moderator.page.getByRole("button", { name: "Check the file" }).click();
    await expect(moderator.page).toHaveURL(/\/admin\/import\/[a-z0-9]+$/);
  });

  await test.step("the preview shows the new row and the row with an unknown town, and nothing is public yet", async () => {
    await expect(moderator.page.getByRole("heading", { name: "Check the import" })).toBeVisible({ timeout: 60_000 });
    const rows = moderator.page.getByRole("table", { name: "Rows of hospital-groups.csv" });
    await expect(rows.getByRole("row", { name: new RegExp(`^2 E1 Imported Circle ${stamp} New`) })).toBeVisible();
    const lost = rows.getByRole("row", { name: new RegExp(`^3 E2 Lost Circle ${stamp}`) });
    await expect(lost).toContainText("town “Springfeld”: We couldn't find that town or postcode.");
    await signIn(reviewer, "/admin/import");
    await expectNoAxeViolations(reviewer.page);
    await reviewer.page.goto(moderator.page.url());
    await expect(reviewer.page.getByRole("heading", { name: "Check the import" })).toBeVisible();
    await expectNoAxeViolations(reviewer.page);
    await visitor.goto(`/groups?q=${stamp}`);
    await expect(visitor.getByRole("link", { name: `Imported Circle ${stamp}` })).toHaveCount(0);
  });

  await test.step("the moderator confirms, and the one good row is published", async () => {
    await moderator.page.getByRole("button", { name: "Import 1 listing" }).click();
    await expect(moderator.page.getByRole("heading", { name: "Imported" })).toBeVisible({ timeout: 60_000 });
    await expect(moderator.page.getByRole("list", { name: "What was imported" })).toContainText("1 new listing published");
    const link = moderator.page.getByRole("link", { name: `Imported Circle ${stamp}` });
    slug = /\/groups\/([^/?#]+)/.exec((await link.getAttribute("href"))!)![1]!;
    const page = await visitor.goto(`/groups/${slug}`);
    expect(page?.status()).toBe(200);
    await expect(visitor.getByRole("heading", { level: 1, name: `Imported Circle ${stamp}` })).toBeVisible();
    await expect(visitor.getByText(organiserEmail)).toHaveCount(0);
    await reviewer.page.goto("/admin/audit");
    await expect(reviewer.page.getByRole("table").getByRole("row", { name: new RegExp(`Imported Imported Circle ${stamp}`) }).first()).toBeVisible();
  });

  await test.step("the organiser whose address the file gave claims the listing", async () => {
    await signIn(organiser, "/organiser");
    const claim = organiser.page.getByRole("region", { name: "Listings you can claim" });
    await claim.getByRole("button", { name: `Claim Imported Circle ${stamp}` }).click();
    await expect(organiser.page.getByText("Claimed – the listing is yours to manage now.")).toBeVisible();
    await expect(organiser.page.getByRole("article", { name: `Imported Circle ${stamp}` })).toBeVisible();
  });

  for (const p of people) {
    expect(p.consoleErrors, `console errors for ${p.email}`).toEqual([]);
    await p.close();
  }
});

test("someone who is not a moderator can't reach the import or its template", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const stranger = await requestAs(playwright, null);
  expect((await stranger.get("/admin/import/template.csv")).status()).toBe(403);
  const organiser = await newPerson(browser, `not.a.moderator.${stamp}@example.org`, "127.0.0.82");
  await signIn(organiser, "/organiser");
  await organiser.page.goto("/admin/import");
  await expect(organiser.page).toHaveURL(/\/organiser\?notice=moderators-only$/);
  await expect(organiser.page.getByText("That page is for moderators.")).toBeVisible();
  const signedIn = await requestAs(playwright, organiser);
  expect((await signedIn.get("/admin/import/template.csv")).status()).toBe(403);
  expect(organiser.consoleErrors).toEqual([]);
  await organiser.close();
});
