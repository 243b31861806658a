import { describe, expect, it } from "vitest";
import {
  canTransition,
  canTransitionRevision,
  hiddenBefore,
  isPublicListing,
  isStaleListing,
  LISTING_TRANSITIONS,
  ListingStatus,
  monthsBefore,
  NEW_LISTING_STATUS,
  NEW_REVISION_STATUS,
  publicListingSql,
  publicListingWhere,
  REVISION_TRANSITIONS,
  RevisionStatus,
  staleBefore,
} from "./lifecycle";

const now = new Date("2026-11-27T12:00:00Z");

describe("transitions", () => {
  it("reach every status, so none sits in the schema unused", () => {
    const reachedListing = new Set<string>([NEW_LISTING_STATUS, ...LISTING_TRANSITIONS.map((t) => t.to)]);
    expect([...reachedListing].sort()).toEqual(Object.values(ListingStatus).sort());
    const reachedRevision = new Set<string>([NEW_REVISION_STATUS, ...REVISION_TRANSITIONS.map((t) => t.to)]);
    expect([...reachedRevision].sort()).toEqual(Object.values(RevisionStatus).sort());
  });

  it("let only moderators decide on a waiting listing", () => {
    for (const to of ["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"] as const) {
      expect(canTransition("PENDING", to, "moderator")).toBe(true);
      expect(canTransition("PENDING", to, "organiser")).toBe(false);
    }
  });

  it("send an edited listing back for review, but never straight to published", () => {
    expect(canTransition("CHANGES_REQUESTED", "PENDING", "organiser")).toBe(true);
    expect(canTransition("PENDING", "PENDING", "organiser")).toBe(true);
    expect(canTransition("CHANGES_REQUESTED", "PUBLISHED", "organiser")).toBe(false);
    expect(canTransition("REJECTED", "PENDING", "organiser")).toBe(false);
  });

  it("archive from anything but archived, and nothing leaves archived", () => {
    for (const from of ["PENDING", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED"] as const) {
      expect(canTransition(from, "ARCHIVED", "organiser")).toBe(true);
      expect(canTransition(from, "ARCHIVED", "moderator")).toBe(true);
    }
    expect(LISTING_TRANSITIONS.map((t) => t.from)).not.toContain("ARCHIVED");
  });

  it("let moderators decide on edits, and archiving withdraw open ones", () => {
    expect(canTransitionRevision("PENDING", "APPROVED", "moderator")).toBe(true);
    expect(canTransitionRevision("PENDING", "APPROVED", "organiser")).toBe(false);
    expect(canTransitionRevision("CHANGES_REQUESTED", "WITHDRAWN", "organiser")).toBe(true);
    expect(canTransitionRevision("APPROVED", "WITHDRAWN", "organiser")).toBe(false);
  });
});

describe("freshness thresholds", () => {
  it("counts calendar months and clamps to the end of shorter months", () => {
    expect(monthsBefore(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(staleBefore(now).toISOString()).toBe("2026-05-27T12:00:00.000Z");
    expect(hiddenBefore(now).toISOString()).toBe("2025-11-27T12:00:00.000Z");
  });
});

describe("the public rule", () => {
  const fresh = monthsBefore(now, 1);
  const old = monthsBefore(now, 13);

  it("is published and confirmed within the last twelve months", () => {
    expect(isPublicListing({ status: "PUBLISHED", lastConfirmedAt: fresh }, now)).toBe(true);
    expect(isPublicListing({ status: "PUBLISHED", lastConfirmedAt: old }, now)).toBe(false);
    expect(isPublicListing({ status: "PUBLISHED", lastConfirmedAt: hiddenBefore(now) }, now)).toBe(false);
    for (const status of ["PENDING", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      expect(isPublicListing({ status, lastConfirmedAt: fresh }, now)).toBe(false);
    }
  });

  it("gives the Prisma filter and the SQL fragment the same status and cut-off", () => {
    expect(publicListingWhere(now)).toEqual({ status: "PUBLISHED", lastConfirmedAt: { gt: hiddenBefore(now) } });
    const fragment = publicListingSql("g", now);
    expect(fragment.sql).toBe(`"g"."status" = 'PUBLISHED' AND "g"."lastConfirmedAt" > ?`);
    expect(fragment.values).toEqual([hiddenBefore(now)]);
  });

  it("refuses an alias that is not a plain name", () => {
    expect(() => publicListingSql(`g"; DROP TABLE "Group"; --`, now)).toThrow();
  });

  it("calls a published listing stale after six months", () => {
    expect(isStaleListing({ status: "PUBLISHED", lastConfirmedAt: monthsBefore(now, 7) }, now)).toBe(true);
    expect(isStaleListing({ status: "PUBLISHED", lastConfirmedAt: fresh }, now)).toBe(false);
    expect(isStaleListing({ status: "ARCHIVED", lastConfirmedAt: old }, now)).toBe(false);
  });
});
