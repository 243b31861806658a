import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/lib/format/dates";
import type { MyListing } from "@/lib/listings/organiser-listings";
import { ListingStatusBadges } from "./listing-status";

type Props = {
  listing: MyListing;
  /** Server actions bound to this listing. */
  confirmAction: () => Promise<void>;
  justConfirmed: boolean;
};

const MESSAGE_INTRO = {
  "listing:changes": "listingChangesAsked",
  "listing:rejected": "listingTurnedDown",
  "edit:changes": "editChangesAsked",
  "edit:rejected": "editNotAccepted",
} as const;

/** Words only screen readers hear, so each button says which listing it is for. */
const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** When the organiser last said the group still meets, and what that means for the listing now. */
function confirmedKey(listing: MyListing, justConfirmed: boolean) {
  if (!listing.isPublic) return justConfirmed ? "justConfirmedOnHidden" : "confirmedOnHidden";
  if (justConfirmed) return "justConfirmedOn";
  return listing.stale ? "confirmedOnStale" : "confirmedOn";
}

/** One of the organiser's listings: where it stands, what a moderator said, and what to do next. */
export function MyListingCard({ listing, confirmAction, justConfirmed }: Props) {
  const t = useTranslations("Organiser");
  const locale = useLocale();
  const { id, name, status, moderatorMessage } = listing;
  const open = status !== "ARCHIVED" && status !== "REJECTED";
  const headingId = `listing-${id}`;
  const place = listing.online ? t("online") : listing.place;
  return (
    <Card as="article" aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <h2 id={headingId} className="text-2xl">
          {name}
        </h2>
        {place ? <p className="text-ink-muted">{place}</p> : null}
        <ListingStatusBadges status={status} editWaiting={listing.editWaiting} />
      </div>

      {moderatorMessage ? (
        <Card as="aside" tone={moderatorMessage.outcome === "rejected" ? "rose" : "clay"} className="flex flex-col gap-2 !p-4">
          <p className="font-semibold">{t(MESSAGE_INTRO[`${moderatorMessage.about}:${moderatorMessage.outcome}`])}</p>
          <blockquote className="whitespace-pre-line border-l-4 border-line-strong pl-4">{moderatorMessage.text}</blockquote>
        </Card>
      ) : null}

      {status === "PUBLISHED" ? (
        <p className={justConfirmed ? "font-semibold text-sage-800" : listing.stale ? "font-medium text-clay-800" : "text-ink-muted"} role={justConfirmed ? "status" : undefined}>
          {t(confirmedKey(listing, justConfirmed), { date: formatDay(listing.lastConfirmedAt, listing.timeZone, locale) })}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        {open ? (
          <ButtonLink href={`/organiser/groups/${id}/edit`} variant="secondary" size="sm">
            {t.rich("editListing", { name, hidden })}
          </ButtonLink>
        ) : null}
        {open ? (
          <ButtonLink href={`/organiser/groups/${id}/dates`} variant="secondary" size="sm">
            {t.rich("cancelADate", { name, hidden })}
          </ButtonLink>
        ) : null}
        {status === "PUBLISHED" ? (
          <form action={confirmAction}>
            <Button type="submit" size="sm">
              {t.rich("confirmStillRunning", { name, hidden })}
            </Button>
          </form>
        ) : null}
        {listing.isPublic ? (
          <Link href={`/groups/${listing.slug}`} className="inline-flex min-h-tap items-center px-1">
            {t.rich("viewPublicPage", { name, hidden })}
          </Link>
        ) : null}
        {status !== "ARCHIVED" ? (
          <Link href={`/organiser/groups/${id}/archive`} className="inline-flex min-h-tap items-center px-1 text-rose-700 sm:ml-auto">
            {t.rich("archiveListing", { name, hidden })}
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
