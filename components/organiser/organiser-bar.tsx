import Link from "next/link";
import { Container } from "@/components/ui/container";

const linkClasses = "inline-flex min-h-tap items-center rounded-lg px-3 text-base font-medium text-ink no-underline hover:bg-ink/5 hover:text-clay-700";

/** The strip above every organiser page: who is signed in and where to go. */
export function OrganiserBar({ email, isModerator }: { email: string; isModerator: boolean }) {
  return (
    <div className="border-b border-line bg-paper-deep">
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 py-1.5">
        <p className="text-sm text-ink-muted">
          Signed in as <span className="font-semibold text-ink">{email}</span>
        </p>
        <nav aria-label="Your listings">
          <ul className="-mx-3 flex flex-wrap items-center">
            <li>
              <Link href="/organiser" className={linkClasses}>
                My groups
              </Link>
            </li>
            <li>
              <Link href="/submit" className={linkClasses}>
                List a group
              </Link>
            </li>
            {isModerator ? (
              <li>
                <Link href="/admin" className={linkClasses}>
                  Moderation
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </Container>
    </div>
  );
}
