import { newPerson, signIn } from "./accounts";
import { expect, test } from "./fixtures";
import { fillInPersonVenue, fillMeeting } from "./listing-fields";

// The listing form is plain HTML posting to a server action: everything, including adding
// and removing meetings, must work before (or without) JavaScript.

test("an organiser lists a group with JavaScript off, and a mistake loses nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const organiser = await newPerson(browser, `no.script.${Date.now()}@example.org`, "127.0.0.40", { javaScriptEnabled: false });
  const { page } = organiser;
  await signIn(organiser, "/submit");

  const name = `Quiet Tuesday Circle ${Date.now().toString(36)}`;
  await page.getByLabel("Name of the group", { exact: true }).fill(name);
  await page.getByLabel("Summary", { exact: true }).fill("A gentle evening group for new mothers.");
  await page.getByRole("checkbox", { name: "Mothers and birthing parents", exact: true }).check();
  const meeting = (n: number) => page.getByRole("group", { name: `Meeting ${n}` });
  await fillMeeting(meeting(1), { frequency: "Every week", day: "Tuesday", start: "18:30", minutes: "90" });

  // Without JavaScript "Add another meeting" is a round trip to the server.
  await page.getByRole("button", { name: "Add another meeting" }).click();
  await expect(meeting(2)).toBeVisible();
  await expect(page.getByLabel("Name of the group", { exact: true })).toHaveValue(name);
  await expect(meeting(1).getByLabel("Start time")).toHaveValue("18:30");
  await meeting(2).getByLabel(/^Name for this meeting/).fill("Evening group");

  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByText(/Please fix these \d+ problems before sending/)).toBeVisible();
  // What was typed is still there, and each problem sits on its field.
  await expect(page.getByLabel("Name of the group", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("A gentle evening group for new mothers.");
  await expect(page.getByRole("checkbox", { name: "Mothers and birthing parents", exact: true })).toBeChecked();
  await expect(meeting(1).getByLabel("Start time")).toHaveValue("18:30");
  await expect(meeting(1).getByLabel("Day", { exact: true })).toHaveValue("TU");
  await expect(meeting(2).getByLabel(/^Name for this meeting/)).toHaveValue("Evening group");
  const description = page.getByLabel("Description", { exact: true });
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await expect(description).toHaveAccessibleDescription(/Tell parents what happens at the group/);

  await description.fill("We meet in the library's quiet room. Tea, biscuits and no pressure to talk.");
  await page.getByRole("checkbox", { name: "English", exact: true }).check();
  await page.getByRole("radio", { name: "It's free" }).check();
  await page.getByRole("radio", { name: "Yes, just drop in" }).check();
  await page.getByLabel("Email for messages from parents").fill(organiser.email);
  await fillInPersonVenue(page, { kind: "Library", name: "Central Library", street: "710 W César Chávez St", town: "Austin", region: "TX", country: "US" });

  // Removing the second meeting is another round trip; the first keeps its values.
  await page.getByRole("button", { name: "Remove meeting 2" }).click();
  await expect(meeting(2)).toHaveCount(0);
  await expect(meeting(1).getByLabel("Start time")).toHaveValue("18:30");
  await expect(page.getByLabel("Street address")).toHaveValue("710 W César Chávez St");

  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/organiser\?notice=submitted$/);
  await expect(page.getByRole("article", { name }).getByText("Pending review")).toBeVisible();

  expect(organiser.consoleErrors).toEqual([]);
  await organiser.close();
});
