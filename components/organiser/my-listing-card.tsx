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
  "listing:changes": "A moderator asked for changes before it can go live:",
  "listing:rejected": "A moderator turned this listing down:",
  "edit:changes": "A moderator asked for changes to your edit:",
  "edit:rejected": "A moderator did not accept your last edit:",
} as const;

/** One of the organiser's listings: where it stands, what a moderator said, and what to do next. */
export function MyListingCard({ listing, confirmAction, justConfirmed }: Props) {
  const { id, name, status, place, moderatorMessage } = listing;
  const open = status !== "ARCHIVED" && status !== "REJECTED";
  const headingId = `listing-${id}`;
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
          <p className="font-semibold">{MESSAGE_INTRO[`${moderatorMessage.about}:${moderatorMessage.outcome}`]}</p>
          <blockquote className="whitespace-pre-line border-l-4 border-line-strong pl-4">{moderatorMessage.text}</blockquote>
        </Card>
      ) : null}

      {status === "PUBLISHED" ? (
        <p className={justConfirmed ? "font-semibold text-sage-800" : listing.stale ? "font-medium text-clay-800" : "text-ink-muted"} role={justConfirmed ? "status" : undefined}>
          {justConfirmed ? "Thanks! " : null}Confirmed on {formatDay(listing.lastConfirmedAt, listing.timeZone)}
          {!listing.isPublic
            ? ". Hidden from the directory until you confirm it is still running."
            : listing.stale && !justConfirmed
              ? ". Is it still running? Please confirm, so parents can trust the listing."
              : null}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        {open ? (
          <ButtonLink href={`/organiser/groups/${id}/edit`} variant="secondary" size="sm">
            Edit<span className="sr-only"> {name}</span>
          </ButtonLink>
        ) : null}
        {open ? (
          <ButtonLink href={`/organiser/groups/${id}/dates`} variant="secondary" size="sm">
            Cancel a date<span className="sr-only"> of {name}</span>
          </ButtonLink>
        ) : null}
        {status === "PUBLISHED" ? (
          <form action={confirmAction}>
            <Button type="submit" size="sm">
              Still running<span className="sr-only">: confirm {name} still meets</span>
            </Button>
          </form>
        ) : null}
        {listing.isPublic ? (
          <Link href={`/groups/${listing.slug}`} className="inline-flex min-h-tap items-center px-1">
            View public page<span className="sr-only"> of {name}</span>
          </Link>
        ) : null}
        {status !== "ARCHIVED" ? (
          <Link href={`/organiser/groups/${id}/archive`} className="inline-flex min-h-tap items-center px-1 text-rose-700 sm:ml-auto">
            Archive<span className="sr-only"> {name}</span>
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
