import type { Metadata } from "next";
import { headers } from "next/headers";
import { CountryPicker } from "@/components/crisis/country-picker";
import { crisisNumbers } from "@/components/crisis/crisis-numbers";
import { EmergencyCallout } from "@/components/crisis/emergency-callout";
import { HelpLineCard } from "@/components/crisis/help-line-card";
import { OtherCountries } from "@/components/crisis/other-countries";
import { resolveCountry, type CountryChoice } from "@/components/crisis/resolve-country";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { HtmlOnly } from "@/components/site/html-only";

export const metadata: Metadata = pageMetadata({
  title: "Get help now",
  description: "Crisis and support lines for new parents in the United States, United Kingdom, Canada, Australia, Ireland and New Zealand.",
  path: "/help-now",
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HelpNowPage({ searchParams }: Props) {
  const [{ country: query }, requestHeaders] = await Promise.all([searchParams, headers()]);
  const choice = resolveCountry({ query, acceptLanguage: requestHeaders.get("accept-language") });
  const country = crisisNumbers[choice.country];

  return (
    <Container width="narrow" className="flex flex-col gap-12 pt-8 sm:gap-16 sm:pt-14">
      {/* The lines shown first follow the browser's language. */}
      <HtmlOnly variesOn="Accept-Language" />
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl sm:text-4xl">Get help now</h1>
          <p className="text-lg text-ink-muted">
            You deserve support. Reaching out is a strong thing to do, and the people on these lines want to hear
            from you.
          </p>
        </div>
        <EmergencyCallout country={country} />
      </div>

      <section aria-labelledby="lines-heading" className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <h2 id="lines-heading" className="text-2xl">
            Talk to someone in {country.inName}
          </h2>
          <ChoiceNote choice={choice} countryName={country.inName} />
        </div>
        <ul className="flex flex-col gap-4">
          {country.lines.map((line) => (
            <HelpLineCard key={line.id} line={line} />
          ))}
        </ul>
        <p className="text-base text-ink-muted">
          Worried about someone else? You can call these lines for advice about them, too.
        </p>
        <CountryPicker current={country.code} />
      </section>

      <section aria-labelledby="blues-heading">
        <Card tone="sage" className="flex flex-col gap-4 sm:p-8">
          <h2 id="blues-heading" className="text-2xl">
            Baby blues or something more?
          </h2>
          <p className="text-base">
            In the first couple of weeks after birth, many parents have days of tears, worry and mood swings. These
            &ldquo;baby blues&rdquo; usually fade on their own with rest and support. If low mood or anxiety lasts
            longer than two weeks, or makes it hard to get through the day, it may be postpartum depression or
            anxiety. It is common, it is treatable, and it is not your fault: talk to your doctor, midwife or health
            visitor, or call one of the lines above.
          </p>
          <div className="rounded-control border border-rose-200 bg-paper-raised p-4 sm:p-5">
            <h3 className="text-xl text-rose-900">Call now if you:</h3>
            <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-base marker:text-rose-500">
              <li>have thoughts of harming yourself or your baby</li>
              <li>feel hopeless, or that your family would be better off without you</li>
              <li>see or hear things other people don&rsquo;t, or feel confused or very suspicious</li>
              <li>have racing thoughts, or haven&rsquo;t slept for days even when you could</li>
            </ul>
            <p className="mt-3 text-base font-medium">
              These are signs you need help today, not a sign you have failed. You can get better.
            </p>
          </div>
        </Card>
      </section>

      <section aria-labelledby="elsewhere-heading" className="flex flex-col gap-5">
        <h2 id="elsewhere-heading" className="text-2xl">
          Numbers in other countries
        </h2>
        <OtherCountries except={country.code} />
      </section>
    </Container>
  );
}

function ChoiceNote({ choice, countryName }: { choice: CountryChoice; countryName: string }) {
  // The rejected value is never echoed back: a crisis page must not display text from a link.
  if (choice.rejectedQuery) {
    return (
      <p role="status" className="text-base text-ink-muted">
        We don&rsquo;t have numbers for the country in that link yet, so we&rsquo;re showing {countryName}. Other
        countries are below.
      </p>
    );
  }
  if (choice.source === "language") {
    return (
      <p className="text-base text-ink-muted">
        We guessed {countryName} from your browser&rsquo;s language settings. Somewhere else? Choose below.
      </p>
    );
  }
  return null;
}
