import fs from "node:fs";
import type { Page } from "@playwright/test";
import { newPerson, type Person } from "./accounts";
import { findEnglishText, findRawMessageKey } from "./english-text";
import { expect, test } from "./fixtures";
import { firstLink, waitForMail } from "./mail";

// A moderator who works in Spanish: the queue, a listing's review, the audit log and the
// import, all in Spanish, and every form sends them back to a Spanish page.

const stamp = Date.now().toString(36);
// A moderator of its own (MODERATOR_EMAILS in scripts/test-e2e.ts) from an address of its
// own: sign-in links are limited per address and per email.
const MODERADOR = "moderador@example.org";
const ADDRESS = "127.0.0.95";

// What people wrote is shown as they wrote it and never translated: listing names and texts.
const PEOPLES_TEXT = "h1, a[href*='/admin/listings/'], a[href*='/groups/'], blockquote, section[aria-labelledby='listing-heading'] dd";

/** A Spanish page: lang="es", no English interface text and no raw message key outside what people wrote. */
async function expectSpanishPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await page.locator("body").evaluate((body, selector) => {
    const skipped = [...body.querySelectorAll<HTMLElement>(selector)];
    skipped.forEach((element) => element.setAttribute("hidden", ""));
    const seen = (body as HTMLElement).innerText;
    skipped.forEach((element) => element.removeAttribute("hidden"));
    return seen;
  }, PEOPLES_TEXT);
  expect(findEnglishText(text), `English interface text on ${page.url()}`).toEqual([]);
  expect(findRawMessageKey(text), `a message key on ${page.url()}`).toBeNull();
}

const HEADER = "id,name,summary,description,who_for,languages,free,register_first,babies_welcome,format,venue_type,venue_name,street_address,town,state_or_county,country,contact_email,meeting_1_how_often,meeting_1_day,meeting_1_start,meeting_1_minutes,meeting_1_first_date";
const row = (id: string, name: string, free: string) =>
  `${id},${name},Un encuentro semanal para familias.,Té y una cálida bienvenida.,madres y personas gestantes,español,${free},no,sí,en persona,biblioteca,Biblioteca Central,1201 W 38th St,Austin,TX,US,circulo.${stamp}@example.org,cada semana,martes,10:30,90,2026-01-06`;

test("a moderator working in Spanish reviews the queue, a listing and the audit log, and checks an import, all in Spanish", async ({ browser }) => {
  test.setTimeout(240_000);
  const moderador: Person = await newPerson(browser, MODERADOR, ADDRESS);
  const page = moderador.page;

  await test.step("the Spanish moderation page asks them to sign in in Spanish, and the emailed link lands on the Spanish queue", async () => {
    await page.goto("/es/admin");
    await expect(page).toHaveURL(/\/es\/signin\?callbackUrl=%2Fes%2Fadmin$/);
    const since = new Date(Date.now() - 1000);
    await page.getByLabel("Tu correo electrónico").fill(MODERADOR);
    await page.getByRole("button", { name: "Enviarme un enlace para iniciar sesión" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Revisa tu correo" })).toBeVisible();
    await page.goto(firstLink(await waitForMail(MODERADOR, /Village/, since)));
    await expect(page).toHaveURL(/\/es\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Por revisar");
    await expect(page).toHaveTitle(/^Por revisar · /);
    const nav = page.getByRole("navigation", { name: "Moderación" });
    await expect(nav.getByRole("link", { name: "Por revisar" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Registro de actividad" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Anuncios nuevos/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Sin confirmar desde hace 6 meses/ })).toBeVisible();
    await expect(page.getByText(/^Enviado (hoy|ayer|hace \d+ (días|meses?))$/).first()).toBeVisible();
    await expectSpanishPage(page);
  });

  await test.step("a pending listing is reviewed in Spanish, and an empty request for changes is answered in Spanish", async () => {
    await page.getByRole("link", { name: "Moonflower Feeding Circle" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/listings\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 2, name: "Tu decisión" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Sobre el grupo" }).getByText("Nombre del grupo")).toBeVisible();
    await expectSpanishPage(page);
    await page.getByRole("button", { name: "Enviar a quien organiza" }).click();
    await expect(page.getByText("Dile a quien organiza qué debe cambiar.")).toBeVisible();
    await expect(page.getByLabel("¿Qué debería cambiar quien organiza?")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/es\/admin\/listings\//);
  });

  await test.step("the audit log is in Spanish", async () => {
    await page.getByRole("navigation", { name: "Moderación" }).getByRole("link", { name: "Registro de actividad" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/audit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registro de actividad");
    // Whether anything was decided yet depends on which specs ran before: either way, in Spanish.
    const log = page.getByRole("table", { name: "Registro de actividad, lo más reciente primero" });
    await expect(log.or(page.getByText("Todavía no hay decisiones."))).toBeVisible();
    if (await log.isVisible()) await expect(log.getByRole("columnheader", { name: "Cuándo" })).toBeVisible();
    await expectSpanishPage(page);
  });

  await test.step("the import page, its template and its preview are in Spanish, and discarding returns to the Spanish page", async () => {
    await page.getByRole("navigation", { name: "Moderación" }).getByRole("link", { name: "Importar" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/import$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importar anuncios");
    await page.getByText("Qué va en cada columna").click();
    await expect(page.getByText("Reunión 1: el día de la semana: lunes … domingo.")).toBeVisible();
    await expectSpanishPage(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar la plantilla CSV" }).click()]);
    const [header, explanations] = fs.readFileSync((await download.path())!, "utf8").split("\r\n");
    expect(header).toMatch(/^\uFEFF?id,name,summary,/);
    expect(explanations).toMatch(/^"?# Tu propia referencia para el grupo/);

    const file = [HEADER, row("S1", `Círculo Martes ${stamp}`, "sí"), row("S1", `Repetido ${stamp}`, "sí"), row("S2", `Dudoso ${stamp}`, "quizás")].join("\r\n");
    await page.getByLabel("Archivo", { exact: true }).setInputFiles({ name: "grupos.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    await page.getByLabel("De dónde vienen los datos").fill(`Biblioteca ${stamp}`);
    await page.getByRole("button", { name: "Revisar el archivo" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/import\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Revisa la importación" })).toBeVisible({ timeout: 60_000 });
    const rows = page.getByRole("table", { name: "Filas de grupos.csv" });
    await expect(rows.getByRole("row", { name: new RegExp(`^2 S1 Círculo Martes ${stamp} Nuevo`) })).toBeVisible();
    await expect(rows.getByRole("row", { name: new RegExp(`^3 S1 Repetido ${stamp}`) })).toContainText("id “S1”: La fila 2 también tiene este id: dale a cada fila un id propio.");
    await expect(rows.getByRole("row", { name: new RegExp(`^4 S2 Dudoso ${stamp}`) })).toContainText("free “quizás”: Escribe sí o no.");
    await expect(page.getByRole("list", { name: "Lo que hará la importación" })).toContainText("1 anuncio nuevo");
    await expect(page.getByRole("button", { name: "Importar 1 anuncio" })).toBeVisible();
    await expectSpanishPage(page);

    await page.getByRole("button", { name: "Descartar", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/admin\/import\?notice=discarded$/);
    await expect(page.getByText("La importación se descartó. No se guardó nada.")).toBeVisible();
    await expectSpanishPage(page);
  });

  expect(moderador.consoleErrors).toEqual([]);
  await moderador.close();
});
