import type { FormState, TextValues } from "@/lib/forms/form-state";

// Shared with the sign-in form in the browser, so no zod here (see sign-in-schema.ts).

export type SignInFormState = FormState<TextValues<"email">>;

/** The form before anything is sent; `message` explains an error next-auth redirected here with. */
export const initialSignInState = (message: string | null): SignInFormState => ({ status: message ? "error" : "idle", message, errors: {}, values: {}, version: 0 });

/** Only same-site paths may be a destination after sign-in. */
export function safeCallback(value: string | undefined | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/organiser";
}

const MESSAGES: Record<string, string> = {
  EmailSignin: "We couldn't send the email just now. Please check the address and try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  Default: "Something went wrong signing you in. Please try again.",
};

export const signInErrorMessage = (code: string) => MESSAGES[code] ?? MESSAGES.Default!;
