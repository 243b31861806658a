import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NearMeButton } from "./near-me-button";

/** The home page's single question: where are you? A GET form to /groups. */
export function HomeSearch() {
  return (
    <form action="/groups" method="get" role="search" aria-label="Find a support group" className="flex flex-col gap-3">
      <label htmlFor="home-near" className="text-lg font-semibold">
        Your town, city or postcode
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Input id="home-near" name="near" required autoComplete="address-level2" enterKeyHint="search" placeholder="e.g. Austin, 78704, Leeds" className="sm:flex-1" aria-describedby="home-near-hint" />
        <Button type="submit" size="md">
          Find groups
        </Button>
      </div>
      <p id="home-near-hint" className="text-sm text-ink-muted">
        We show the nearest groups first, then online groups you can join from anywhere.
      </p>
      <NearMeButton />
    </form>
  );
}
