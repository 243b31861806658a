import { describe, expect, it } from "vitest";
import { signInMail } from "@/lib/auth/sign-in-mail";
import { describeUnsentMail } from "./unsent-mail-log";

const link = "http://localhost:3000/api/auth/callback/email?token=secret-token&email=moderator%40example.org";
const relayed = { to: "organiser@example.org", subject: "A message about Oak Circle, from Village", text: "Hello,\n\nMy phone number is 555 0100." };

describe("describeUnsentMail", () => {
  it("prints a sign-in link on a line of its own, so the person at the terminal can sign in", () => {
    const logged = describeUnsentMail(signInMail("moderator@example.org", link), { withBody: false });
    expect(logged).toContain("Sign-in link for moderator@example.org");
    expect(logged.split("\n").map((line) => line.trim())).toContain(link);
  });

  it("keeps other mails to recipient and subject", () => {
    const logged = describeUnsentMail(relayed, { withBody: false });
    expect(logged).toContain("organiser@example.org");
    expect(logged).toContain("A message about Oak Circle");
    expect(logged).not.toContain("555 0100");
  });

  it("shows the whole mail when the development mailbox is on", () => {
    expect(describeUnsentMail(relayed, { withBody: true })).toContain("My phone number is 555 0100.");
  });
});
