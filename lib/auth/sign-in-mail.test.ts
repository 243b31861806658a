import { describe, expect, it } from "vitest";
import { signInMail } from "./sign-in-mail";

const link = "http://localhost:3000/api/auth/callback/email?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fes%2Forganiser&token=t&email=ana%40example.org";

describe("the sign-in email", () => {
  it("is in Spanish for a Spanish sign-in, with the link on a line of its own", () => {
    const mail = signInMail("ana@example.org", link, "es");
    expect(mail.subject).toBe("Tu enlace para iniciar sesión en Village");
    expect(mail.text).toContain("Usa este enlace para iniciar sesión en Village.");
    expect(mail.text).not.toMatch(/sign in|Hello/i);
    expect(mail.text.split("\n")).toContain(link);
    expect(mail.signInUrl).toBe(link);
  });

  it("keeps its English words for an English one", () => {
    const mail = signInMail("ana@example.org", link);
    expect(mail.subject).toBe("Your sign-in link for Village");
    expect(mail.text).toBe(
      [
        "Hello,",
        "",
        "Use this link to sign in to Village. It works once, for the next 30 minutes:",
        "",
        link,
        "",
        "If you didn't ask for it, you can ignore this email: nobody can sign in without the link.",
        "",
        "Village",
      ].join("\n"),
    );
  });
});
