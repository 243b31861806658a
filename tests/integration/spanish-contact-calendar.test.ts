import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as groupFeed } from "@/app/[locale]/(site)/groups/[slug]/calendar.ics/route";
import { GET as nextMeetingFeed } from "@/app/[locale]/(site)/groups/[slug]/next.ics/route";
import { GET as searchFeed } from "@/app/[locale]/(site)/groups/calendar.ics/route";
import { ContactFormView } from "@/components/group-page/contact-form";
import { ReportFormView } from "@/components/group-page/report-form";
import { relayContactMessage } from "@/lib/contact/relay-contact-message";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { reportProblem } from "@/lib/moderation/report-problem";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createGroup } from "../factories/group-factory";
import { markupWithIntl } from "../helpers/render-with-intl";

// Groups here are online and carry a marker word, so a search for the word finds only them.
const MARKER = "xochimilcotest";
const origin = "http://village.test";
const addresses = ["192.0.2.201", "192.0.2.202", "192.0.2.203", "192.0.2.204"];

let db: PrismaClient;
const made: string[] = [];
let spanishOrganised: { id: string; slug: string; name: string };
let englishOrganised: { id: string; slug: string; name: string };

async function onlineGroup(name: string, contactEmail: string, organiserLocale: "en" | "es") {
  const group = await createGroup(db, {
    name,
    description: `A ${MARKER} test group that meets online.`,
    format: "ONLINE",
    location: null,
    contactEmail,
    timeZone: "America/Mexico_City",
    meetings: [{ frequency: "WEEKLY", weekday: "WE", startTime: "19:00", durationMinutes: 60, startDate: "2026-01-07" }],
  });
  await db.group.update({ where: { id: group.id }, data: { organiserLocale } });
  made.push(group.id);
  return { id: group.id, slug: group.slug, name };
}

const route = (handler: typeof groupFeed, path: string, params: { slug: string; locale?: string }) => handler(new Request(`${origin}${path}`), { params: Promise.resolve(params) });
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");
const visitor = { name: "Lucía", email: "lucia.visitante@example.net", message: "¿Puedo llevar a mi bebé? {y a mi pareja}", website_url: "" };

beforeAll(async () => {
  db = await getDb();
  spanishOrganised = await onlineGroup("Círculo Xochimilco", "circulo.xochimilco@example.org", "es");
  englishOrganised = await onlineGroup("Xochimilco Evening Circle", "evening.xochimilco@example.org", "en");
});

afterAll(async () => {
  await db.group.deleteMany({ where: { id: { in: made } } });
  await db.outboxMail.deleteMany({ where: { to: { in: ["circulo.xochimilco@example.org", "evening.xochimilco@example.org"] } } });
  await db.rateLimitHit.deleteMany({ where: { key: { in: addresses.flatMap((a) => [`contact:addr:${a}`, `report:addr:${a}`]) } } });
});

describe("the message relayed to an organiser", () => {
  it("is in Spanish for an organiser who uses the site in Spanish, with the visitor's words as they wrote them", async () => {
    expect(await relayContactMessage(db, spanishOrganised.slug, visitor, addresses[0]!)).toMatchObject({ status: "success" });
    const [mail, ...more] = await db.outboxMail.findMany({ where: { to: "circulo.xochimilco@example.org" } });
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Un mensaje sobre Círculo Xochimilco, desde Village");
    expect(mail?.text).toMatch(/^Hola:\n\nLucía encontró Círculo Xochimilco en Village y te envió este mensaje:\n\n¿Puedo llevar a mi bebé\? \{y a mi pareja\}\n/);
    expect(mail?.text).toContain("Responde a este correo para contestarle directamente a Lucía (lucia.visitante@example.net).");
    expect(mail?.text).not.toMatch(/Hello|found|Reply to this email/);
  });

  it("is in English, as it always was, for an organiser who uses it in English", async () => {
    expect(await relayContactMessage(db, englishOrganised.slug, visitor, addresses[0]!)).toMatchObject({ status: "success" });
    const [mail] = await db.outboxMail.findMany({ where: { to: "evening.xochimilco@example.org" } });
    expect(mail?.subject).toBe("A message about Xochimilco Evening Circle, from Village");
    expect(mail?.text).toBe(
      [
        "Hello,",
        "",
        "Lucía found Xochimilco Evening Circle on Village and sent you this message:",
        "",
        visitor.message,
        "",
        "—",
        "Reply to this email to answer Lucía directly (lucia.visitante@example.net).",
        "Village passes messages on without showing your address on the site; only your reply tells them who you are.",
        "",
        "Village",
      ].join("\n"),
    );
  });
});

