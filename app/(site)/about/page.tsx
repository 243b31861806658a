import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = pageMetadata({
  title: "About Village",
  description: "Village helps new parents find postpartum support groups near them and online. No account, no tracking.",
  path: "/about",
});

export default function AboutPage() {
  return (
    <Container width="narrow" className="flex flex-col gap-6 py-8 sm:py-12">
      <HtmlOnly />
      <h1 className="text-3xl sm:text-4xl">About Village</h1>
      <p className="text-lg text-ink-muted">
        Village is a directory of postpartum support groups: in hospitals, libraries, community centres and places of worship, and
        online. It is here for the parent looking for company at 3 a.m., and for the partners, grandparents and friends who want to help.
      </p>
      <section aria-labelledby="privacy-heading" className="flex flex-col gap-2">
        <h2 id="privacy-heading" className="text-2xl">
          No account, no tracking
        </h2>
        <p>
          You never need an account to search. We set no tracking cookies and run no advertising or analytics scripts. If you use
          “Use my location”, your browser shares a rounded position for that one search; we do not keep it.
        </p>
      </section>
      <section aria-labelledby="listings-heading" className="flex flex-col gap-2">
        <h2 id="listings-heading" className="text-2xl">
          Where the listings come from
        </h2>
        <p>
          Organisers list their own groups, and each listing shows when the organiser last confirmed it is still running. If
          something looks wrong, please tell the organiser or contact the venue before you travel.
        </p>
      </section>
      <section aria-labelledby="data-heading" className="flex flex-col gap-2">
        <h2 id="data-heading" className="text-2xl">
          Open data
        </h2>
        <p>
          Partner sites can read the directory as JSON from <code>/api/groups</code>, with the same search parameters as the{" "}
          <Link href="/groups">search page</Link>, and every group has a calendar feed you can subscribe to.
        </p>
      </section>
    </Container>
  );
}
