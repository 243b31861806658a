import NextAuth from "next-auth";
import { limitSignInRequest } from "@/lib/auth/limit-sign-in";
import { getAuthOptions } from "@/lib/auth/options";
import { authRequestLocale } from "@/lib/auth/sign-in-locale";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  if (request.method === "POST" && new URL(request.url).pathname.endsWith("/signin/email")) {
    const limited = await limitSignInRequest(request);
    if (limited) return limited;
  }
  const nextAuth = NextAuth(await getAuthOptions(await authRequestLocale(request)));
  return nextAuth(request as never, context as never);
}

export { handler as GET, handler as POST };
