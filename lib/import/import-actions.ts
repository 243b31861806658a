"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { failedState, type FormState, type TextValues } from "@/lib/forms/form-state";
import { claimListing } from "./claim-listing";
import { checkImport, confirmImport, discardImport, startImport, writeImport } from "./import-batch";
import type { UploadFields } from "./upload-schema";
import { UPLOAD_LIMIT_MB } from "./upload-limit";

// The import page's forms and the organiser's "claim" button. Each finds who is asking and
// hands over to lib/import, which checks the role itself. Checking and writing run after
// the response: the moderator lands on the batch's page, which shows their progress.

export type UploadState = FormState<TextValues<UploadFields>>;

async function currentActor(): Promise<Actor> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

export async function uploadImportAction(previous: UploadState, formData: FormData): Promise<UploadState> {
  const actor = await currentActor();
  const values = { source: String(formData.get("source") ?? ""), format: String(formData.get("format") ?? "") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failedState(previous, values, { errors: { file: ["Choose the file to import."] } });
  if (file.size > UPLOAD_LIMIT_MB * 1024 * 1024) return failedState(previous, values, { errors: { file: [`The file is larger than ${UPLOAD_LIMIT_MB} MB: import it with npm run import, or split it.`] } });
  const db = await getDb();
  const started = await startImport(db, actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), source: values.source, format: values.format });
  if (!started.ok) return failedState(previous, values, started);
  after(() => checkImport(db, started.batchId, started.rows));
  redirect(`/admin/import/${started.batchId}`);
}

export async function confirmImportAction(batchId: string): Promise<void> {
  const actor = await currentActor();
  const db = await getDb();
  const confirmed = await confirmImport(db, actor, batchId);
  // The directory's pages read the database on every request: the new listings show as soon as they commit.
  if (confirmed.ok) after(() => writeImport(db, actor, batchId));
  redirect(`/admin/import/${encodeURIComponent(batchId)}${confirmed.ok ? "" : "?notice=not-confirmed"}`);
}

export async function discardImportAction(batchId: string): Promise<void> {
  const discarded = await discardImport(await getDb(), await currentActor(), batchId);
  redirect(discarded.ok ? "/admin/import?notice=discarded" : `/admin/import/${encodeURIComponent(batchId)}?notice=not-discarded`);
}

export async function claimListingAction(groupId: string): Promise<void> {
  const claimed = await claimListing(await getDb(), await currentActor(), groupId);
  if (claimed.ok) revalidatePath("/organiser");
  redirect(claimed.ok ? `/organiser?notice=claimed&group=${encodeURIComponent(claimed.groupId)}` : "/organiser?notice=not-claimed");
}
