"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { tryAgainMessage } from "@/lib/rate-limit";
import { checkSignInLimit } from "./limit-sign-in";
import { sendSignInLink } from "./send-sign-in-link";
import { safeCallback, signInErrorMessage, type SignInFormState } from "./sign-in-form-state";
import { signInEmailSchema } from "./sign-in-schema";

/** "Email me a sign-in link": checks the address and the rate limit, then has next-auth send the link. */
export async function requestSignInLinkAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const typed = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = signInEmailSchema.safeParse(typed);
  if (!parsed.success) return { message: null, fieldErrors: parsed.error.issues.map((i) => i.message), email: typed };

  const requestHeaders = await headers();
  const retryAfter = await checkSignInLimit(await getDb(), clientAddress(requestHeaders), parsed.data);
  if (retryAfter !== null) return { message: tryAgainMessage(retryAfter), fieldErrors: null, email: typed };

  const outcome = await sendSignInLink(parsed.data, safeCallback(String(formData.get("callbackUrl") ?? "")), Object.fromEntries(requestHeaders));
  if (!outcome.sent) return { message: signInErrorMessage(outcome.error), fieldErrors: null, email: typed };
  redirect("/signin/check-email");
}
