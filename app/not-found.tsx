import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Container width="narrow" className="flex flex-col gap-8 pt-10 sm:pt-16">
      <HtmlOnly />
      <div className="flex flex-col gap-3">
        <p className="text-sm font-semibold uppercase tracking-wider text-clay-700">Page not found</p>
        <h1 className="text-3xl sm:text-4xl">We couldn&rsquo;t find that page</h1>
        <p className="text-lg text-ink-muted">
          The link may be old, or the group may no longer be listed. You can search for a group near you instead.
        </p>
      </div>

      <form action="/groups" method="get" role="search" className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <Field label="Town, city or postcode" className="flex-1">
          {(control) => <Input {...control} name="near" autoComplete="postal-code" enterKeyHint="search" />}
        </Field>
        <Button type="submit" size="md">
          Find a group
        </Button>
      </form>

      <p className="text-base">
        <Link href="/" className="font-medium text-clay-700 hover:text-clay-800">
          Go to the home page
        </Link>
      </p>
    </Container>
  );
}
