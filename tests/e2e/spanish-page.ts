import type { Page } from "@playwright/test";
import { findEnglishText, findRawMessageKey } from "./english-text";
import { expect } from "./fixtures";

/** The checks every Spanish page passes: its language, no English interface text, no raw message key. */
export async function expectSpanishPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await page.locator("body").innerText();
  expect(findEnglishText(text), `English interface text on ${page.url()}`).toEqual([]);
  expect(findRawMessageKey(text), `a message key on ${page.url()}`).toBeNull();
}
