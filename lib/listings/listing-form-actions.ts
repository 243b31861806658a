"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { formMessage } from "@/lib/forms/form-message";
import { failedState, type FormState } from "@/lib/forms/form-state";
import { withoutHoneypot } from "@/lib/forms/honeypot";
import { readForm } from "@/lib/forms/read-form";
import { redirectInLocale, requestLocale } from "@/lib/i18n/request-locale";
import type { Intent } from "@conform-to/dom";
import type { ListingInput } from "./form-input";
import { archiveListing, confirmStillRunning, submitListing, updateListing } from "./manage-listing";
import { cancelMeetingDate, restoreMeetingDate } from "./meeting-dates";
import { MAX_MEETINGS } from "./meeting-choices";

// The organiser's forms. Each reads the form with Conform, finds who is asking and hands
// over to manage-listing, which checks permission itself; on success the pages are
// revalidated and the organiser goes back to the dashboard with a notice, in the language
// they were using. A listing remembers that language for the mail sent about it.

export type ListingFormState = FormState<ListingInput>;

async function currentActor(): Promise<Actor> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

/** "Add another meeting" and "Remove meeting N" without JavaScript: the same form back, one block more or fewer, nothing saved. */
function changedForm(previous: ListingFormState, payload: ListingInput, intent: Intent): ListingFormState {
  const count = Array.isArray(payload.meetings) ? payload.meetings.length : 0;
  const message =
    intent.type === "remove"
      ? formMessage("Listing.meetingRemoved", { number: Number(intent.payload.index) + 1 })
      : formMessage(count >= MAX_MEETINGS ? "Listing.meetingAddedLast" : "Listing.meetingAdded", { number: count });
  return { status: "info", message, errors: {}, values: payload, version: previous.version + 1 };
}

export async function submitListingAction(previous: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const { payload, intent } = readForm(formData);
  if (intent) return changedForm(previous, payload, intent);
  const result = await submitListing(await getDb(), await currentActor(), payload, new Date(), await requestLocale());
  if (!result.ok) return failedState(previous, withoutHoneypot(payload), result);
  revalidatePath("/organiser");
  return redirectInLocale("/organiser?notice=submitted");
}

export async function updateListingAction(groupId: string, previous: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const { payload, intent } = readForm(formData);
  if (intent) return changedForm(previous, payload, intent);
  const result = await updateListing(await getDb(), await currentActor(), groupId, payload, new Date(), await requestLocale());
  if (!result.ok) return failedState(previous, withoutHoneypot(payload), result);
  revalidatePath("/organiser");
  return redirectInLocale(`/organiser?notice=${result.review === "revision" ? "edit-waiting" : "updated"}`);
}

export async function archiveListingAction(groupId: string): Promise<void> {
  const result = await archiveListing(await getDb(), await currentActor(), groupId);
  if (result.ok) {
    revalidatePath("/organiser");
    revalidatePath(`/groups/${result.slug}`);
    revalidatePath("/groups");
  }
  await redirectInLocale(result.ok ? "/organiser?notice=archived" : "/organiser?notice=not-changed");
}

export async function confirmStillRunningAction(groupId: string): Promise<void> {
  const result = await confirmStillRunning(await getDb(), await currentActor(), groupId);
  if (result.ok) revalidatePath("/organiser");
  await redirectInLocale(result.ok ? `/organiser?notice=confirmed&group=${encodeURIComponent(groupId)}` : "/organiser?notice=not-changed");
}

/** Cancel (with an optional reason) or restore one date; back to the dates page either way. */
export async function changeMeetingDateAction(groupId: string, meetingId: string, date: string, formData: FormData): Promise<void> {
  const db = await getDb();
  const actor = await currentActor();
  const restore = formData.get("intent") === "restore";
  const reason = String(formData.get("reason") ?? "");
  const result = restore ? await restoreMeetingDate(db, actor, meetingId, date) : await cancelMeetingDate(db, actor, meetingId, date, reason);
  if (result.ok) {
    revalidatePath(`/organiser/groups/${groupId}/dates`);
    revalidatePath(`/groups/${result.slug}`);
  }
  const notice = result.ok ? (restore ? "restored" : "cancelled") : "not-changed";
  await redirectInLocale(`/organiser/groups/${encodeURIComponent(groupId)}/dates?notice=${notice}`);
}
