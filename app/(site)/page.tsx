import { UsCrisisLines } from "@/components/crisis/us-crisis-lines";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard } from "@/components/articles/article-card";
import { HomeSearch } from "@/components/search/home-search";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { findArticles } from "@/lib/articles/load-articles";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Village · Find a postpartum support group near you",
    description:
      "Find a postpartum support group near you or online, learn how partners and families can help, and list a group you run. No account, no tracking.",
    path: "/",
  }),
  // The home page's title stands alone, without the "· Village" suffix.
  title: { absolute: "Village · Find a postpartum support group near you" },
};

const PLACES = ["Austin, TX, US", "Portland, OR, US", "Toronto, ON, CA", "Leeds", "London, England, GB", "Sydney, NSW, AU", "Dublin, IE", "Zürich"];

const NEW_HERE = ["why-support-groups-help", "how-to-find-a-support-group", "your-first-meeting", "baby-blues-or-something-more"];

export default async function HomePage() {
  const [newHere, [forPartners, forFamily], [forOrganisers]] = await Promise.all([
    findArticles(NEW_HERE),
    findArticles(["for-partners-how-to-help", "for-family-and-friends"]),
    findArticles(["starting-a-support-group"]),
  ]);
  return (
    <>
      <HtmlOnly />
      <section className="border-b border-line bg-paper-deep">
        <Container className="grid gap-8 py-10 sm:py-14 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] lg:items-center">
          <div className="flex flex-col gap-4">
            <h1 className="text-4xl sm:text-5xl">You don’t have to do this alone.</h1>
            <p className="text-lg text-ink-muted">
              Find a postpartum support group near you or online: other new parents, a kind facilitator, and often a cup of tea.
              Babies welcome at most.
            </p>
          </div>
          <Card className="sm:p-8">
            <HomeSearch />
          </Card>
        </Container>
      </section>

      <Container className="flex flex-col gap-5 pt-10 sm:pt-14">
        <section aria-labelledby="new-here-heading" className="flex flex-col gap-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 id="new-here-heading" className="text-2xl sm:text-3xl">
              New here?
            </h2>
            <Link href="/articles" className="font-semibold">
              All articles
            </Link>
          </div>
          <ul className="grid gap-4 md:grid-cols-2">
            {newHere.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} showAudience={false} />
              </li>
            ))}
          </ul>
        </section>
      </Container>

      <Container className="grid gap-10 py-10 sm:py-14 md:grid-cols-3">
        <section aria-labelledby="online-heading" className="flex flex-col gap-2">
          <h2 id="online-heading" className="text-2xl">
            Awake at 3 a.m.?
          </h2>
          <p>
            Online groups meet mornings, evenings and weekends, in several languages. You can join from the sofa, camera off if you like.
          </p>
          <p>
            <Link href="/groups?online=only" className="font-semibold">
              Browse online groups
            </Link>
          </p>
        </section>
        <section aria-labelledby="family-heading" className="flex flex-col gap-2">
          <h2 id="family-heading" className="text-2xl">
            Partners and family
          </h2>
          <p>Plain ways to help a new mum get the support she needs: take the baby, drive her there, ask how she is really doing.</p>
          {forPartners && forFamily ? (
            <p>
              Read our guides <Link href={`/articles/${forPartners.slug}`}>for partners</Link> and{" "}
              <Link href={`/articles/${forFamily.slug}`}>for grandparents, family and friends</Link>.
            </p>
          ) : null}
          <p>
            <Link href="/families" className="font-semibold">
              Help for families, with a checklist to print
            </Link>
          </p>
        </section>
        <section aria-labelledby="places-heading" className="flex flex-col gap-2">
          <h2 id="places-heading" className="text-2xl">
            Popular places
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {PLACES.map((place) => (
              <li key={place}>
                <Link href={`/groups?near=${encodeURIComponent(place)}`}>{place.split(",")[0]}</Link>
              </li>
            ))}
          </ul>
        </section>
      </Container>

      <Container className="flex flex-col gap-6 pb-12">
        {forOrganisers ? (
          <p className="max-w-prose text-base text-ink-muted">
            Run a group for new parents?{" "}
            <Link href={`/articles/${forOrganisers.slug}`} className="font-semibold text-ink">
              Starting and running a support group
            </Link>
            , and how to list yours on Village.
          </p>
        ) : null}
        <Card tone="rose" as="aside" aria-labelledby="crisis-heading">
          <h2 id="crisis-heading" className="text-xl">
            Struggling right now?
          </h2>
          <p className="mt-2">
            If you feel overwhelmed, or have thoughts of harming yourself or your baby, you deserve help today. In the US call or text{" "}
            <UsCrisisLines />.{" "}
            <Link href="/help-now" className="font-semibold">
              Numbers for other countries
            </Link>
            .
          </p>
        </Card>
      </Container>
    </>
  );
}
