import { newPerson } from "./accounts";
import { expect, test } from "./fixtures";
import { firstLink, waitForMail } from "./mail";
import { findEnglishText } from "./english-text";
import { expectSpanishPage } from "./spanish-page";

// A Spanish-speaking organiser signs in from the Spanish sign-in page: the form, the email,
// the dashboard it leads to and the way out are all in Spanish, and stay under /es.

test("an organiser signs in from the Spanish page and stays in Spanish", async ({ browser }) => {
  const person = await newPerson(browser, "organiser-es@example.org", "127.0.0.90");
  const { page, email } = person;

  await page.goto("/es/signin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inicia sesión para publicar tu grupo");
  await expect(page).toHaveTitle(/^Iniciar sesión/);
  await expectSpanishPage(page);

  // The form answers in Spanish too.
  const address = page.getByLabel("Tu correo electrónico");
  await address.fill("no-es-un-correo");
  await page.getByRole("button", { name: "Enviarme un enlace para iniciar sesión" }).click();
  await expect(page.getByText("Escribe una dirección de correo como nombre@ejemplo.org.")).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expectSpanishPage(page);

  const since = new Date(Date.now() - 1000);
  await address.fill(email);
  await page.getByRole("button", { name: "Enviarme un enlace para iniciar sesión" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisa tu correo" })).toBeVisible();
  await expect(page).toHaveURL(/\/es\/signin\/check-email$/);
  await expectSpanishPage(page);

  const mail = await waitForMail(email, /^Tu enlace para iniciar sesión en Village$/, since);
  expect(mail.text).toContain("Usa este enlace para iniciar sesión en Village.");
  expect(findEnglishText(mail.text)).toEqual([]);
  const link = firstLink(mail);
  expect(new URL(new URL(link).searchParams.get("callbackUrl")!).pathname).toBe("/es/organiser");

  await page.goto(link);
  await expect(page).toHaveURL(/\/es\/organiser$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mis grupos");
  await expect(page.getByRole("heading", { name: "Todavía no has publicado ningún grupo" })).toBeVisible();
  await expect(page.getByText(`Sesión iniciada como ${email}`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Tus anuncios" }).getByRole("link", { name: "Publicar un grupo" })).toHaveAttribute("href", "/es/submit");
  await expectSpanishPage(page);

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/es\/signed-out$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cerraste sesión");
  await expectSpanishPage(page);

  // Signed out, the dashboard sends the person to sign in again, in Spanish, and back to it.
  await page.goto("/es/organiser");
  await expect(page).toHaveURL(/\/es\/signin\?callbackUrl=%2Fes%2Forganiser$/);
  await expectSpanishPage(page);

  // The emailed link works once: opened again, it says so in Spanish.
  await page.goto(link);
  await expect(page).toHaveURL(/\/es\/signin\?error=Verification$/);
  await expect(page.getByText("Ese enlace para iniciar sesión ya venció o ya se usó. Pide uno nuevo aquí abajo.")).toBeVisible();
  await expectSpanishPage(page);

  expect(person.consoleErrors).toEqual([]);
  await person.close();
});
