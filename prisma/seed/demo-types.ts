import type { GroupFormat } from "@/lib/db/generated/client";
import type { ListingSeed } from "./seed-listing";
import type { DemoMeeting } from "./demo-schedule";

export type OrganiserKey = "rosa" | "hannah" | "priya";

/** A demo listing with its dates relative to the seed date (see resolveDemoGroup). */
export type DemoGroup = Omit<
  ListingSeed,
  "slug" | "name" | "summary" | "description" | "format" | "timeZone" | "meetings" | "organiserId" | "lastConfirmedAt" | "publishedAt" | "createdAt" | "searchText"
> & {
  slug: string;
  name: string;
  summary: string;
  description: string;
  format: GroupFormat;
  timeZone: string;
  meetings: DemoMeeting[];
  /** The organiser last confirmed the details this many days before the seed date. */
  confirmedDaysAgo: number;
  organiser?: OrganiserKey;
  /** City key from demo-cities, or "online"; used for reporting only. */
  area: string;
};
