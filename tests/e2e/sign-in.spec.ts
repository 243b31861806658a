import { expect, test } from "./fixtures";
import { signIn } from "./accounts";

test("an organiser signs in with a link sent by email", async ({ page }) => {
  const email = `new.organiser.${Date.now()}@example.org`;
  await signIn({ page, email }, "/about");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user.email).toBe(email);
  expect(session.user.role).toBe("ORGANISER");

  // The session cookie is HttpOnly and SameSite=Lax, as next-auth sets it.
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("a mistyped address is caught before anything is sent", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Your email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByLabel("Your email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your email address")).toHaveValue("not-an-email");
});

test("asking for too many links gets a clear 'try again in N minutes'", async ({ page }) => {
  const email = `hurry.${Date.now()}@example.org`;
  const ask = async () => {
    await page.goto("/signin");
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  };
  for (let i = 0; i < 3; i++) {
    await ask();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await ask();
  await expect(page.getByText(/Please try again in \d+ minutes?/)).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByLabel("Your email address")).toHaveValue(email);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still sends the link", async ({ page }) => {
    const email = `no.script.signin.${Date.now()}@example.org`;
    await signIn({ page, email }, "/organiser");
    await expect(page.getByRole("heading", { name: "My groups" })).toBeVisible();
  });
});
