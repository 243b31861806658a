"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { failedState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { tryAgainMessage } from "@/lib/rate-limit";
import { checkSignInLimit } from "./limit-sign-in";
import { sendSignInLink } from "./send-sign-in-link";
import { safeCallback, signInErrorMessage, type SignInFormState } from "./sign-in-form-state";
import { signInEmailSchema } from "./sign-in-schema";

/** "Email me a sign-in link": checks the address and the rate limit, then has next-auth send the link. */
export async function requestSignInLinkAction(previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const values = { email: typed };
  const parsed = signInEmailSchema.safeParse(typed);
  if (!parsed.success) return failedState(previous, values, { message: null, errors: { email: parsed.error.issues.map((i) => i.message) } });

  const requestHeaders = await headers();
  const retryAfter = await checkSignInLimit(await getDb(), clientAddress(requestHeaders), parsed.data);
  if (retryAfter !== null) return failedState(previous, values, { message: tryAgainMessage(retryAfter) });

  const outcome = await sendSignInLink(parsed.data, safeCallback(String(formData.get("callbackUrl") ?? "")), Object.fromEntries(requestHeaders));
  if (!outcome.sent) return failedState(previous, values, { message: signInErrorMessage(outcome.error) });
  redirect("/signin/check-email");
}
