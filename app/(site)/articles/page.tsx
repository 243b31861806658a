import Link from "next/link";
import { ArticleCard } from "@/components/articles/article-card";
import { Container } from "@/components/ui/container";
import type { ArticleAudience } from "@/lib/articles/front-matter";
import { listArticles } from "@/lib/articles/load-articles";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata = pageMetadata({
  title: "Articles for new parents, families and organisers",
  description:
    "Plain, kind reading for the early months: why support groups help, how to find one, baby blues or something more, and how partners and families can help.",
  path: "/articles",
});

const SECTIONS: { id: string; heading: string; intro: string; audiences: ArticleAudience[] }[] = [
  {
    id: "parents",
    heading: "For new parents",
    intro: "Finding your people, what a first meeting is like, and knowing when to ask for more help.",
    audiences: ["parents"],
  },
  {
    id: "families",
    heading: "For partners, family and friends",
    intro: "Practical ways to help a new mum or birthing parent, and to look after yourself too.",
    audiences: ["partners", "family"],
  },
  {
    id: "organisers",
    heading: "For organisers",
    intro: "Starting a group, keeping it safe and welcoming, and helping parents find it.",
    audiences: ["organisers"],
  },
];

export default async function ArticlesPage() {
  const articles = await listArticles();
  return (
    <Container className="flex flex-col gap-12 py-8 sm:gap-16 sm:py-14">
      <HtmlOnly />
      <div className="flex max-w-narrow flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">Reading for the early months</h1>
        <p className="text-lg text-ink-muted">
          Short, honest guides for new parents and the people around them. No jargon and no judgement, just what
          helps to know in the early months.
        </p>
      </div>
      {SECTIONS.map((section) => {
        const inSection = articles.filter((article) => section.audiences.includes(article.audience));
        if (inSection.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className="flex flex-col gap-5">
            <div className="flex max-w-narrow flex-col gap-1">
              <h2 id={`${section.id}-heading`} className="text-2xl">
                {section.heading}
              </h2>
              <p className="text-ink-muted">{section.intro}</p>
            </div>
            <ul className="grid gap-4 sm:grid-cols-2">
              {inSection.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} showAudience={section.audiences.length > 1} />
                </li>
              ))}
            </ul>
            {section.id === "families" ? (
              <p>
                <Link href="/families" className="font-semibold">
                  More for families, with a printable checklist
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </Container>
  );
}
