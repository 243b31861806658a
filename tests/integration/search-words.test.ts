import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { interpretText } from "@/lib/groups/text-query";
import { monthsBefore } from "@/lib/listings/lifecycle";
import { archiveListing } from "@/lib/listings/manage-listing";
import { approveListing, rejectListing, requestListingChanges } from "@/lib/moderation/listing-decisions";
import { unpublishedMarkerWords } from "../../prisma/seed";
import { createGroup, type GroupOverrides } from "../factories/group-factory";

// Spelling correction ("did you mean") may only learn from listings the public can see.
// Each case has its own made-up word, in no other listing, and asks for it with one letter
// wrong: the search corrects the typo only if the word is in a public listing.

let db: PrismaClient;
let organiser: Actor;
let moderator: Actor;
const now = new Date();

async function listing(word: string, overrides: GroupOverrides = {}) {
  return createGroup(db, {
    name: `${word} Parents Circle`,
    description: `Parents meet at the ${word} corner.`,
    format: "ONLINE",
    location: null,
    organiserId: organiser!.id,
    ...overrides,
  });
}

/** The word search looks for when the visitor types `word` with its last letter wrong. */
async function correctionOf(word: string, at = now) {
  const text = await interpretText(db, `${word.slice(0, -1)}x`, at);
  return text?.words[0];
}

beforeAll(async () => {
  db = await getDb();
  const user = (email: string, role: "ORGANISER" | "MODERATOR") =>
    db.user.upsert({ where: { email }, create: { email, role }, update: {}, select: { id: true, role: true } });
  organiser = await user("spelling.organiser@example.org", "ORGANISER");
  moderator = await user("spelling.moderator@example.org", "MODERATOR");
});

describe("spelling correction", () => {
  it("never offers a word only a pending listing uses, nor one sent back for changes", async () => {
    const { id } = await listing("quillmarrow", { status: "PENDING" });
    expect(await correctionOf("quillmarrow")).not.toBe("quillmarrow");
    expect((await requestListingChanges(db, moderator, id, "Please say who runs the group.")).ok).toBe(true);
    expect(await correctionOf("quillmarrow")).not.toBe("quillmarrow");
  });

  it("never offers the words of the demo listings nobody may see", async () => {
    for (const word of unpublishedMarkerWords.filter((w) => !w.includes(" "))) {
      expect(await correctionOf(word)).not.toBe(word);
    }
  });

  it("never offers a word of a rejected listing", async () => {
    const { id } = await listing("brackenwhistle", { status: "PENDING" });
    expect((await rejectListing(db, moderator, id, "This is an advert, not a support group.")).ok).toBe(true);
    expect(await correctionOf("brackenwhistle")).not.toBe("brackenwhistle");
  });

  it("offers a word once its listing is approved, and forgets it when the listing is archived", async () => {
    const { id } = await listing("sorrelhaven", { status: "PENDING" });
    expect(await correctionOf("sorrelhaven")).not.toBe("sorrelhaven");
    expect((await approveListing(db, moderator, id)).ok).toBe(true);
    expect(await correctionOf("sorrelhaven")).toBe("sorrelhaven");
    expect((await archiveListing(db, organiser, id)).ok).toBe(true);
    expect(await correctionOf("sorrelhaven")).not.toBe("sorrelhaven");
  });

  it("never offers a word whose only listing went unconfirmed past the cut-off, and offers it again once confirmed", async () => {
    const { id } = await listing("thistledown", { status: "PUBLISHED", lastConfirmedAt: monthsBefore(now, 13) });
    expect(await correctionOf("thistledown")).not.toBe("thistledown");
    await db.group.update({ where: { id }, data: { lastConfirmedAt: now } });
    expect(await correctionOf("thistledown")).toBe("thistledown");
  });

  it("stops offering a word when time alone hides its listing", async () => {
    await listing("juniperfold", { status: "PUBLISHED", lastConfirmedAt: monthsBefore(now, 11) });
    expect(await correctionOf("juniperfold")).toBe("juniperfold");
    expect(await correctionOf("juniperfold", monthsBefore(now, -2))).not.toBe("juniperfold");
  });

  it("keeps a word while another public listing still uses it", async () => {
    const first = await listing("larkspurrow", { status: "PUBLISHED", lastConfirmedAt: now });
    const second = await listing("larkspurrow", { status: "PUBLISHED", lastConfirmedAt: monthsBefore(now, 3) });
    await archiveListing(db, organiser, first.id);
    expect(await correctionOf("larkspurrow")).toBe("larkspurrow");
    // The remaining listing's confirmation is what counts now: ten months from now it is thirteen months old.
    expect(await correctionOf("larkspurrow", monthsBefore(now, -10))).not.toBe("larkspurrow");
    await archiveListing(db, organiser, second.id);
    expect(await correctionOf("larkspurrow")).not.toBe("larkspurrow");
  });

  it("forgets a word an edit takes out of a published listing", async () => {
    const { id } = await listing("meadowsweet", { status: "PUBLISHED" });
    expect(await correctionOf("meadowsweet")).toBe("meadowsweet");
    await db.group.update({ where: { id }, data: { searchText: "parents meet at the corner" } });
    expect(await correctionOf("meadowsweet")).not.toBe("meadowsweet");
  });

  it("holds exactly the words of published listings, each with its latest confirmation", async () => {
    const differing = await db.$queryRaw<{ word: string }[]>`
      WITH truth AS (
        SELECT w AS word, max(g."lastConfirmedAt") AS confirmed
        FROM "Group" g, unnest(tsvector_to_array(to_tsvector('simple', g."searchText"))) AS w
        WHERE g."status" = 'PUBLISHED' AND length(w) BETWEEN 3 AND 40
        GROUP BY w
      )
      SELECT coalesce(truth.word, s."word") AS word FROM truth FULL JOIN "SearchWord" s ON s."word" = truth.word
      WHERE truth.confirmed IS DISTINCT FROM s."latestConfirmedAt"`;
    expect(differing).toEqual([]);
  });
});
