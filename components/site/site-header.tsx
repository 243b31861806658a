import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Wordmark } from "./logo";

const navigation = [
  { href: "/groups", label: "Find a group" },
  { href: "/groups?online=only", label: "Online groups" },
  { href: "/families", label: "For families" },
  { href: "/articles", label: "Articles" },
  { href: "/about", label: "About" },
] as const;

/**
 * No menu button: the links wrap onto a second row on phones, so the navigation needs no
 * JavaScript and the crisis link is never hidden behind a tap.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-paper">
      <Container className="flex flex-wrap items-center gap-x-4 py-2 md:gap-x-6 md:py-3">
        <Wordmark className="mr-auto md:mr-0" />
        <Link
          href="/help-now"
          className="inline-flex min-h-tap items-center gap-2 rounded-full border border-rose-200 bg-rose-100 px-3.5 text-sm font-semibold text-rose-800 no-underline transition-colors hover:border-rose-300 hover:bg-rose-200 active:bg-rose-300 sm:px-4 md:order-last md:ml-auto"
        >
          <HeartIcon />
          Need help now?
        </Link>
        <nav aria-label="Main" className="w-full md:w-auto">
          <ul className="-mx-3 flex flex-wrap items-center">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-flex min-h-tap items-center rounded-lg px-3 text-base font-medium text-ink no-underline transition-colors hover:bg-ink/5 hover:text-clay-700"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </header>
  );
}

function HeartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
      <path d="M10 17.25s-6.75-3.9-6.75-9A3.75 3.75 0 0 1 10 5.9a3.75 3.75 0 0 1 6.75 2.35c0 5.1-6.75 9-6.75 9Z" />
    </svg>
  );
}
