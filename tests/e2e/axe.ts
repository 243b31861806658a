import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with the rule and the elements for every WCAG 2.1 A/AA problem axe finds on the page. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation the new title arrives with the page's streamed metadata.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `accessibility of ${page.url()}`).toEqual([]);
}
