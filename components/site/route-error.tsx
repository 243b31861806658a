"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, type ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useTranslations } from "next-intl";

type Props = {
  error: unknown;
  retry: () => void;
  heading: string;
  children: ReactNode;
  back: { href: string; label: string };
};

/**
 * What error.tsx files show: a calm apology, a way to try again, a way back, and the crisis
 * lines. Never the error itself: a message or stack is no use to a tired parent and may
 * leak details. The site header, with its "Help now" link, stays above it.
 */
export function RouteError({ error, retry, heading, children, back }: Props) {
  const t = useTranslations("Errors");
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container width="narrow" className="flex flex-col gap-6 py-10 sm:py-16">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">{heading}</h1>
        <div className="flex flex-col gap-2 text-lg text-ink-muted">{children}</div>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <ButtonLink href={back.href} variant="secondary">
          {back.label}
        </ButtonLink>
      </div>
      <p className="text-base text-ink-muted">
        {t.rich("crisis", {
          link: (chunks) => (
            <Link href="/help-now" className="font-medium text-rose-800">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </Container>
  );
}