describe("the contact and report forms' answers on a Spanish page", () => {
  const contactForm = (state: Awaited<ReturnType<typeof relayContactMessage>>) =>
    markupWithIntl(createElement(ContactFormView, { slug: spanishOrganised.slug, groupName: spanishOrganised.name, state, action: () => {}, pending: false }), "es");
  const reportForm = (state: Awaited<ReturnType<typeof reportProblem>>) =>
    markupWithIntl(createElement(ReportFormView, { slug: spanishOrganised.slug, state, action: () => {}, pending: false }), "es");

  it("say what the server refused in Spanish", async () => {
    const html = contactForm(await relayContactMessage(db, spanishOrganised.slug, { name: "", email: "lucia@", message: "" }, addresses[1]!));
    expect(html).toContain("Corrige los 3 problemas que aparecen abajo.");
    expect(html).toContain("Escribe tu nombre para quien organiza.");
    expect(html).toContain("Escribe un correo electrónico como nombre@ejemplo.org.");
    expect(html).not.toMatch(/Please fix|Tell the organiser|Contact\./);

    const report = reportForm(await reportProblem(db, { slug: spanishOrganised.slug, reason: "NONSENSE" }, addresses[1]!));
    expect(report).toContain("Elige qué no está bien en este anuncio.");
    expect(report).not.toMatch(/Choose what|Contact\./);
  });

  it("say in Spanish when the limit is reached and when a group is gone", async () => {
    const address = addresses[2]!;
    for (let i = 0; i < RATE_LIMITS.contactPerAddress.limit; i++) await relayContactMessage(db, spanishOrganised.slug, visitor, address);
    expect(contactForm(await relayContactMessage(db, spanishOrganised.slug, visitor, address))).toMatch(/Lo has intentado varias veces en poco tiempo\. Vuelve a intentarlo en \d+ minutos?\./);
    expect(contactForm(await relayContactMessage(db, "no-such-group", visitor, addresses[3]!))).toContain("Lo sentimos, quien organiza este grupo no puede recibir mensajes a través de Village.");
    expect(reportForm(await reportProblem(db, { slug: "no-such-group", reason: "OTHER" }, addresses[3]!))).toContain("Este grupo ya no aparece en el directorio");
    const thanks = reportForm(await reportProblem(db, { slug: spanishOrganised.slug, reason: "WRONG_TIME" }, addresses[3]!));
    expect(thanks).toContain("Gracias. Alguien del equipo de moderación revisará este anuncio pronto.");
  });
});

