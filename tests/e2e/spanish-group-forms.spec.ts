import type { Page } from "@playwright/test";
import { newPerson } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { findEnglishText } from "./english-text";
import { expect, test } from "./fixtures";

// A demo group that meets in Spanish, and whose organiser can be written to.
const GROUP = "/es/groups/circulo-de-mamas-south-austin";
// A form answer the page failed to word would show as its message key.
const RAW_KEY = /\b(Contact|Forms|Validation)\.[a-zA-Z][\w.-]*/;

/** The page is Spanish, at its Spanish address, with no English interface text and no raw message key. */
async function expectSpanishAnswer(page: Page) {
  await expect(page).toHaveURL(new RegExp(`${GROUP}(\\?.*)?$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await page.locator("body").innerText();
  expect(findEnglishText(text), `English interface text on ${page.url()}`).toEqual([]);
  expect(text.match(RAW_KEY)?.[0] ?? null, `a message key on ${page.url()}`).toBeNull();
}

for (const javaScriptEnabled of [true, false]) {
  test(`a visitor writes to the organiser and reports a problem in Spanish, with JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({ browser }) => {
    // An address of its own, so these posts spend no other test's limits.
    const person = await newPerson(browser, "", javaScriptEnabled ? "127.0.0.104" : "127.0.0.105", { javaScriptEnabled });
    const { page } = person;
    const checkAccessible = () => (javaScriptEnabled ? expectNoAxeViolations(page) : Promise.resolve());

    await page.goto(GROUP);
    await expectSpanishAnswer(page);
    const contact = page.getByRole("region", { name: "Escríbele a quien organiza" });
    await expect(contact.getByText(/^Hazle a .+ tu pregunta antes de ir\./)).toBeVisible();

    await test.step("a message with no name and a mistyped address is refused, in Spanish", async () => {
      await contact.getByLabel("Tu correo electrónico").fill("lucia@correo");
      await contact.getByLabel("Tu mensaje").fill("¿Hay estacionamiento cerca?");
      await contact.getByRole("button", { name: "Enviar mensaje" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Corrige los 2 problemas que aparecen abajo." })).toBeVisible();
      await expect(page.getByText("Escribe tu nombre para quien organiza.")).toBeVisible();
      await expect(page.getByText("Escribe un correo electrónico como nombre@ejemplo.org.")).toBeVisible();
      await expect(page.getByLabel("Tu mensaje")).toHaveValue("¿Hay estacionamiento cerca?");
      await expectSpanishAnswer(page);
      await checkAccessible();
    });

    await test.step("then sent, with a Spanish thank-you", async () => {
      await page.getByLabel("Tu nombre").fill("Lucía");
      await page.getByLabel("Tu correo electrónico").fill(`lucia.${javaScriptEnabled ? "js" : "nojs"}.${Date.now()}@example.org`);
      await page.getByRole("button", { name: "Enviar mensaje" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Tu mensaje ya va en camino. Quien organiza te responderá a tu correo electrónico." })).toBeVisible();
      await expectSpanishAnswer(page);
    });

    await test.step("a report without a reason is refused in Spanish, then sent", async () => {
      await page.getByText("Reportar un problema con este anuncio").click();
      await page.getByRole("button", { name: "Enviar reporte" }).click();
      await expect(page.getByText("Elige qué no está bien en este anuncio.")).toBeVisible();
      await expectSpanishAnswer(page);
      await checkAccessible();

      await page.getByRole("radio", { name: "El día, la hora o el lugar no son correctos" }).check();
      await page.getByLabel(/^Detalles/).fill("Ahora se reúnen los jueves.");
      await page.getByRole("button", { name: "Enviar reporte" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Gracias. Alguien del equipo de moderación revisará este anuncio pronto." })).toBeVisible();
      await expectSpanishAnswer(page);
    });

    expect(person.consoleErrors).toEqual([]);
    await person.close();
  });
}

test("the Spanish calendar feeds of a group are worded and linked in Spanish; the English ones are not", async ({ request }) => {
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
  const spanish = unfold(await (await request.get(`${GROUP}/calendar.ics`)).text());
  expect(spanish).toMatch(/^URL;VALUE=URI:https?:\/\/[^/]+\/es\/groups\/circulo-de-mamas-south-austin\r$/m);
  expect(spanish).toMatch(/^PRODID:.*\/\/ES\r$/m);
  const english = unfold(await (await request.get("/groups/circulo-de-mamas-south-austin/calendar.ics")).text());
  expect(english).toMatch(/^URL;VALUE=URI:https?:\/\/[^/]+\/groups\/circulo-de-mamas-south-austin\r$/m);
  expect(english).not.toContain("/es/");

  const online = unfold(await (await request.get("/es/groups/calendar.ics?online=only")).text());
  expect(online).toMatch(/^X-WR-CALNAME:Village: Grupos de apoyo en línea\r$/m);
  expect(online).toContain("LOCATION:En línea");
  expect(online).not.toContain("LOCATION:Online");
  const refused = await request.get("/es/groups/calendar.ics?day=someday");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("Esta dirección de calendario tiene valores que no pudimos usar:");
});
