import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { frameAncestorsFor, isFrameablePath, NOT_FRAMEABLE_SOURCE } from "./framing";

const PATHS = ["/", "/groups", "/groups/print", "/groups/some-group", "/groups/some-group/poster", "/groups/embed-builder", "/embed", "/embed/", "/embed/groups", "/es/embed/groups", "/es/embed", "/en/embed/groups", "/es/groups", "/es/embedded", "/embedded", "/embeds/groups", "/api/groups", "/help-now", "/_next/static/chunk.js"];

describe("which pages may be framed", () => {
  it("allows the embeddable pages only", () => {
    expect(PATHS.filter(isFrameablePath)).toEqual(["/embed", "/embed/", "/embed/groups", "/es/embed/groups", "/es/embed", "/en/embed/groups"]);
    expect(frameAncestorsFor("/embed/groups")).toBe("*");
    expect(frameAncestorsFor("/groups")).toBe("'none'");
  });

  it("gives X-Frame-Options (next.config.ts) to exactly the paths that refuse framing", () => {
    // The matcher Next.js itself uses for `headers()` sources.
    const matches = getPathMatch(NOT_FRAMEABLE_SOURCE, { strict: true });
    for (const path of PATHS) expect(matches(path) !== false, path).toBe(!isFrameablePath(path));
  });

  it("puts the choice into the page policy", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: false, frameAncestors: frameAncestorsFor("/embed/groups") })).toContain("frame-ancestors *");
    expect(contentSecurityPolicy({ nonce: "n", development: false, frameAncestors: frameAncestorsFor("/groups") })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: "n", development: false })).toContain("frame-ancestors 'none'");
  });
});