describe("calendar feeds at Spanish addresses", () => {
  it("word a group's feed in Spanish and link to its Spanish page; the English feed is unchanged", async () => {
    const { slug } = spanishOrganised;
    const spanish = unfold(await (await route(groupFeed, `/es/groups/${slug}/calendar.ics`, { slug, locale: "es" })).text());
    expect(spanish).toContain("LOCATION:En línea");
    expect(spanish).toContain(`URL;VALUE=URI:${origin}/es/groups/${slug}`);
    expect(spanish).not.toContain("LOCATION:Online");
    expect(spanish.filter((l) => l.startsWith("URL")).every((l) => l.includes(`${origin}/es/groups/`))).toBe(true);

    const english = unfold(await (await route(groupFeed, `/groups/${slug}/calendar.ics`, { slug, locale: "en" })).text());
    expect(english).toContain("LOCATION:Online");
    expect(english).toContain(`URL;VALUE=URI:${origin}/groups/${slug}`);
    // Without the language (as the English address is routed), the feed is the English one.
    const unprefixed = unfold(await (await route(groupFeed, `/groups/${slug}/calendar.ics`, { slug })).text());
    expect(unprefixed.filter((l) => !l.startsWith("DTSTAMP"))).toEqual(english.filter((l) => !l.startsWith("DTSTAMP")));

    const next = unfold(await (await route(nextMeetingFeed, `/es/groups/${slug}/next.ics`, { slug, locale: "es" })).text());
    expect(next).toContain("LOCATION:En línea");
    expect(next).toContain(`URL;VALUE=URI:${origin}/es/groups/${slug}`);

    const missing = await route(groupFeed, "/es/groups/no-such-group/calendar.ics", { slug: "no-such-group", locale: "es" });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("No hay ningún grupo publicado en esta dirección.\n");
    expect(await (await route(groupFeed, "/groups/no-such-group/calendar.ics", { slug: "no-such-group" })).text()).toBe("No published group has that address.\n");
  });

  it("word a search's feed in Spanish, pointing back to the Spanish search and pages", async () => {
    // In the order the site writes a search's address.
    const query = `q=${MARKER}&online=only`;
    const call = (path: string, locale?: string) => searchFeed(new Request(`${origin}${path}?${query}`), { params: Promise.resolve(locale ? { locale } : {}) });
    const spanish = unfold(await (await call("/es/groups/calendar.ics", "es")).text());
    expect(spanish).toContain(`X-WR-CALNAME:Village: Grupos de apoyo en línea (“${MARKER}”)`);
    expect(spanish).toContain(`URL:${origin}/es/groups?${query}`);
    expect(spanish.find((l) => l.startsWith("X-WR-CALDESC:"))).toBe(`X-WR-CALDESC:2 grupos. Mira la lista en ${origin}/es/groups?${query}`);
    const linked = spanish.filter((l) => l.startsWith("URL;VALUE=URI:")).sort();
    expect(linked).toEqual([`URL;VALUE=URI:${origin}/es/groups/${spanishOrganised.slug}`, `URL;VALUE=URI:${origin}/es/groups/${englishOrganised.slug}`].sort());
    expect(spanish.filter((l) => l === "LOCATION:En línea")).toHaveLength(2);

    const english = unfold(await (await call("/groups/calendar.ics")).text());
    expect(english).toContain(`X-WR-CALNAME:Village: Online support groups (“${MARKER}”)`);
    expect(english.find((l) => l.startsWith("X-WR-CALDESC:"))).toBe(`X-WR-CALDESC:2 groups. See the list at ${origin}/groups?${query}`);
    expect(english.filter((l) => l === "LOCATION:Online")).toHaveLength(2);

    // A place is named in the feed's language too.
    const near = (path: string, locale?: string) => searchFeed(new Request(`${origin}${path}?near=Austin`), { params: Promise.resolve(locale ? { locale } : {}) });
    expect(unfold(await (await near("/es/groups/calendar.ics", "es")).text()).find((l) => l.startsWith("X-WR-CALNAME:"))).toMatch(/cerca de Austin\\, TX\\, Estados Unidos/);
    expect(unfold(await (await near("/groups/calendar.ics")).text()).find((l) => l.startsWith("X-WR-CALNAME:"))).toMatch(/near Austin\\, TX\\, United States/);

    const refused = await searchFeed(new Request(`${origin}/es/groups/calendar.ics?day=someday`), { params: Promise.resolve({ locale: "es" }) });
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text).toContain("Esta dirección de calendario tiene valores que no pudimos usar:");
    expect(text).toContain(`${origin}/es/groups`);
    expect(text).not.toMatch(/could not use|Search again/);
  });
});
