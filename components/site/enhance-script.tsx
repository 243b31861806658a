import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The file's own hash in its address, so it can be cached for good (next.config.ts) and a
// new version is a new address.
const version = createHash("sha256")
  .update(readFileSync(path.join(process.cwd(), "public", "enhance.js")))
  .digest("hex")
  .slice(0, 12);

/**
 * public/enhance.js: the few things the plain HTML pages do in the browser. Controls that
 * only work with it (data-needs-script) are shown from the first paint and hidden only
 * where scripts do not run, so the page is not laid out again once the script has run.
 */
export function EnhanceScript() {
  return (
    <>
      <noscript>
        <style>{"[data-needs-script]{display:none!important}"}</style>
      </noscript>
      <script src={`/enhance.js?v=${version}`} defer data-village-enhance="" />
    </>
  );
}
