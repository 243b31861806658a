import { expect, test } from "./fixtures";

// The pages every visitor sees load under the policy (scripts from this site only, no
// 'unsafe-eval'; pages that keep React also allow their nonce) with a clean console: no
// errors and no policy violations. The fixture turns violations into console errors; each
// page is checked on its own so a failure names it.

test("the home, search and group pages load without console errors or policy violations", async ({ page, consoleErrors }) => {
  const open = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  };
  const expectCleanConsole = (where: string) => expect(consoleErrors, `console on ${where}`).toEqual([]);

  for (const path of ["/", "/groups?near=Austin", "/groups?online=only"]) {
    await open(path);
    // The page's script ran under the policy: the location button, shown by script, appeared.
    await expect(page.getByRole("button", { name: "Use my location" })).toBeVisible();
    expectCleanConsole(path);
  }

  await open("/groups?near=Austin");
  const groupPath = await page.getByRole("list", { name: "Groups" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href");
  await open(groupPath!);
  // The report form opens (a <details>, with or without script).
  await page.getByText("Report a problem with this listing").click();
  await expect(page.getByRole("button", { name: "Send report" })).toBeVisible();
  expectCleanConsole(groupPath!);

  await open("/signin");
  expectCleanConsole("/signin");
});
