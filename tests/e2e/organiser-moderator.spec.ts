import type { Locator, Page } from "@playwright/test";
import { newPerson, signIn, type Person } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { fillInPersonVenue, fillMeeting } from "./listing-fields";
import { waitForMail } from "./mail";

// The whole listing story in one walk: an organiser lists two groups, a moderator decides,
// parents find the approved one, an edit waits for review, a visitor reports a problem and
// writes to the organiser, and a second organiser can't touch any of it.

const CHICAGO = "America/Chicago";
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Wall-clock date and minutes past midnight of `instant` in `timeZone`. */
function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), minutes: part("hour") * 60 + part("minute") };
}

/** The calendar date of the next `weekday` (0 = Sunday) at `minutes` on Chicago clocks, from now. */
function nextChicagoDate(weekday: number, minutes: number) {
  const now = wallClock(new Date(), CHICAGO);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(now.year, now.month - 1, now.day + ahead));
    if (date.getUTCDay() !== weekday || (ahead === 0 && now.minutes >= minutes)) continue;
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), label: `${SHORT_DAYS[weekday]} ${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}` };
  }
  throw new Error("unreachable: every weekday comes round within a week");
}

/** Checks a "next meeting" <time>: its words and the instant behind them, read on Chicago clocks. */
async function expectNextMeeting(time: Locator, weekday: number, clock: string, minutes: number) {
  const expected = nextChicagoDate(weekday, minutes);
  await expect(time).toHaveText(new RegExp(`^${expected.label}, ${clock} C[SD]T$`));
  const instant = wallClock(new Date((await time.getAttribute("datetime"))!), CHICAGO);
  expect(instant).toEqual({ year: expected.year, month: expected.month, day: expected.day, minutes });
}

type Listing = { name: string; summary: string; contactEmail: string };

async function fillAbout(page: Page, listing: Listing) {
  await page.getByLabel("Name of the group", { exact: true }).fill(listing.name);
  await page.getByLabel("Summary", { exact: true }).fill(listing.summary);
  await page.getByLabel("Description", { exact: true }).fill(`${listing.summary}\n\nTea, biscuits and a warm welcome. Come as you are.`);
  await page.getByRole("checkbox", { name: "Mothers and birthing parents", exact: true }).check();
  await page.getByRole("checkbox", { name: "English", exact: true }).check();
  await page.getByRole("radio", { name: "It's free" }).check();
  await page.getByRole("radio", { name: "Yes, just drop in" }).check();
  await page.getByRole("checkbox", { name: "Babies are welcome" }).check();
  await page.getByLabel("Email for messages from parents").fill(listing.contactEmail);
}

async function submitWeeklyInPerson(page: Page, listing: Listing) {
  await page.goto("/submit");
  await expectNoAxeViolations(page);
  await fillAbout(page, listing);
  await fillInPersonVenue(page, { kind: "Library", name: "Ruiz Branch Library", street: "1600 Grove Blvd", town: "Austin", region: "TX", postalCode: "78741", country: "US" });
  // A first date in the past: the group has been running a while.
  await fillMeeting(page, { frequency: "Every week", day: "Thursday", start: "10:30", minutes: "90", firstDate: "2026-09-03" });
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/organiser\?notice=submitted$/);
}

async function submitMonthlyOnline(page: Page, listing: Listing) {
  await page.goto("/submit");
  await fillAbout(page, listing);
  await page.getByRole("radio", { name: "Online", exact: true }).check();
  await page.getByLabel(/^Link to join/).fill("https://meet.example.org/evening-circle");
  await page.getByLabel("Time zone").selectOption(CHICAGO);
  await fillMeeting(page, { frequency: "Once a month, on a set week (e.g. the second Tuesday)", week: "Second", day: "Tuesday", start: "19:00", minutes: "60", firstDate: "2026-09-08" });
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/organiser\?notice=submitted$/);
}

const listingCard = (page: Page, name: string) => page.getByRole("article", { name });

async function decide(moderator: Page, linkName: string, decision: (page: Page) => Promise<void>) {
  await moderator.goto("/admin");
  await moderator.getByRole("link", { name: linkName, exact: true }).click();
  await decision(moderator);
  await expect(moderator).toHaveURL(/\/admin\?done=/);
}

