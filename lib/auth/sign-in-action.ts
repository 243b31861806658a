"use server";

import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { failedState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { redirectInLocale, requestLocale } from "@/lib/i18n/request-locale";
import { tryAgainMessage } from "@/lib/rate-limit";
import { checkSignInLimit } from "./limit-sign-in";
import { sendSignInLink } from "./send-sign-in-link";
import { signInErrorMessage, type SignInFormState } from "./sign-in-form-state";
import { callbackInLocale } from "./sign-in-locale";
import { signInEmailSchema } from "./sign-in-schema";

/**
 * "Email me a sign-in link": checks the address and the rate limit, then has next-auth send
 * the link. The link returns to a page in the language of the form, and so the email is in
 * that language too (next-auth's link carries the callbackUrl).
 */
export async function requestSignInLinkAction(previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const values = { email: typed };
  const parsed = signInEmailSchema.safeParse(typed);
  if (!parsed.success) return failedState(previous, values, { message: null, errors: { email: parsed.error.issues.map((i) => i.message) } });

  const requestHeaders = await headers();
  const retryAfter = await checkSignInLimit(await getDb(), clientAddress(requestHeaders), parsed.data);
  if (retryAfter !== null) return failedState(previous, values, { message: tryAgainMessage(retryAfter) });

  const callbackUrl = callbackInLocale(String(formData.get("callbackUrl") ?? ""), await requestLocale());
  const outcome = await sendSignInLink(parsed.data, callbackUrl, Object.fromEntries(requestHeaders));
  if (!outcome.sent) return failedState(previous, values, { message: signInErrorMessage(outcome.error) });
  return redirectInLocale("/signin/check-email");
}
