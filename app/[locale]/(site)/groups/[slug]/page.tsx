import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ContactForm } from "@/components/group-page/contact-form";
import { DetailsSection } from "@/components/group-page/details-section";
import { NextMeetingPanel } from "@/components/group-page/next-meeting-panel";
import { ReportForm } from "@/components/group-page/report-form";
import { ScheduleSection } from "@/components/group-page/schedule-section";
import { WhereSection } from "@/components/group-page/where-section";
import { GroupFacts } from "@/components/groups/group-facts";
import { JsonLd } from "@/components/seo/json-ld";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { getPublicGroup, toGroupDetail } from "@/lib/groups/get-group";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { canContactOrganiser } from "@/lib/contact/relay-contact-message";
import { groupJsonLd } from "@/lib/seo/group-json-ld";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { requestOrigin } from "@/lib/urls/site-url";
import { HtmlOnly } from "@/components/site/html-only";

type Props = { params: Promise<{ slug: string; locale: Locale }> };

// generateMetadata and the page share one query per request.
const loadGroup = cache(async (slug: string) => getPublicGroup(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const record = await loadGroup(slug);
  if (!record) return { title: (await getTranslations({ locale, namespace: "Group" }))("notFoundTitle") };
  return pageMetadata({ title: record.name, description: record.summary, path: `/groups/${record.slug}`, locale });
}

export default async function GroupPage({ params }: Props) {
  const { slug, locale } = await params;
  const t = await getTranslations("Group");
  const v = await getTranslations("Vocabulary");
  const record = await loadGroup(slug);
  if (!record) notFound();
  const now = new Date();
  const group = toGroupDetail(record, now);
  // Only whether a message can be relayed: the organiser's address never reaches the page.
  const canContact = await canContactOrganiser(await getDb(), record.slug);
  const loc = group.location;
  const locationText = loc ? [loc.venueName, loc.addressLine1, loc.locality].filter(Boolean).join(", ") : null;

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <HtmlOnly />
      <JsonLd data={groupJsonLd(record, { origin: requestOrigin(await headers()), now, locale })} />
      <div className="flex flex-col gap-3">
        <BackLink href="/groups">{t("allGroups")}</BackLink>
        <h1 className="text-3xl sm:text-4xl">{group.name}</h1>
        <p className="text-ink-muted">
          {group.format === "ONLINE" ? v("formats.online") : [loc?.locality, loc?.region].filter(Boolean).join(", ")}
          {group.format === "HYBRID" ? ` · ${v("formats.hybrid")}` : null}
        </p>
        <p className="text-lg">{group.summary}</p>
        <GroupFacts {...group} />
      </div>
      <NextMeetingPanel slug={group.slug} name={group.name} summary={group.summary} locationText={locationText} next={group.nextMeeting} online={group.format === "ONLINE"} />
      <section aria-labelledby="about-heading" className="flex flex-col gap-3">
        <h2 id="about-heading" className="text-2xl">
          {t("aboutGroup")}
        </h2>
        {group.description.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </section>
      <ScheduleSection meetings={group.meetings} upcoming={group.upcoming} />
      <WhereSection group={group} />
      <DetailsSection group={group} />
      <p className="text-sm">
        {t.rich("printPoster", { link: (words) => <Link href={`/groups/${group.slug}/poster`}>{words}</Link> })}
      </p>
      {canContact ? <ContactForm slug={group.slug} groupName={group.name} /> : null}
      <ReportForm slug={group.slug} />
    </Container>
  );
}
