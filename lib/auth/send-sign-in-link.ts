import NextAuth, { type NextAuthOptions } from "next-auth";
import { getAuthOptions } from "./options";
import { callbackLocale } from "./sign-in-locale";

type Captured = { statusCode: number; headers: Map<string, string | string[]>; body: unknown };

/** A stand-in for the Node response next-auth's API handler writes to. */
function captureResponse() {
  const captured: Captured = { statusCode: 200, headers: new Map(), body: undefined };
  const res = {
    status(code: number) {
      captured.statusCode = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      captured.headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => captured.headers.get(name.toLowerCase()),
    end() {},
    json(value: unknown) {
      captured.body = value;
    },
    send(value: unknown) {
      captured.body = value;
    },
  };
  return { res, captured };
}

/** name=value pairs from Set-Cookie headers, as a request's cookie object. */
function cookiesFrom(captured: Captured): Record<string, string> {
  const headers = [captured.headers.get("set-cookie") ?? []].flat();
  return Object.fromEntries(headers.map((header) => header.split(";")[0]!.split("=")).map(([name, ...value]) => [name!, decodeURIComponent(value.join("="))]));
}

type InternalRequest = { method: string; body?: Record<string, string>; cookies: Record<string, string>; headers: Record<string, string> };

async function callNextAuth(options: NextAuthOptions, route: string[], request: InternalRequest) {
  const { res, captured } = captureResponse();
  await NextAuth({ query: { nextauth: route }, ...request } as never, res as never, options);
  return captured;
}

export type SignInLinkOutcome = { sent: true } | { sent: false; error: string };

/**
 * Has next-auth email a sign-in link, from the server, so the sign-in form works as a plain
 * form post before (or without) JavaScript. next-auth does all of it (the token, its hash
 * in the database, the mail); this only fetches a CSRF token first, as a browser would.
 */
export async function sendSignInLink(email: string, callbackUrl: string, requestHeaders: Record<string, string>): Promise<SignInLinkOutcome> {
  const options = await getAuthOptions(callbackLocale(callbackUrl));
  const csrf = await callNextAuth(options, ["csrf"], { method: "GET", cookies: {}, headers: requestHeaders });
  const csrfToken = (csrf.body as { csrfToken?: string } | undefined)?.csrfToken;
  if (!csrfToken) return { sent: false, error: "Default" };
  const signIn = await callNextAuth(options, ["signin", "email"], {
    method: "POST",
    body: { email, csrfToken, callbackUrl, json: "true" },
    cookies: cookiesFrom(csrf),
    headers: requestHeaders,
  });
  const url = (signIn.body as { url?: string } | undefined)?.url;
  const error = url ? new URL(url, "http://localhost").searchParams.get("error") : "Default";
  return error ? { sent: false, error } : { sent: true };
}