test("an organiser lists two groups, a moderator decides, and parents find the approved one", async ({ page: visitor, browser }) => {
  test.setTimeout(240_000);
  // A made-up word in both names, so a search finds these two and nothing from the demo data.
  const word = `Fernhollow${Date.now().toString(36).replace(/\d/g, "")}`;
  const stamp = Date.now();
  const weekly: Listing = { name: `${word} Thursday Circle`, summary: "A relaxed weekly drop-in for new mothers and babies.", contactEmail: `circle.${stamp}@example.org` };
  const monthly: Listing = { name: `${word} Evening Online Circle`, summary: "A monthly evening call for parents who can't get out.", contactEmail: `evening.${stamp}@example.org` };
  const people: Person[] = [];
  const person = async (email: string, address: string) => {
    const p = await newPerson(browser, email, address);
    people.push(p);
    return p;
  };

  const organiser = await person(`organiser.${stamp}@example.org`, "127.0.0.10");
  const moderator = await person("moderator@example.org", "127.0.0.20");
  const intruder = await person(`other.organiser.${stamp}@example.org`, "127.0.0.30");
  let groupId = "";
  let slug = "";

  await test.step("the organiser signs in by email and submits a weekly and a monthly group", async () => {
    await signIn(organiser, "/organiser");
    await expect(organiser.page.getByRole("heading", { name: "You haven’t listed a group yet" })).toBeVisible();
    await submitWeeklyInPerson(organiser.page, weekly);
    await submitMonthlyOnline(organiser.page, monthly);
    await expect(organiser.page.getByText("your listing is waiting for a moderator")).toBeVisible();
    for (const listing of [weekly, monthly]) {
      await expect(listingCard(organiser.page, listing.name).getByText("Pending review")).toBeVisible();
    }
    await expectNoAxeViolations(organiser.page);
    const editHref = await listingCard(organiser.page, weekly.name).getByRole("link", { name: `Edit ${weekly.name}` }).getAttribute("href");
    groupId = /\/organiser\/groups\/([^/]+)\/edit/.exec(editHref!)![1]!;
  });

  await test.step("nobody else sees a pending listing", async () => {
    const search = await visitor.goto(`/groups?near=Austin%2C+TX&q=${word}`);
    expect(search?.status()).toBe(200);
    await expect(visitor.getByRole("link", { name: weekly.name })).toHaveCount(0);
  });

  await test.step("the moderator approves the weekly group and asks for changes on the monthly one", async () => {
    await signIn(moderator, "/admin");
    const since = new Date(Date.now() - 1000);
    await moderator.page.goto("/admin");
    await expectNoAxeViolations(moderator.page);
    await decide(moderator.page, weekly.name, async (page) => {
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Approve and publish" }).click();
    });
    const changes = "Please add how parents get the link: do they need to register first?";
    await decide(moderator.page, monthly.name, async (page) => {
      await page.getByLabel("What should the organiser change?").fill(changes);
      await page.getByRole("button", { name: "Send to organiser" }).click();
    });

    const approved = await waitForMail(organiser.email, new RegExp(`${weekly.name} is now listed on Village`), since);
    slug = /\/groups\/([\w-]+)/.exec(approved.text)![1]!;
    const askedForChanges = await waitForMail(organiser.email, new RegExp(`Changes needed before ${monthly.name} goes live`), since);
    expect(askedForChanges.text).toContain(changes);

    await organiser.page.goto("/organiser");
    await expect(listingCard(organiser.page, weekly.name).getByText("Published", { exact: true })).toBeVisible();
    const monthlyCard = listingCard(organiser.page, monthly.name);
    await expect(monthlyCard.getByText("Changes requested", { exact: true })).toBeVisible();
    await expect(monthlyCard.getByText(changes)).toBeVisible();
    await expectNoAxeViolations(organiser.page);

    await moderator.page.goto("/admin/audit");
    const auditRow = (name: string) => moderator.page.getByRole("row").filter({ hasText: name }).first();
    await expect(auditRow(weekly.name)).toContainText("Approved");
    await expect(auditRow(monthly.name)).toContainText("Asked for changes");
    await expect(auditRow(monthly.name)).toContainText(changes);
  });

  await test.step("parents find the approved group near its town, with the right next meeting", async () => {
    await visitor.goto(`/groups?near=Austin%2C+TX&q=${word}`);
    const results = visitor.getByRole("list", { name: "Groups" }).locator(":scope > li");
    await expect(results).toHaveCount(1);
    await expect(results.getByRole("link", { name: weekly.name })).toBeVisible();
    await expect(results.getByText(/^\d+(\.\d)? mi away$/)).toBeVisible();
    await expectNextMeeting(results.locator("time").first(), 4, "10:30 am", 10 * 60 + 30);

    await results.getByRole("link", { name: weekly.name }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(weekly.name);
    await expectNextMeeting(visitor.getByRole("region", { name: "Next meeting" }).locator("time").first(), 4, "10:30 am", 10 * 60 + 30);
    await expect(visitor).toHaveURL(new RegExp(`/groups/${slug}$`));
  });

  const newSummary = "A relaxed weekly drop-in for new mothers, babies and anyone who supports them.";
  await test.step("an edit waits for review while the public page keeps the published version", async () => {
    await organiser.page.goto(`/organiser/groups/${groupId}/edit`);
    await expect(organiser.page.getByText("Your changes are checked before they go live")).toBeVisible();
    await organiser.page.getByLabel("Summary", { exact: true }).fill(newSummary);
    await organiser.page.getByLabel("Start time").fill("11:00");
    await organiser.page.getByRole("button", { name: "Send changes for review" }).click();
    await expect(organiser.page).toHaveURL(/\/organiser\?notice=edit-waiting$/);
    await expect(listingCard(organiser.page, weekly.name).getByText("Edit waiting for review")).toBeVisible();

    await visitor.goto(`/groups/${slug}`);
    await expect(visitor.getByText(weekly.summary, { exact: true })).toBeVisible();
    await expect(visitor.getByText(newSummary)).toHaveCount(0);
    await expectNextMeeting(visitor.getByRole("region", { name: "Next meeting" }).locator("time").first(), 4, "10:30 am", 10 * 60 + 30);

    await decide(moderator.page, `Edit to ${weekly.name}`, async (page) => {
      const changes = page.getByRole("table");
      await expect(changes).toContainText(weekly.summary);
      await expect(changes).toContainText(newSummary);
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Approve edit" }).click();
    });

    await visitor.goto(`/groups/${slug}`);
    await expect(visitor.getByText(newSummary, { exact: true })).toBeVisible();
    await expectNextMeeting(visitor.getByRole("region", { name: "Next meeting" }).locator("time").first(), 4, "11:00 am", 11 * 60);
  });

  await test.step("a visitor reports a problem, and it lands in the moderator's queue", async () => {
    await visitor.getByText("Report a problem with this listing").click();
    await visitor.getByRole("radio", { name: "Wrong time or place" }).check();
    const details = "The library says this group now meets upstairs in room 2.";
    await visitor.getByLabel(/^Details/).fill(details);
    await visitor.getByRole("button", { name: "Send report" }).click();
    await expect(visitor.getByText("Thank you. A moderator will look at this listing soon.")).toBeVisible();

    await moderator.page.goto("/admin");
    const report = moderator.page.getByRole("listitem").filter({ hasText: details });
    await expect(report.getByText("Wrong time or place")).toBeVisible();
    await expect(report.getByRole("link", { name: weekly.name })).toBeVisible();
  });

  await test.step("a visitor writes to the organiser, whose address never reaches the page", async () => {
    const since = new Date(Date.now() - 1000);
    const parent = `parent.${stamp}@example.org`;
    await visitor.goto(`/groups/${slug}`);
    await visitor.getByLabel("Your name").fill("Jo");
    await visitor.getByLabel("Your email address").fill(parent);
    await visitor.getByLabel("Your message").fill("Can I bring my toddler as well as the baby?");
    await visitor.getByRole("button", { name: "Send message" }).click();
    await expect(visitor.getByText("Your message is on its way.")).toBeVisible();

    const relayed = await waitForMail(weekly.contactEmail, new RegExp(`A message about ${weekly.name}`), since);
    expect(relayed.replyTo).toBe(parent);
    expect(relayed.text).toContain("Can I bring my toddler as well as the baby?");

    for (const address of [weekly.contactEmail, organiser.email]) {
      expect(await visitor.content()).not.toContain(address);
      expect(await (await visitor.request.get(`/api/groups/${slug}`)).text()).not.toContain(address);
    }
  });

  await test.step("another organiser cannot touch the listing", async () => {
    await signIn(intruder, "/organiser");
    await expect(intruder.page.getByRole("heading", { name: "You haven’t listed a group yet" })).toBeVisible();
    for (const path of ["edit", "dates", "archive"]) {
      const response = await intruder.page.goto(`/organiser/groups/${groupId}/${path}`);
      expect(response?.status(), `/organiser/groups/<id>/${path}`).toBe(404);
    }
    await intruder.page.goto("/admin");
    await expect(intruder.page).toHaveURL(/\/organiser\?notice=moderators-only$/);
    intruder.consoleErrors.splice(0, intruder.consoleErrors.length, ...intruder.consoleErrors.filter((e) => !e.includes("status of 404")));

    // The listing is as the moderator left it.
    await visitor.goto(`/groups/${slug}`);
    await expect(visitor.getByText(newSummary, { exact: true })).toBeVisible();
  });

  for (const p of people) {
    expect(p.consoleErrors, `console errors for ${p.email}`).toEqual([]);
    await p.close();
  }
});
