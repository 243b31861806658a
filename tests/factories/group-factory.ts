// Test listings are made the way demo listings are: through the site's own write functions.
export { createSeedListing as createGroup, seedValues, type ListingSeed as GroupOverrides, type MeetingSeed } from "@/prisma/seed/seed-listing";
