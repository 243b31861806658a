import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { Container } from "@/components/ui/container";

const linkClasses = "inline-flex min-h-tap items-center rounded-lg px-3 text-base font-medium text-ink no-underline hover:bg-ink/5 hover:text-clay-700";

/** The strip above every organiser page: who is signed in, the way out, and where to go. */
export function OrganiserBar({ email, isModerator }: { email: string; isModerator: boolean }) {
  const t = useTranslations("Organiser");
  return (
    <div className="border-b border-line bg-paper-deep">
      <Container className="flex flex-col gap-y-1 py-1.5 md:flex-row md:items-center md:justify-between md:gap-x-6">
        <nav aria-label={t("yourListings")}>
          <ul className="-mx-3 flex flex-wrap items-center">
            <li>
              <Link href="/organiser" className={linkClasses}>
                {t("myGroups")}
              </Link>
            </li>
            <li>
              <Link href="/submit" className={linkClasses}>
                {t("listGroup")}
              </Link>
            </li>
            {isModerator ? (
              <li>
                <Link href="/admin" className={linkClasses}>
                  {t("moderation")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <SignedInAs email={email} />
      </Container>
    </div>
  );
}
