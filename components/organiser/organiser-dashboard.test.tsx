// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DateRow } from "@/lib/listings/listing-dates";
import type { MyListing } from "@/lib/listings/organiser-listings";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";
import { DateRowItem } from "./date-row";
import { MyListingCard } from "./my-listing-card";
import { OrganiserBar } from "./organiser-bar";

// Signing out needs a request; here only its button is rendered.
vi.mock("@/lib/auth/sign-out-action", () => ({ signOutAction: vi.fn() }));

afterEach(cleanup);

const listing = (overrides: Partial<MyListing> = {}): MyListing => ({
  id: "g1",
  slug: "lunes-de-mamas",
  name: "Lunes de Mamás",
  status: "PUBLISHED",
  place: "Austin, TX",
  online: false,
  timeZone: "America/Chicago",
  lastConfirmedAt: new Date("2026-03-03T18:00:00Z"),
  editWaiting: false,
  moderatorMessage: null,
  isPublic: true,
  stale: false,
  ...overrides,
});

const noop = async () => {};

describe("the organiser's bar", () => {
  it("says who is signed in and where to go, in Spanish, on Spanish pages", () => {
    renderWithIntl(<OrganiserBar email="ana@example.org" isModerator />, { locale: "es" });
    const nav = screen.getByRole("navigation", { name: "Tus anuncios" });
    expect(within(nav).getByRole("link", { name: "Mis grupos" }).getAttribute("href")).toBe("/es/organiser");
    expect(within(nav).getByRole("link", { name: "Publicar un grupo" }).getAttribute("href")).toBe("/es/submit");
    expect(within(nav).getByRole("link", { name: "Moderación" }).getAttribute("href")).toBe("/es/admin");
    expect(screen.getByText("Sesión iniciada como").parentElement?.textContent).toBe("Sesión iniciada como ana@example.org");
    expect(screen.getByRole("button", { name: "Cerrar sesión" })).toBeTruthy();
  });

  it("keeps its English words on English pages", () => {
    renderWithIntl(<OrganiserBar email="ana@example.org" isModerator={false} />);
    expect(screen.getByRole("link", { name: "My groups" }).getAttribute("href")).toBe("/organiser");
    expect(screen.getByText("Signed in as").parentElement?.textContent).toBe("Signed in as ana@example.org");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Moderation" })).toBeNull();
  });
});

describe("a listing card", () => {
  it("is in Spanish, with the date written the Spanish way and the listing's own name untouched", () => {
    renderWithIntl(<MyListingCard listing={listing({ stale: true })} confirmAction={noop} justConfirmed={false} />, { locale: "es" });
    const card = screen.getByRole("article", { name: "Lunes de Mamás" });
    expect(within(card).getByText("Publicado")).toBeTruthy();
    expect(within(card).getByText(/^Confirmado el 3 mar 2026\. ¿Sigue activo\?/)).toBeTruthy();
    expect(within(card).getByRole("link", { name: "Editar Lunes de Mamás" }).getAttribute("href")).toBe("/es/organiser/groups/g1/edit");
    expect(within(card).getByRole("link", { name: "Cancelar una fecha de Lunes de Mamás" }).getAttribute("href")).toBe("/es/organiser/groups/g1/dates");
    expect(within(card).getByRole("button").textContent).toBe("Sigue activo: confirmar que Lunes de Mamás se sigue reuniendo");
    expect(within(card).getByRole("link", { name: "Ver la página pública de Lunes de Mamás" }).getAttribute("href")).toBe("/es/groups/lunes-de-mamas");
    expect(within(card).getByRole("link", { name: "Archivar Lunes de Mamás" })).toBeTruthy();
  });

  it("says what a moderator asked for, and that an online group is online, in Spanish", () => {
    const returned = listing({ status: "CHANGES_REQUESTED", online: true, place: "", isPublic: false, moderatorMessage: { text: "Add the link, please.", about: "listing", outcome: "changes" } });
    renderWithIntl(<MyListingCard listing={returned} confirmAction={noop} justConfirmed={false} />, { locale: "es" });
    expect(screen.getByText("En línea")).toBeTruthy();
    expect(screen.getByText("Cambios solicitados")).toBeTruthy();
    expect(screen.getByText("El equipo de moderación pidió algunos cambios antes de publicarlo:")).toBeTruthy();
    expect(screen.getByText("Add the link, please.")).toBeTruthy();
  });

  it("reads exactly as before in English", () => {
    renderWithIntl(<MyListingCard listing={listing({ isPublic: false })} confirmAction={noop} justConfirmed />);
    expect(screen.getByRole("status").textContent).toBe("Thanks! Confirmed on 3 Mar 2026. Hidden from the directory until you confirm it is still running.");
    expect(screen.getByRole("button").textContent).toBe("Still running: confirm Lunes de Mamás still meets");
    expect(screen.queryByRole("link", { name: /View public page/ })).toBeNull();
  });
});

describe("a date row", () => {
  const row: DateRow = { date: "2026-12-14", when: "lun, 14 dic 2026, 12:00 p.m. CST", day: "lun, 14 dic 2026", cancelled: false, reason: null };

  it("offers to cancel the date in Spanish", () => {
    renderWithIntl(<DateRowItem row={row} meetingId="m1" action={noop} />, { locale: "es" });
    expect(screen.getByText("Cancelar esta fecha").textContent).toBe(`Cancelar esta fecha: ${row.when}`);
    expect(screen.getByLabelText(/^Motivo/)).toBeTruthy();
    expect(screen.getByText("(opcional)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cancelar lun, 14 dic 2026" })).toBeTruthy();
  });

  it("shows a cancelled date and its reason, and restores it, in Spanish", () => {
    renderWithIntl(<DateRowItem row={{ ...row, cancelled: true, reason: "Día festivo" }} meetingId="m1" action={noop} />, { locale: "es" });
    expect(screen.getByText("Cancelada")).toBeTruthy();
    expect(screen.getByText("Motivo: Día festivo")).toBeTruthy();
    expect(screen.getByRole("button", { name: `Recuperar ${row.when}` })).toBeTruthy();
  });
});
