import type { PrismaClient } from "@/lib/db/generated/client";
import { createRowBuilder, type FeedContext } from "./feed";
import { FEED_PAGE_SIZE, readFeedPage, type FeedGroupRecord } from "./feed-query";

// The whole directory is one JSON array, so it is read a page of groups at a time and
// written out as it comes: memory stays at one page whatever the number of groups, and the
// first bytes leave after the first page.

/** Public groups with a weekly meeting, `pageSize` at a time, in id order. */
export async function* readFeedGroups(db: PrismaClient, now: Date, pageSize = FEED_PAGE_SIZE): AsyncGenerator<FeedGroupRecord[]> {
  let after: string | null = null;
  for (;;) {
    const page: FeedGroupRecord[] = await readFeedPage(db, now, after, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}

/**
 * The feed as a byte stream of one JSON array. The first page is read before this returns,
 * so a database that is down fails the request (and gets its 503) instead of a 200 cut short.
 */
export async function openMeetingGuideFeed(db: PrismaClient, context: FeedContext, pageSize = FEED_PAGE_SIZE): Promise<ReadableStream<Uint8Array>> {
  const pages = readFeedGroups(db, context.now, pageSize);
  let pending: IteratorResult<FeedGroupRecord[]> | null = await pages.next();
  const toRows = createRowBuilder(context);
  const encoder = new TextEncoder();
  let written = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Each pull must enqueue something or the stream waits forever, so skip pages that give no rows.
      for (;;) {
        const result = pending ?? (await pages.next());
        pending = null;
        if (result.done) {
          controller.enqueue(encoder.encode(written > 0 ? "\n]\n" : "[]\n"));
          controller.close();
          return;
        }
        let chunk = "";
        for (const group of result.value) {
          for (const row of toRows(group)) chunk += (written++ === 0 ? "[\n" : ",\n") + JSON.stringify(row);
        }
        if (chunk) return controller.enqueue(encoder.encode(chunk));
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
