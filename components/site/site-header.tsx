import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { LanguageSwitcher } from "./language-switcher";
import { Wordmark } from "./logo";
import { MenuDisclosure } from "./menu-disclosure";

const navigation = [
  { href: "/groups", key: "findGroup" },
  { href: "/groups?online=only", key: "onlineGroups" },
  { href: "/families", key: "families" },
  { href: "/articles", key: "articles" },
  { href: "/about", key: "about" },
] as const;

const barLink = "inline-flex min-h-tap items-center rounded-lg px-3 text-base font-medium text-ink no-underline transition-colors hover:bg-ink/5 hover:text-clay-700";
const menuLink = "flex min-h-12 items-center rounded-control px-3 text-lg font-medium text-ink no-underline hover:bg-ink/5 hover:text-clay-700";

/**
 * One line at every width, so a phone shows the page itself on its first screen. Below lg
 * the links fold into a menu (a <details>, so it opens without JavaScript); the crisis link
 * stays in the bar itself, one tap away on every page.
 */
export function SiteHeader() {
  const t = useTranslations("Nav");
  return (
    <header className="relative border-b border-line bg-paper">
      <Container className="flex min-h-14 items-center gap-2 py-1.5 sm:gap-3 lg:gap-6 lg:py-3">
        <Wordmark className="mr-auto lg:mr-0" />
        <Link
          href="/help-now"
          className="inline-flex min-h-tap shrink-0 items-center gap-2 rounded-full border border-rose-200 bg-rose-100 px-3.5 text-sm max-[359px]:px-2.5 font-semibold text-rose-800 no-underline transition-colors hover:border-rose-300 hover:bg-rose-200 active:bg-rose-300 sm:px-4 lg:order-last lg:ml-auto"
        >
          <HeartIcon />
          {t("helpNow")}
        </Link>
        {/* On phones the switcher sits in the menu, so the bar keeps to one line. */}
        <LanguageSwitcher className="hidden shrink-0 sm:flex lg:order-last" />
        <nav aria-label={t("mainLabel")}>
          <ul className="-mx-3 hidden items-center lg:flex">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={barLink}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
          <MenuDisclosure label={t("menu")} className="lg:hidden">
            <ul className="flex flex-col gap-1">
              {navigation.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={menuLink}>
                    {t(item.key)}
                  </Link>
                </li>
              ))}
            </ul>
            <LanguageSwitcher className="mt-1 border-t border-line pt-1 sm:hidden" linkClassName={menuLink} />
          </MenuDisclosure>
        </nav>
      </Container>
    </header>
  );
}

function HeartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current max-[359px]:hidden">
      <path d="M10 17.25s-6.75-3.9-6.75-9A3.75 3.75 0 0 1 10 5.9a3.75 3.75 0 0 1 6.75 2.35c0 5.1-6.75 9-6.75 9Z" />
    </svg>
  );
}
