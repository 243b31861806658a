import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The file's own hash in its address, so it can be cached for good (next.config.ts) and a
// new version is a new address.
const version = createHash("sha256")
  .update(readFileSync(path.join(process.cwd(), "public", "enhance.js")))
  .digest("hex")
  .slice(0, 12);

/** public/enhance.js: the few things the plain HTML pages do in the browser. */
export function EnhanceScript() {
  return <script src={`/enhance.js?v=${version}`} defer data-village-enhance="" />;
}
