import { newPerson, signIn } from "./accounts";
import { expect, test } from "./fixtures";
import { fillInPersonVenue, fillMeeting } from "./listing-fields";
import { expectSpanishPage } from "./spanish-page";

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

test("an organiser lists a group in Spanish: the form, its problems and the way back are all in Spanish", async ({ browser }) => {
  test.setTimeout(120_000);
  const organiser = await newPerson(browser, `en.espanol.${Date.now()}@example.org`, "127.0.0.45");
  const { page } = organiser;
  await signIn(organiser, "/es/submit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publica tu grupo");
  await expect(page).toHaveTitle(/^Publica tu grupo/);
  await expectSpanishPage(page);

  // Sent empty, the form says what is missing in Spanish, field by field.
  const name = `Círculo de los martes ${Date.now().toString(36)}`;
  await page.getByLabel("Nombre del grupo", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Enviar a revisión" }).click();
  await expect(page.getByRole("heading", { name: /^Corrige estos \d+ problemas antes de enviar$/ })).toBeVisible();
  const description = page.getByLabel("Descripción", { exact: true });
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await expect(description).toHaveAccessibleDescription(/Cuéntales a las familias qué pasa en el grupo\./);
  await expect(page.getByLabel("Nombre del grupo", { exact: true })).toHaveValue(name);
  await expectSpanishPage(page);

  await page.getByLabel("Resumen", { exact: true }).fill("Un encuentro tranquilo para madres recientes.");
  await description.fill("Nos reunimos en la sala tranquila de la biblioteca. Café, galletas y sin presión para hablar.");
  await page.getByRole("checkbox", { name: "Madres y personas gestantes", exact: true }).check();
  await page.getByRole("checkbox", { name: "Español", exact: true }).check();
  await page.getByRole("radio", { name: "Es gratis" }).check();
  await page.getByRole("radio", { name: "Sí, basta con llegar" }).check();
  await page.getByLabel("Correo para los mensajes de las familias").fill(organiser.email);
  await page.getByRole("radio", { name: "En persona", exact: true }).check();
  await page.getByLabel("Tipo de lugar").selectOption({ label: "Biblioteca" });
  await page.getByLabel("Nombre del lugar").fill("Biblioteca Central");
  await page.getByLabel("Calle y número").fill("710 W César Chávez St");
  await page.getByLabel("Ciudad o pueblo").fill("Austin");
  await page.getByLabel(/^Estado o provincia/).fill("TX");
  await expect(page.getByLabel("País").locator("option[value=US]")).toHaveText("Estados Unidos");
  await page.getByLabel("País").selectOption("US");
  const meeting = page.getByRole("group", { name: "Reunión 1" });
  await meeting.getByLabel("Cada cuánto").selectOption({ label: "Todas las semanas" });
  await meeting.getByLabel("Día", { exact: true }).selectOption({ label: "Martes" });
  await meeting.getByLabel("Hora de inicio").fill("18:30");

  await page.getByRole("button", { name: "Enviar a revisión" }).click();
  await expect(page).toHaveURL(/\/es\/organiser\?notice=submitted$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  expect(organiser.consoleErrors).toEqual([]);
  await organiser.close();
});
