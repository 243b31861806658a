import type { FormMessageKey } from "@/lib/forms/form-message";
import type { FormState, TextValues } from "@/lib/forms/form-state";

// Shared with the sign-in form in the browser, so no zod here (see sign-in-schema.ts).

export type SignInFormState = FormState<TextValues<"email">>;

/** The form before anything is sent; `message` (a message key) explains an error next-auth redirected here with. */
export const initialSignInState = (message: string | null): SignInFormState => ({ status: message ? "error" : "idle", message, errors: {}, values: {}, version: 0 });

/**
 * Only same-site paths may be a destination after sign-in. Browsers read "/\" as "//", the
 * start of another site's address, so that is refused too.
 */
export function safeCallback(value: string | undefined | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/organiser";
}

const MESSAGES: Record<string, FormMessageKey> = {
  EmailSignin: "Auth.emailNotSent",
  Verification: "Auth.linkExpired",
  Default: "Auth.signInFailed",
};

/** What to tell the person about one of next-auth's error codes, as a message key. */
export const signInErrorMessage = (code: string): FormMessageKey => MESSAGES[code] ?? MESSAGES.Default!;
