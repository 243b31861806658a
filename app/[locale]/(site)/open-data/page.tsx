import type { Metadata } from "next";
import { headers } from "next/headers";
import { ApiEndpoints } from "@/components/open-data/api-endpoints";
import { ExtensionFields, TaxonomyTerms } from "@/components/open-data/profile-details";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { readEnv } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { requestOrigin } from "@/lib/urls/site-url";

export const metadata: Metadata = pageMetadata({
  title: "Open data",
  description: "Every public support group in Village as open data in the Human Services Data Specification (HSDS 3.0): a bulk download and a read-only API.",
  path: "/open-data",
});

const BULK_DOWNLOAD = "/api/hsds/services?format=ndjson";

// Wrapped rather than scrolled sideways: nothing on the page needs a scrollbar on a phone.
const codeBlock = "whitespace-pre-wrap break-words rounded-control bg-paper-deep p-4 text-sm";

export default async function OpenDataPage() {
  const licence = readEnv().OPEN_DATA_LICENCE;
  const origin = requestOrigin(await headers());
  return (
    <Container width="narrow" className="flex flex-col gap-10 py-8 sm:py-12">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">Open data</h1>
        <p className="text-lg text-ink-muted">
          Every group you can find on Village is open data, so other directories, helplines, health services and researchers can
          use it too. It is published in the Human Services Data Specification (HSDS 3.0) from Open Referral, the common format
          for directories of community services.
        </p>
      </div>

      <Card tone="sage" as="section" aria-labelledby="download-heading" className="flex flex-col gap-3">
        <h2 id="download-heading" className="text-2xl">
          Download every group
        </h2>
        <p>
          One file with every public group, fully described: one HSDS service per line, as newline-delimited JSON (NDJSON,
          UTF-8). It is made fresh when you download it.
        </p>
        {/* Plain links, not next/link: its prefetch would fetch the whole download on every visit. */}
        <div className="flex flex-wrap gap-3">
          <a href={BULK_DOWNLOAD} download className={buttonClasses()}>
            Download all groups (NDJSON)
          </a>
          <a href="/api/hsds/openapi.json" className={buttonClasses({ variant: "secondary" })}>
            API description (OpenAPI)
          </a>
        </div>
      </Card>

      <section aria-labelledby="published-heading" className="flex flex-col gap-3">
        <h2 id="published-heading" className="text-2xl">
          What is published
        </h2>
        <p>Each group that a moderator has published and its organiser has confirmed within the last 12 months, with:</p>
        <ul className="list-disc space-y-1 pl-6 marker:text-clay-500">
          <li>its name, summary and description, who it is for, its languages, and what it costs;</li>
          <li>when it meets: each regular meeting with its time zone, and dates it is cancelled;</li>
          <li>where: the venue&rsquo;s name, address and map position, and how to get there, for groups that meet in person;</li>
          <li>how to join online, with the link only when the organiser has chosen to show it;</li>
          <li>its own website and public phone number, and when the organiser last confirmed the listing.</li>
        </ul>
        <p>Never published:</p>
        <ul className="list-disc space-y-1 pl-6 marker:text-clay-500">
          <li>organisers&rsquo; names and email addresses, and the email address parents&rsquo; messages are passed on to;</li>
          <li>any address for a group that meets only online;</li>
          <li>groups waiting for review, turned down or closed, and groups not confirmed for 12 months;</li>
          <li>messages to organisers, reports from visitors and moderators&rsquo; notes.</li>
        </ul>
      </section>

      <section aria-labelledby="licence-heading" className="flex flex-col gap-3">
        <h2 id="licence-heading" className="text-2xl">
          Licence
        </h2>
        <p>
          The data is published under{" "}
          <a href={licence.url} rel="license">
            {licence.title}
          </a>
          . Use it, share it and build on it; please credit &ldquo;Village&rdquo; and link to this page. Groups change: show
          people when the data was downloaded, and refresh it often.
        </p>
        <p className="text-sm text-ink-muted">
          The Human Services Data Specification is an Open Referral resource (
          <a href="https://openreferral.org/">openreferral.org</a>), licensed under{" "}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.
        </p>
      </section>

      <section aria-labelledby="api-heading" className="flex flex-col gap-4">
        <h2 id="api-heading" className="text-2xl">
          How to use it
        </h2>
        <p>
          The API is read-only and needs no key. Lists come a page at a time with the HSDS paging fields (
          <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">total_items</code>,{" "}
          <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">total_pages</code>,{" "}
          <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">page_number</code>,{" "}
          <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">contents</code>…). To keep a copy up to date, download
          everything once, then ask only for what changed since.
        </p>
        <pre className={codeBlock}>
          <code>{`# Everything, one service a line
curl -o village.ndjson '${origin}${BULK_DOWNLOAD}'

# What changed since 1 November, fully nested
curl '${origin}/api/hsds/services?modified_after=2026-11-01&full=true'

# Venues within 10 km of ZIP code 78704, nearest first
curl '${origin}/api/hsds/service_at_locations?postcode=78704&proximity=10000'`}</code>
        </pre>
        <ApiEndpoints />
      </section>

      <section id="hsds-profile" aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h2 id="profile-heading" className="text-2xl">
          Village&rsquo;s HSDS profile
        </h2>
        <p>
          Every response validates against the official HSDS 3.0 schemas. Where HSDS has no field for something, Village adds
          one of its own, listed here and in the <a href="/api/hsds/openapi.json">OpenAPI document</a>.
        </p>
        <ul className="list-disc space-y-2 pl-6 marker:text-clay-500">
          <li>
            <strong className="font-semibold">Organizations.</strong> Village keeps no separate record of who runs a group, so
            each group is also its own organization, with the group&rsquo;s name, summary, website and phone.
          </li>
          <li>
            <strong className="font-semibold">Ids.</strong> Every id is a UUID. A service keeps its id when the group is renamed
            or moves; the ids inside it are worked out from it and stay the same too.
          </li>
          <li>
            <strong className="font-semibold">Meetings.</strong> Each regular meeting is a schedule: weekly (an interval of 2 for
            every other week) or monthly, such as <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">2TU</code> for
            the second Tuesday or <code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">-1FR</code> for the last Friday,
            from the first meeting (<code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">dtstart</code>) to the last
            possible one (<code className="rounded bg-paper-deep px-1.5 py-0.5 text-sm">until</code>), at local times.
          </li>
          <li>
            <strong className="font-semibold">Time zones.</strong> HSDS 3.0 can only give a time zone as a UTC offset, which
            changes with daylight saving. The offset given is the one at the next meeting; the schedule also names its time
            zone, which is what the times really follow.
          </li>
          <li>
            <strong className="font-semibold">Cancelled dates.</strong> HSDS has no field for a date a meeting does not take
            place. Each schedule lists them, and the service&rsquo;s alert mentions those in the next four weeks.
          </li>
        </ul>
        <h3 className="text-xl">Fields Village adds</h3>
        <ExtensionFields />
        <h3 className="text-xl">Taxonomies</h3>
        <p>Who a group is for, what it offers and its kind of venue are attributes with these terms.</p>
        <TaxonomyTerms />
      </section>
    </Container>
  );
}
