import { UsCrisisLines } from "@/components/crisis/us-crisis-lines";
import { RelatedArticles } from "@/components/articles/related-articles";
import { Link } from "@/lib/i18n/navigation";
import { HelpChecklist } from "@/components/families/help-checklist";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { findArticles } from "@/lib/articles/load-articles";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata = pageMetadata({
  title: "For partners, family and friends",
  description:
    "How partners, grandparents and friends can help a new mum or birthing parent: practical ideas, groups for partners and families, and a checklist to print.",
  path: "/families",
});

const SEARCHES = [
  {
    href: "/groups?audience=partners",
    label: "Groups for partners and dads",
    text: "Meet other partners figuring it out too, often with the baby along.",
  },
  {
    href: "/groups?audience=families",
    label: "Groups for the whole family",
    text: "Meet-ups where grandparents, relatives and older siblings are welcome.",
  },
  {
    href: "/groups?online=only",
    label: "Online groups",
    text: "Join from home in the evening or at the weekend, camera off if you like.",
  },
] as const;

export default async function FamiliesPage() {
  const articles = await findArticles(["for-partners-how-to-help", "for-family-and-friends", "baby-blues-or-something-more"]);
  return (
    <Container className="flex flex-col gap-12 py-8 sm:gap-16 sm:py-14" data-print="focus">
      <HtmlOnly />
      <div className="flex max-w-narrow flex-col gap-3 print:hidden">
        <h1 className="text-3xl sm:text-4xl">For partners, family and friends</h1>
        <p className="text-lg text-ink-muted">
          The first weeks with a baby go better with people around. You don&rsquo;t need to be an expert: bring food, take
          the baby for a walk, and ask how she is really doing. Here is how to help, and where to find support for
          yourself too.
        </p>
      </div>

      <RelatedArticles articles={articles} heading="Start here" id="reading-heading" className="gap-5 print:hidden" />

      <HelpChecklist />

      <section aria-labelledby="groups-heading" className="flex flex-col gap-5 print:hidden">
        <div className="flex max-w-narrow flex-col gap-1">
          <h2 id="groups-heading" className="text-2xl">
            Groups for you, too
          </h2>
          <p className="text-ink-muted">
            Many groups welcome partners, grandparents and friends. Some are just for dads and partners.
          </p>
        </div>
        <ul className="grid gap-4 md:grid-cols-3">
          {SEARCHES.map((search) => (
            <li key={search.href}>
              <Card tone="sage" className="flex h-full flex-col gap-2">
                <h3 className="text-xl">
                  <Link href={search.href}>{search.label}</Link>
                </h3>
                <p className="text-base">{search.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <Card as="aside" tone="rose" aria-labelledby="worried-heading" className="print:hidden">
        <h2 id="worried-heading" className="text-xl">
          Worried about her, or about yourself?
        </h2>
        <p className="mt-2 max-w-prose">
          Baby blues are common and usually pass within about two weeks. If low mood or worry lasts longer, help her talk
          to her doctor or midwife. If you think she might harm herself or the baby, call your local emergency number now.
          In the US, call or text <UsCrisisLines />; they will talk to you as a
          partner or relative too.{" "}
          <Link href="/help-now" className="font-semibold">
            Numbers for other countries
          </Link>
          .
        </p>
      </Card>
    </Container>
  );
}
