import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { Wordmark } from "./logo";

const links = [
  { href: "/groups", key: "findGroup" },
  { href: "/groups?online=only", key: "onlineGroups" },
  { href: "/families", key: "families" },
  { href: "/articles", key: "articles" },
  { href: "/submit", key: "listGroup" },
  { href: "/about", key: "aboutPrivacy" },
  { href: "/open-data", key: "openData" },
  { href: "/help-now", key: "getHelpNow" },
] as const;

export function SiteFooter() {
  const t = useTranslations("Footer");
  return (
    <footer className="mt-16 border-t border-line bg-paper-deep sm:mt-24">
      <div className="border-b border-rose-200 bg-rose-50">
        <Container className="py-5">
          <p className="max-w-prose text-base font-medium text-rose-900">
            <Link href="/help-now" className="text-rose-900 decoration-rose-400 hover:decoration-rose-800">
              {t("crisis")}
            </Link>
          </p>
        </Container>
      </div>
      <Container className="grid gap-8 py-10 sm:grid-cols-[3fr_2fr] sm:py-12">
        <div className="flex max-w-md flex-col gap-3">
          <Wordmark />
          <p className="text-base text-ink-muted">
            {t("mission")}
          </p>
          <p className="inline-flex items-center gap-2 text-sm text-ink-muted">
            <LockIcon />
            {t("privacy")}
          </p>
        </div>
        <nav aria-label={t("label")}>
          <ul className="grid grid-cols-2 gap-x-6 sm:grid-cols-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-flex min-h-tap items-center text-base text-ink no-underline hover:text-clay-700 hover:underline"
                >
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}

function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-none stroke-current">
      <rect x="4" y="9" width="12" height="8.5" rx="2" strokeWidth="1.6" />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" strokeWidth="1.6" />
    </svg>
  );
}
