import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { DateRowItem } from "@/components/organiser/date-row";
import { Notice } from "@/components/organiser/notice";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { closedMessage } from "@/lib/listings/manage-results";
import { changeMeetingDateAction } from "@/lib/listings/listing-form-actions";
import { getListingDates } from "@/lib/listings/listing-dates";

export const metadata: Metadata = { title: "Cancel or restore a date" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const NOTICES: Record<string, string> = {
  cancelled: "Date cancelled. Parents see it on the listing and in their calendars.",
  restored: "Date restored: the group meets that day after all.",
  "not-changed": "Nothing was changed. Please try again.",
};

export default async function ListingDatesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requireUser(`/organiser/groups/${id}/dates`);
  const listing = await getListingDates(await getDb(), { id: user.id, role: user.role }, id);
  if (!listing) notFound();
  const closed = closedMessage(listing.status);

  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <BackLink href="/organiser">My groups</BackLink>
        <h1 className="text-3xl sm:text-4xl">Dates for {listing.name}</h1>
        <p>
          Not meeting one week? Cancel that date here. It takes effect straight away{listing.isPublic ? " on the public listing and in calendar feeds" : ""}: no
          review needed. To change the regular day or time, <Link href={`/organiser/groups/${listing.id}/edit`}>edit the listing</Link>.
        </p>
      </div>
      <Notice code={notice} messages={NOTICES} />
      {closed ? (
        <Card tone="rose">
          <p>{closed}</p>
        </Card>
      ) : (
        listing.meetings.map((meeting) => (
          <Card as="section" key={meeting.meetingId} aria-labelledby={`meeting-${meeting.meetingId}`} className="flex flex-col gap-3">
            <div>
              <h2 id={`meeting-${meeting.meetingId}`} className="text-xl">
                {meeting.label ? `${meeting.label}: ` : null}
                {meeting.pattern}, {meeting.timeRange}
              </h2>
              <p className="text-sm text-ink-muted">Times in {meeting.timeZone.replace(/_/g, " ")}</p>
            </div>
            {meeting.dates.length === 0 ? (
              <p>No upcoming dates: this meeting has ended.</p>
            ) : (
              <ol aria-label="Next dates">
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
