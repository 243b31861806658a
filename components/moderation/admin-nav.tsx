"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { cx } from "@/components/ui/class-names";

const links = [
  { href: "/admin", label: "queue" },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/import", label: "import" },
] as const;

export function AdminNav() {
  const t = useTranslations("Moderation.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="-mx-3 flex flex-wrap">
        {links.map((link) => {
          const current = link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-tap items-center rounded-lg px-3 text-base font-medium no-underline transition-colors hover:bg-ink/5",
                  current ? "text-clay-700 underline decoration-2 underline-offset-8" : "text-ink",
                )}
              >
                {t(link.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
