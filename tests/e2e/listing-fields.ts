import type { Locator, Page } from "@playwright/test";

export type Venue = { kind: string; name: string; street: string; town: string; region: string; postalCode?: string; country: string };

/** "Where", for a group that meets in person. */
export async function fillInPersonVenue(page: Page, venue: Venue) {
  await page.getByRole("radio", { name: "In person", exact: true }).check();
  await page.getByLabel("Kind of venue").selectOption({ label: venue.kind });
  await page.getByLabel("Name of the venue").fill(venue.name);
  await page.getByLabel("Street address").fill(venue.street);
  await page.getByLabel("Town or city").fill(venue.town);
  await page.getByLabel(/^State or county/).fill(venue.region);
  if (venue.postalCode) await page.getByLabel(/^ZIP or postcode/).fill(venue.postalCode);
  await page.getByLabel("Country").selectOption(venue.country);
}

export type MeetingValues = { frequency: string; week?: string; day: string; start: string; minutes: string; firstDate?: string };

/** One meeting block; `scope` is the page, or the "Meeting N" group when there are several. */
export async function fillMeeting(scope: Page | Locator, meeting: MeetingValues) {
  await scope.getByLabel("How often").selectOption({ label: meeting.frequency });
  if (meeting.week) await scope.getByLabel("Which week of the month").selectOption({ label: meeting.week });
  await scope.getByLabel("Day", { exact: true }).selectOption({ label: meeting.day });
  await scope.getByLabel("Start time").fill(meeting.start);
  await scope.getByLabel("Length in minutes").fill(meeting.minutes);
  if (meeting.firstDate) await scope.getByLabel("First date").fill(meeting.firstDate);
}
