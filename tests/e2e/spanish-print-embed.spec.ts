import type { APIRequestContext, Page } from "@playwright/test";
import { readQrSvg } from "../helpers/read-qr-svg";
import { expectNoAxeViolations } from "./axe";
import { findEnglishText, findRawMessageKey } from "./english-text";
import { expect, test } from "./fixtures";

const SEARCH = "near=Austin";
const HEADING = "Grupos de apoyo cerca de Austin, TX, Estados Unidos";

/** A Spanish page: its language, no English interface text (`ownWords` are the groups' own), no raw message key, nothing axe can find. */
async function expectSpanishPage(page: Page, ownWords: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await page.locator("body").innerText();
  expect(findEnglishText(text).filter((phrase) => !ownWords.includes(phrase)), `English interface text on ${page.url()}`).toEqual([]);
  expect(findRawMessageKey(text), `a message key on ${page.url()}`).toBeNull();
  await expectNoAxeViolations(page);
}

/**
 * The interface phrases that the groups' own text happens to contain ("Please register first,
 * then join…" in an organiser's instructions): a listing is shown as its organiser wrote it.
 */
async function organiserWords(request: APIRequestContext, query: string): Promise<string[]> {
  const texts: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await request.get(`/api/groups?${query}&page=${page}`)).json()) as { results: { slug: string }[]; pageCount: number };
    for (const { slug } of body.results) {
      const { meetings: _meetings, upcoming: _upcoming, nextMeeting: _next, ...own } = (await (await request.get(`/api/groups/${slug}`)).json()) as Record<string, unknown>;
      texts.push(JSON.stringify(own));
    }
    if (page >= body.pageCount) return findEnglishText(texts.join("\n"));
  }
}

test("a Spanish search is printed in Spanish, each group's code leading to its Spanish page", async ({ page, request, baseURL }) => {
  await page.goto(`/es/groups?${SEARCH}`);
  await page.getByRole("link", { name: "Imprime esta lista" }).click();
  await expect(page).toHaveURL(/\/es\/groups\/print\?near=Austin$/);
  await expect(page).toHaveTitle("Imprime una lista de grupos · Village");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADING);
  await expect(page.getByText(/^\d+ grupos? a menos de 10 millas de Austin/)).toBeVisible();
  await expect(page.getByText(/^Impreso el \d+ de \p{L}+ de \d{4}$/u)).toBeVisible();
  await expect(page.getByText("¿Estás en crisis? Llama o envía un mensaje de texto al 988").first()).toBeVisible();
  await expect(page.getByText(`Más ayuda: ${new URL(baseURL!).host}/es/help-now`)).toBeVisible();

  const items = page.getByRole("list", { name: "Grupos" }).getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(3);
  await expect(items.first().getByText("Cómo unirte")).toBeVisible();
  const code = items.first().getByRole("img", { name: /^Código QR de / });
  expect(readQrSvg(await code.evaluate((svg) => svg.outerHTML))).toMatch(new RegExp(`^${baseURL}/es/groups/[a-z0-9-]+$`));

  // The paper sizes, the way back and the crisis line in the page margin stay Spanish too.
  await expect(page.getByRole("link", { name: "Carta (EE. UU.)" })).toHaveAttribute("href", "/es/groups/print?near=Austin&paper=letter");
  await expect(page.getByRole("link", { name: "← Volver a los resultados" })).toHaveAttribute("href", "/es/groups?near=Austin");
  expect(await page.locator("article style").textContent()).toContain('content: "Página " counter(page) " de " counter(pages)');
  await expectSpanishPage(page, await organiserWords(request, SEARCH));
});

