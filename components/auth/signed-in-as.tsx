import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/sign-out-action";

/**
 * Who is signed in, and the way out, for shared computers. "Sign out" is a plain form
 * posting to a server action, so it works without JavaScript. On phones the words "Signed
 * in as" are left to screen readers so the address fits beside the button; an address too
 * long even then is cut short (the whole of it is in the tooltip).
 */
export function SignedInAs({ email }: { email: string }) {
  const t = useTranslations("Auth");
  return (
    <div className="flex min-w-0 items-center gap-3">
      <p className="min-w-0 truncate text-sm text-ink-muted" title={email}>
        {t.rich("signedInAs", {
          email,
          words: (chunks) => <span className="max-sm:sr-only">{chunks}</span>,
          address: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
        })}
      </p>
      <form action={signOutAction} className="shrink-0">
        <button
          type="submit"
          className="inline-flex min-h-tap items-center rounded-full border border-line-strong bg-paper-raised px-4 text-sm font-semibold text-ink transition-colors hover:bg-ink/5 active:bg-ink/10"
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
