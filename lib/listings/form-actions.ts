"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { ADD_MEETING, REMOVE_MEETING, type ListingFormState } from "./form-state";
import { newMeetingInput } from "./listing-input";
import { MAX_MEETINGS } from "./meeting-choices";
import { archiveListing, cancelMeetingDate, confirmStillRunning, restoreMeetingDate, submitListing, updateListing } from "./organiser-actions";
import type { ListingFailure } from "./action-results";
import { parseListingForm, readMeetings } from "./parse-listing-form";

// The organiser's forms. Each finds who is asking and hands over to organiser-actions,
// which checks permission itself; on success the pages are revalidated and the organiser
// goes back to the dashboard with a notice.

async function currentActor(): Promise<Actor> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** "Add another meeting" / "Remove this meeting": the same form back, one block more or fewer, nothing saved. */
function changeBlocks(intent: string, previous: ListingFormState, formData: FormData): ListingFormState | null {
  if (intent !== ADD_MEETING && !intent.startsWith(REMOVE_MEETING)) return null;
  const values = parseListingForm(formData);
  const blocks = readMeetings(formData, { keepBlank: true });
  let message: string;
  if (intent === ADD_MEETING) {
    if (blocks.length < MAX_MEETINGS) blocks.push(newMeetingInput(today()));
    message = blocks.length >= MAX_MEETINGS ? `Meeting ${blocks.length} added below. That's the most a listing can have.` : `Meeting ${blocks.length} added below.`;
  } else {
    const index = Number(intent.slice(REMOVE_MEETING.length));
    if (Number.isInteger(index)) blocks.splice(index, 1);
    if (blocks.length === 0) blocks.push(newMeetingInput(today()));
    message = `Meeting ${index + 1} removed.`;
  }
  return { status: "info", message, errors: {}, values: { ...values, meetings: blocks }, version: previous.version + 1 };
}

function failed(previous: ListingFormState, formData: FormData, result: ListingFailure): ListingFormState {
  const values = result.values ?? parseListingForm(formData);
  return { status: "error", message: result.message ?? null, errors: result.errors ?? {}, values, version: previous.version + 1 };
}

export async function submitListingAction(previous: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const changed = changeBlocks(String(formData.get("intent") ?? ""), previous, formData);
  if (changed) return changed;
  const result = await submitListing(await getDb(), await currentActor(), parseListingForm(formData));
  if (!result.ok) return failed(previous, formData, result);
  revalidatePath("/organiser");
  redirect("/organiser?notice=submitted");
}

export async function updateListingAction(groupId: string, previous: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const changed = changeBlocks(String(formData.get("intent") ?? ""), previous, formData);
  if (changed) return changed;
  const result = await updateListing(await getDb(), await currentActor(), groupId, parseListingForm(formData));
  if (!result.ok) return failed(previous, formData, result);
  revalidatePath("/organiser");
  redirect(`/organiser?notice=${result.review === "revision" ? "edit-waiting" : "updated"}`);
}

export async function archiveListingAction(groupId: string): Promise<void> {
  const result = await archiveListing(await getDb(), await currentActor(), groupId);
  if (result.ok) {
    revalidatePath("/organiser");
    revalidatePath(`/groups/${result.slug}`);
    revalidatePath("/groups");
  }
  redirect(result.ok ? "/organiser?notice=archived" : "/organiser?notice=not-changed");
}

export async function confirmStillRunningAction(groupId: string): Promise<void> {
  const result = await confirmStillRunning(await getDb(), await currentActor(), groupId);
  if (result.ok) revalidatePath("/organiser");
  redirect(result.ok ? `/organiser?notice=confirmed&group=${encodeURIComponent(groupId)}` : "/organiser?notice=not-changed");
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
  redirect(`/organiser/groups/${encodeURIComponent(groupId)}/dates?notice=${notice}`);
}
