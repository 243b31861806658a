import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { CopyButton } from "@/components/embed/copy-button";
import { PlaceNotice } from "@/components/search/place-notice";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { EMBED_HEIGHT, embedSnippet, linkSnippet } from "@/lib/embed/embed-snippet";
import { runSearch } from "@/lib/groups/run-search";
import { parseSearchParams, toSearchParams } from "@/lib/groups/search-params";
import { filterLabels, resultsSentence, searchTitle } from "@/lib/groups/search-summary";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Put these groups on your website",
  description: "Show a live list of postpartum support groups on your own website: copy a few lines of code. No cookies, no tracking.",
  alternates: { canonical: "/groups/embed-builder" },
};

const codeBox = "w-full rounded-control border border-line-strong bg-paper-raised p-3 font-mono text-sm text-ink";

/**
 * "Put these groups on your website": the frame code for the search in the address, built
 * here on the server (works without JavaScript), and the frame itself as a preview.
 */
export default async function EmbedBuilderPage({ searchParams }: Props) {
  const { filters, problems } = parseSearchParams(await searchParams);
  const outcome = await runSearch(await getDb(), filters, problems);
  const origin = requestOrigin(await headers());
  const query = toSearchParams(filters, { page: 1 });
  const suffix = query.size ? `?${query}` : "";
  const embedPath = `/embed/groups${suffix}`;
  const title = searchTitle(outcome);
  const labels = filterLabels(filters);
  const placeFailed = outcome.place.status === "not-found" || outcome.place.status === "postal-unsupported";
  const frameCode = embedSnippet({ src: `${origin}${embedPath}`, title: `${title}, from Village` });
  const linkCode = linkSnippet({ href: `${origin}/groups${suffix}`, text: `${title} on Village` });

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href={`/groups${suffix}`}>Back to the results</BackLink>
        <h1 className="text-3xl sm:text-4xl">Put these groups on your website</h1>
        <p className="text-lg">
          Hospitals, libraries, clinics and local chapters can show this list on their own pages. It stays up to date by itself: new groups
          appear and ones that stop leave. It sets no cookies, tracks nobody and needs no JavaScript on your page.
        </p>
      </div>

      <section aria-labelledby="search-heading" className="flex flex-col gap-2 rounded-card border border-line bg-paper-raised p-5 shadow-card">
        <h2 id="search-heading" className="text-xl">
          The list shows
        </h2>
        <p className="font-semibold">{title}</p>
        {labels.length ? <p>{labels.join(" · ")}</p> : null}
        {placeFailed ? null : <p>Today that is {resultsSentence(outcome)}.</p>}
        <PlaceNotice place={outcome.place} filters={filters} />
        <p className="text-sm text-ink-muted">
          To show other groups, <Link href={`/groups${suffix}`}>change the search</Link> and choose “Put these groups on your website” again.
        </p>
      </section>
      <ProblemsNotice problems={problems} />

      <section aria-labelledby="code-heading" className="flex flex-col gap-3">
        <h2 id="code-heading" className="text-2xl">
          Copy this code into your page
        </h2>
        <label htmlFor="frame-code" className="font-semibold">
          Code for the list
        </label>
        <textarea id="frame-code" readOnly rows={4} className={codeBox} value={frameCode} aria-describedby="frame-code-hint" />
        <p id="frame-code-hint" className="text-sm text-ink-muted">
          Paste it where the list should go, in your site’s HTML or “embed” block. Change height=&quot;{EMBED_HEIGHT}&quot; to fit your page; a
          longer list scrolls inside the frame.
        </p>
        <CopyButton text={frameCode} label="Copy the code" />
        <details className="mt-2">
          <summary className="font-semibold">Your site can’t show frames? Use a link instead</summary>
          <div className="mt-3 flex flex-col gap-2">
            <label htmlFor="link-code" className="font-semibold">
              Code for a link
            </label>
            <textarea id="link-code" readOnly rows={2} className={codeBox} value={linkCode} />
          </div>
        </details>
      </section>

      <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
        <h2 id="preview-heading" className="text-2xl">
          Preview
        </h2>
        <p className="text-sm text-ink-muted">This is the list as your visitors will see it. Group names open Village in a new tab.</p>
        <iframe src={embedPath} title={`Preview: ${title}, from Village`} height={EMBED_HEIGHT} className="w-full max-w-[40rem] rounded-control border border-line bg-paper-raised" loading="lazy" />
      </section>
    </Container>
  );
}
