import type { Mail } from "@/lib/mail/send-mail";

export function signInMail(to: string, url: string): Mail {
  return {
    to,
    signInUrl: url,
    subject: "Your sign-in link for Village",
    text: [
      "Hello,",
      "",
      "Use this link to sign in to Village. It works once, for the next 30 minutes:",
      "",
      url,
      "",
      "If you didn't ask for it, you can ignore this email: nobody can sign in without the link.",
      "",
      "Village",
    ].join("\n"),
  };
}
