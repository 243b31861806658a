import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ClaimableListing } from "@/lib/import/claim-listing";

type Props = { listings: ClaimableListing[]; claimAction: (groupId: string) => Promise<void> };

/** Imported listings that give the signed-in address as their contact: each can be claimed with one button. */
export function ClaimList({ listings, claimAction }: Props) {
  const t = useTranslations("Import.claim");
  return (
    <Card tone="sage" as="section" aria-labelledby="claim-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="claim-heading" className="text-2xl">
          {t("heading")}
        </h2>
        <p>{t("intro")}</p>
      </div>
      <ul className="flex flex-col divide-y divide-sage-200">
        {listings.map((listing) => {
          const place = listing.place ?? (listing.online ? t("online") : null);
          return (
            <li key={listing.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-semibold">{listing.name}</p>
                {place ? <p className="text-sm text-ink-muted">{place}</p> : null}
              </div>
              <form action={claimAction.bind(null, listing.id)}>
                <Button type="submit" variant="secondary" size="sm" aria-label={t("buttonLabel", { name: listing.name })}>
                  {t("button")}
                </Button>
              </form>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
