import { describe, expect, it } from "vitest";
import { HIDDEN_AFTER_MONTHS } from "./lifecycle";
import { organiserLocaleOf, stillRunningMail } from "./still-running-mail";

const url = "http://localhost:3000/es/organiser/confirm?group=g1&token=t";

describe("the still-running reminder", () => {
  it("is in Spanish for a Spanish-speaking organiser, the group's own name untouched", () => {
    const mail = stillRunningMail({ name: "Lunes de Mamás" }, url, "es");
    expect(mail.subject).toBe("¿Lunes de Mamás sigue activo?");
    expect(mail.text).toContain("Las familias encuentran Lunes de Mamás en Village.");
    expect(mail.text).toContain(`durante ${HIDDEN_AFTER_MONTHS} meses`);
    expect(mail.text).not.toMatch(/Hello|sign in|Parents/);
    expect(mail.text.split("\n")).toContain(url);
  });

  it("keeps its English words for an English-speaking one", () => {
    const mail = stillRunningMail({ name: "Oak Circle" }, url);
    expect(mail.subject).toBe("Is Oak Circle still running?");
    expect(mail.text).toContain("Parents find Oak Circle on Village. To keep the directory trustworthy we ask organisers every few months whether their group still meets.");
    expect(mail.text).toContain("If it does, open this link and press the button. That's all: no sign-in needed.");
    expect(mail.text).toContain(`Listings nobody confirms for ${HIDDEN_AFTER_MONTHS} months are hidden`);
    expect(mail.text.endsWith("Thank you for running it,\nVillage")).toBe(true);
  });

  it("goes out in the organiser's language, English when it is not one the site speaks", () => {
    expect(organiserLocaleOf({ organiserLocale: "es" })).toBe("es");
    expect(organiserLocaleOf({ organiserLocale: "en" })).toBe("en");
    expect(organiserLocaleOf({ organiserLocale: "fr" })).toBe("en");
  });
});
