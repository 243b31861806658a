// Shared with the sign-in form in the browser, so no zod here (see sign-in-schema.ts).

export type SignInFormState = { message: string | null; fieldErrors: string[] | null; email: string };

export const initialSignInState = (message: string | null): SignInFormState => ({ message, fieldErrors: null, email: "" });

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
