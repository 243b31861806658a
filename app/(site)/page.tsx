import Link from "next/link";
import { HomeSearch } from "@/components/search/home-search";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";

const PLACES = ["Austin, TX, US", "Portland, OR, US", "Toronto, ON, CA", "Leeds", "London, England, GB", "Sydney, NSW, AU", "Dublin, IE", "Zürich"];

export default function HomePage() {
  return (
    <>
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
          <p>Groups for dads and partners, and plain ways to help a new mum get to one: take the baby, drive her there, ask how she is really doing.</p>
          <p>
            <Link href="/groups?audience=partners" className="font-semibold">
              Groups for partners and dads
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

      <Container className="pb-12">
        <Card tone="rose" as="aside" aria-labelledby="crisis-heading">
          <h2 id="crisis-heading" className="text-xl">
            Struggling right now?
          </h2>
          <p className="mt-2">
            If you feel overwhelmed, or have thoughts of harming yourself or your baby, you deserve help today. In the US call or text{" "}
            <a href="tel:988" className="font-semibold">988</a> or the National Maternal Mental Health Hotline{" "}
            <a href="tel:18338526262" className="font-semibold">1-833-852-6262</a>.{" "}
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
