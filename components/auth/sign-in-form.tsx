"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const messages: Record<string, string> = {
  EmailSignin: "We couldn't send the email just now. Please check the address and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  Default: "Something went wrong signing you in. Please try again.",
};

type Props = { callbackUrl: string; initialError?: string | null };

/** Asks for an email address and sends a one-time sign-in link. */
export function SignInForm({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [fieldError, setFieldError] = useState<string[] | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setFieldError(["Enter an email address like name@example.org."]);
      return;
    }
    setFieldError(null);
    setSending(true);
    const result = await signIn("email", { email: email.trim(), callbackUrl, redirect: false });
    setSending(false);
    if (result?.ok && !result.error) {
      router.push(`/signin/check-email?email=${encodeURIComponent(email.trim())}`);
      return;
    }
    const url = result?.url ? new URL(result.url, window.location.origin) : null;
    const code = url?.searchParams.get("error") ?? result?.error ?? "Default";
    const minutes = Math.max(1, Math.ceil(Number(url?.searchParams.get("retryAfter") ?? 60) / 60));
    setError(code === "RateLimited" ? `You've asked for several links in a short while. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` : (messages[code] ?? messages.Default!));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <FormMessage>{error}</FormMessage>
      <Field label="Your email address" hint="We'll email you a link that signs you in. No password needed." errors={fieldError}>
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        )}
      </Field>
      <Button type="submit" disabled={sending}>
        {sending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
