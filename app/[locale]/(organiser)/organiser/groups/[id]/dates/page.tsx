import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { DateRowItem } from "@/components/organiser/date-row";
import { Notice } from "@/components/organiser/notice";
import { WordedMessage } from "@/components/forms/worded-message";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import type { FormMessageKey } from "@/lib/forms/form-message";
import type { Locale } from "@/lib/i18n/routing";
import { closedMessage } from "@/lib/listings/manage-results";
import { changeMeetingDateAction } from "@/lib/listings/listing-form-actions";
import { getListingDates } from "@/lib/listings/listing-dates";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Organiser" });
  return { title: t("datesTitle") };
}

const NOTICES: Record<string, FormMessageKey> = {
  cancelled: "Organiser.noticeDateCancelled",
  restored: "Organiser.noticeDateRestored",
  "not-changed": "Organiser.noticeDateNotChanged",
};

export default async function ListingDatesPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { notice } = await searchParams;
  const user = await requireUser(`/organiser/groups/${id}/dates`);
  const [listing, t] = await Promise.all([getListingDates(await getDb(), { id: user.id, role: user.role }, id, { locale }), getTranslations("Organiser")]);
  if (!listing) notFound();
  const closed = closedMessage(listing.status);

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/organiser">{t("myGroups")}</BackLink>
        <h1 className="text-3xl sm:text-4xl">{t("datesHeading", { name: listing.name })}</h1>
        <p>
          {t.rich(listing.isPublic ? "datesIntroPublic" : "datesIntro", {
            link: (chunks) => <Link href={`/organiser/groups/${listing.id}/edit`}>{chunks}</Link>,
          })}
        </p>
      </div>
      <Notice code={notice} messages={NOTICES} />
      {closed ? (
        <Card tone="rose">
          <p>
            <WordedMessage message={closed} />
          </p>
        </Card>
      ) : (
        listing.meetings.map((meeting) => (
          <Card as="section" key={meeting.meetingId} aria-labelledby={`meeting-${meeting.meetingId}`} className="flex flex-col gap-3">
            <div>
              <h2 id={`meeting-${meeting.meetingId}`} className="text-xl">
                {meeting.label
                  ? t("labelledMeetingWhen", { label: meeting.label, pattern: meeting.pattern, time: meeting.timeRange })
                  : t("meetingWhen", { pattern: meeting.pattern, time: meeting.timeRange })}
              </h2>
              <p className="text-sm text-ink-muted">{t("timesIn", { zone: meeting.timeZone.replace(/_/g, " ") })}</p>
            </div>
            {meeting.dates.length === 0 ? (
              <p>{t("meetingEnded")}</p>
            ) : (
              <ol aria-label={t("nextDates")}>
                {meeting.dates.map((row) => (
                  <DateRowItem key={row.date} row={row} meetingId={meeting.meetingId} action={changeMeetingDateAction.bind(null, listing.id, meeting.meetingId, row.date)} />
                ))}
              </ol>
            )}
          </Card>
        ))
      )}
    </Container>
  );
}
