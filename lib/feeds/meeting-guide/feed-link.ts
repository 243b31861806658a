// Where the Meeting Guide feed lives, and how pages point to it. The format asks sites to
// advertise their feed like RSS, with this exact title, so readers can find it from any page.

export const MEETING_GUIDE_FEED_PATH = "/feeds/meeting-guide.json";
export const MEETING_GUIDE_TYPES_PATH = "/feeds/types.json";

/**
 * `<link rel="alternate" type="application/json" title="Meetings Feed" href="…">`, as
 * Next.js metadata. Spread it into every `alternates` a page sets: Next.js replaces a
 * parent's `alternates` rather than merging them.
 */
export const meetingGuideFeedAlternates = {
  types: { "application/json": [{ url: MEETING_GUIDE_FEED_PATH, title: "Meetings Feed" }] },
};
