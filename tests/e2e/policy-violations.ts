import type { BrowserContext, Page } from "@playwright/test";

/**
 * Logs every Content-Security-Policy violation as a console error, so the checks that fail
 * a test on console errors catch them too. Chromium reports some violations (an `eval`
 * probe that a library catches) only as this event, never in the console.
 */
export async function reportPolicyViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
}