test("a group's Spanish poster is in Spanish, with its code to the Spanish page", async ({ page, baseURL }) => {
  await page.goto(`/es/groups?${SEARCH}`);
  const slug = (await page.getByRole("list", { name: "Grupos" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href"))!;
  expect(slug).toMatch(/^\/es\/groups\/[a-z0-9-]+$/);
  await page.goto(`${slug}/poster`);
  const name = await page.getByRole("heading", { level: 1 }).innerText();
  await expect(page).toHaveTitle(`Cartel: ${name} · Village`);
  await expect(page.getByText("Grupo de apoyo posparto", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cuándo" })).toBeVisible();
  await expect(page.getByText("Escanéalo para ver los horarios y cómo unirte")).toBeVisible();
  const code = page.getByRole("img", { name: `Código QR de ${name} en Village` });
  expect(readQrSvg(await code.evaluate((svg) => svg.outerHTML))).toBe(`${baseURL}${slug}`);
  await expect(page.getByRole("link", { name: `← Volver a ${name}` })).toHaveAttribute("href", slug);
  await expect(page.getByRole("link", { name: "A4" })).toHaveAttribute("href", `${slug}/poster?paper=a4`);
  await expectSpanishPage(page);
});

test("the Spanish embed lists groups in Spanish, and every way out keeps the language", async ({ page }) => {
  await page.goto(`/es/embed/groups?${SEARCH}`);
  await expect(page).toHaveTitle(`Grupos de apoyo cerca de Austin · Village`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADING);
  await expect(page.getByRole("link", { name: "988", exact: true })).toHaveAttribute("href", "tel:988");
  await expect(page.getByRole("link", { name: /^Más ayuda/ })).toHaveAttribute("href", "/es/help-now");
  await expect(page.getByRole("link", { name: /^Publicado en Village/ })).toHaveAttribute("href", "/es");
  const groups = page.getByRole("list", { name: "Grupos" }).getByRole("listitem");
  await expect(groups.first().getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute("href", /^\/es\/groups\/[a-z0-9-]+$/);
  await expect(page.getByRole("link", { name: /^Ver los \d+ grupos en Village/ })).toHaveAttribute("href", "/es/groups?near=Austin");
  await expect(page.getByRole("link", { name: "Siguiente →" })).toHaveAttribute("href", "/es/embed/groups?near=Austin&page=2");
  await expectSpanishPage(page);

  await page.goto("/es/embed/groups?near=Qqqxqzzville");
  await expect(page.getByRole("heading", { name: "No encontramos «Qqqxqzzville»" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Busca un grupo en Village/ })).toHaveAttribute("href", "/es/groups?near=Qqqxqzzville");
  await expectSpanishPage(page);
});

test("the Spanish embed builder gives code for the Spanish list, with a Spanish preview", async ({ page, baseURL }) => {
  await page.goto(`/es/groups?${SEARCH}&cost=free`);
  await page.getByRole("link", { name: "Muestra estos grupos en tu sitio web" }).click();
  await expect(page).toHaveURL(/\/es\/groups\/embed-builder\?near=Austin&cost=free$/);
  await expect(page).toHaveTitle("Muestra estos grupos en tu sitio web · Village");
  await expect(page.getByText(/^Hoy la lista tiene \d+ grupos? a menos de 10 millas de Austin/)).toBeVisible();
  await expect(page.getByText("Gratis", { exact: true })).toBeVisible();
  const code = await page.getByLabel("Código de la lista").inputValue();
  expect(code).toMatch(new RegExp(`^<iframe src="[^"]+" title="${HEADING}, de Village"`));
  expect(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&")).toBe(`${baseURL}/es/embed/groups?near=Austin&cost=free`);
  await page.getByText("¿Tu sitio no puede mostrar marcos? Usa un enlace").click();
  expect(await page.getByLabel("Código de un enlace").inputValue()).toBe(`<a href="${baseURL}/es/groups?near=Austin&amp;cost=free">${HEADING} en Village</a>`);
  const preview = page.frameLocator('iframe[title^="Vista previa"]');
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(HEADING);
  await expect(preview.locator("html")).toHaveAttribute("lang", "es");

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copiar el código" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copiado" })).toBeVisible();
  await expectSpanishPage(page);
});

test("the Spanish open-data page explains the data and licence in Spanish, with the API's own paths and examples", async ({ page, baseURL }) => {
  await page.goto("/es/open-data");
  await expect(page).toHaveTitle("Datos abiertos · Village");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datos abiertos");
  await expect(page.getByRole("heading", { name: "Qué se publica" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CC BY 4.0", exact: true })).toHaveAttribute("rel", "license");
  await expect(page.getByRole("link", { name: "Descargar todos los grupos (NDJSON)" })).toHaveAttribute("href", "/api/hsds/services?format=ndjson");
  await expect(page.getByText("GET /api/hsds/service_at_locations", { exact: true })).toBeVisible();
  expect(await page.locator("pre code").textContent()).toContain(`curl '${baseURL}/api/hsds/services?modified_after=2026-11-01&full=true'`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/es\/open-data$/);
  await expectSpanishPage(page);
});
