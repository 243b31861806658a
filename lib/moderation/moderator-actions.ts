"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { redirectInLocale } from "@/lib/i18n/request-locale";
import type { DecisionResult } from "./decision-result";
import type { FormState, TextValues } from "@/lib/forms/form-state";
import { approveListing, rejectListing, requestListingChanges } from "./listing-decisions";
import { resolveReport } from "./resolve-report";
import { approveRevision, rejectRevision, requestRevisionChanges } from "./revision-decisions";

// The moderator's forms. Each action finds who is asking and hands over to lib/moderation,
// which checks the role itself next to the data; on success the queue is revalidated and
// the moderator goes back to it, in the language they work in, with a notice.

export type DecisionField = "message" | "reason" | "note";
export type DecisionState = FormState<TextValues<DecisionField>>;
export type DoneNotice = "approved" | "changes-requested" | "rejected" | "edit-approved" | "edit-changes-requested" | "edit-rejected" | "report-resolved";

async function currentActor(): Promise<Actor> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

async function finish(result: DecisionResult, done: DoneNotice, values: Partial<Record<DecisionField, string>> = {}): Promise<DecisionState> {
  if (!result.ok) return { status: "error", message: result.message, errors: result.errors ?? {}, values, version: 0 };
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath("/[locale]/groups", "layout");
  return redirectInLocale(`/admin?done=${done}&group=${encodeURIComponent(result.groupId)}`);
}

export async function approveListingAction(groupId: string, _previous: DecisionState, _formData: FormData): Promise<DecisionState> {
  return finish(await approveListing(await getDb(), await currentActor(), groupId), "approved");
}

export async function requestListingChangesAction(groupId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const message = text(formData, "message");
  return finish(await requestListingChanges(await getDb(), await currentActor(), groupId, message), "changes-requested", { message });
}

export async function rejectListingAction(groupId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const reason = text(formData, "reason");
  return finish(await rejectListing(await getDb(), await currentActor(), groupId, reason), "rejected", { reason });
}

export async function approveRevisionAction(revisionId: string, _previous: DecisionState, _formData: FormData): Promise<DecisionState> {
  return finish(await approveRevision(await getDb(), await currentActor(), revisionId), "edit-approved");
}

export async function requestRevisionChangesAction(revisionId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const message = text(formData, "message");
  return finish(await requestRevisionChanges(await getDb(), await currentActor(), revisionId, message), "edit-changes-requested", { message });
}

export async function rejectRevisionAction(revisionId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const reason = text(formData, "reason");
  return finish(await rejectRevision(await getDb(), await currentActor(), revisionId, reason), "edit-rejected", { reason });
}

export async function resolveReportAction(reportId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const note = text(formData, "note");
  return finish(await resolveReport(await getDb(), await currentActor(), reportId, note), "report-resolved", { note });
}
