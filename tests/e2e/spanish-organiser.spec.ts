import type { Page } from "@playwright/test";
import { newPerson, signIn } from "./accounts";
import { findEnglishText } from "./english-text";
import { expect, test } from "./fixtures";
import { firstLink, waitForMail } from "./mail";
import { expectSpanishPage } from "./spanish-page";

// A Spanish-speaking organiser lists a group, hears back, and looks after it, entirely in
// Spanish: the form, the dashboard, the moderator's decision email, an edit, a cancelled date
// and "still running". The moderator works in English: the email follows the organiser.

const stamp = Date.now().toString(36);

async function fillListing(page: Page, name: string, contactEmail: string) {
  await page.getByLabel("Nombre del grupo", { exact: true }).fill(name);
  await page.getByLabel("Resumen", { exact: true }).fill("Un encuentro tranquilo para madres recientes.");
  await page.getByLabel("Descripción", { exact: true }).fill("Nos reunimos en la sala tranquila de la biblioteca. Café, galletas y sin presión para hablar.");
  await page.getByRole("checkbox", { name: "Madres y personas gestantes", exact: true }).check();
  await page.getByRole("checkbox", { name: "Español", exact: true }).check();
  await page.getByRole("radio", { name: "Es gratis" }).check();
  await page.getByRole("radio", { name: "Sí, basta con llegar" }).check();
  await page.getByLabel("Correo para los mensajes de las familias").fill(contactEmail);
  await page.getByRole("radio", { name: "En persona", exact: true }).check();
  await page.getByLabel("Tipo de lugar").selectOption({ label: "Biblioteca" });
  await page.getByLabel("Nombre del lugar").fill("Biblioteca Central");
  await page.getByLabel("Calle y número").fill("710 W César Chávez St");
  await page.getByLabel("Ciudad o pueblo").fill("Austin");
  await page.getByLabel(/^Estado o provincia/).fill("TX");
  await page.getByLabel("País").selectOption("US");
  const meeting = page.getByRole("group", { name: "Reunión 1" });
  await meeting.getByLabel("Cada cuánto").selectOption({ label: "Todas las semanas" });
  await meeting.getByLabel("Día", { exact: true }).selectOption({ label: "Martes" });
  await meeting.getByLabel("Hora de inicio").fill("18:30");
}

test("an organiser lists and looks after a group in Spanish, and hears the decision in Spanish", async ({ browser }) => {
  test.setTimeout(240_000);
  const organiser = await newPerson(browser, `organiza.${stamp}@example.org`, "127.0.0.96");
  // A moderator of its own (MODERATOR_EMAILS in scripts/test-e2e.ts): sign-in links are limited per email.
  const moderator = await newPerson(browser, "revisora@example.org", "127.0.0.97");
  const name = `Círculo de la Biblioteca ${stamp}`;
  const page = organiser.page;

  await test.step("the listing is sent from the Spanish form", async () => {
    // Signed out, the form sends the organiser to sign in and back to the form, in Spanish.
    await page.goto("/es/submit");
    await expect(page).toHaveURL(/\/es\/signin\?callbackUrl=%2Fes%2Fsubmit$/);
    await signIn(organiser, "/es/submit");
    await expectSpanishPage(page);
    await fillListing(page, name, organiser.email);
    await page.getByRole("button", { name: "Enviar a revisión" }).click();
    await expect(page).toHaveURL(/\/es\/organiser\?notice=submitted$/);
    await expect(page.getByText("Gracias: tu anuncio está esperando la revisión del equipo de moderación.", { exact: false })).toBeVisible();
    await expect(page.getByRole("article", { name }).getByText("Pendiente de revisión")).toBeVisible();
    await expectSpanishPage(page);
  });

  const since = new Date(Date.now() - 1000);
  await test.step("a moderator approves it, in English", async () => {
    await signIn(moderator, "/admin");
    await moderator.page.getByRole("link", { name, exact: true }).click();
    await moderator.page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(moderator.page).toHaveURL(/\/admin\?done=/);
  });

  await test.step("the decision email is in Spanish and leads to the Spanish page", async () => {
    const mail = await waitForMail(organiser.email, new RegExp(`^${name} ya aparece en Village$`), since);
    expect(mail.text).toContain(`El equipo de moderación aprobó ${name}.`);
    expect(findEnglishText(mail.text)).toEqual([]);
    const link = firstLink(mail);
    expect(new URL(link).pathname).toMatch(/^\/es\/groups\/[a-z0-9-]+$/);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectSpanishPage(page);
  });

  await test.step("an edit goes back for review and the organiser stays in Spanish", async () => {
    await page.goto("/es/organiser");
    const card = page.getByRole("article", { name });
    await expect(card.getByText("Publicado")).toBeVisible();
    await card.getByRole("link", { name: `Editar ${name}` }).click();
    await expect(page).toHaveURL(/\/es\/organiser\/groups\/[^/]+\/edit$/);
    await expectSpanishPage(page);
    await page.getByLabel("Resumen", { exact: true }).fill("Un encuentro tranquilo para madres recientes, con té.");
    await page.getByRole("button", { name: /^Enviar/ }).click();
    await expect(page).toHaveURL(/\/es\/organiser\?notice=(edit-waiting|updated)$/);
    await expectSpanishPage(page);
  });

  await test.step("a date is cancelled and the group confirmed as still running, in Spanish", async () => {
    const card = page.getByRole("article", { name });
    await card.getByRole("link", { name: `Cancelar una fecha de ${name}` }).click();
    await expect(page).toHaveURL(/\/es\/organiser\/groups\/[^/]+\/dates$/);
    await expectSpanishPage(page);
    // Each date opens to a reason and its own button.
    const firstDate = page.getByRole("list", { name: "Próximas fechas" }).getByRole("listitem").first();
    await firstDate.getByText("Cancelar esta fecha").click();
    await firstDate.getByLabel(/^Motivo/).fill("Día festivo");
    await firstDate.getByRole("button", { name: /^Cancelar / }).click();
    await expect(page).toHaveURL(/\/es\/organiser\/groups\/[^/]+\/dates\?notice=cancelled$/);
    await expect(page.getByText("Fecha cancelada.", { exact: false })).toBeVisible();
    await expectSpanishPage(page);

    await page.goto("/es/organiser");
    await page.getByRole("article", { name }).getByRole("button", { name: /^Sigue activo/ }).click();
    await expect(page).toHaveURL(/\/es\/organiser\?notice=confirmed&group=/);
    await expect(page.getByText("Gracias por confirmar", { exact: false })).toBeVisible();
    await expectSpanishPage(page);
  });

  expect(organiser.consoleErrors).toEqual([]);
  await organiser.close();
  await moderator.close();
});
