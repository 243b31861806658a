"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { formMessage } from "@/lib/forms/form-message";
import { failedState, type FormState, type TextValues } from "@/lib/forms/form-state";
import { redirectInLocale } from "@/lib/i18n/request-locale";
import { claimListing } from "./claim-listing";
import { checkImport, confirmImport, discardImport, startImport, writeImport } from "./import-batch";
import type { UploadFields } from "./upload-schema";
import { UPLOAD_LIMIT_MB } from "./upload-limit";

// The import page's forms and the organiser's "claim" button. Each finds who is asking and
// hands over to lib/import, which checks the role itself. Checking and writing run after
// the response: the moderator lands on the batch's page, which shows their progress. Every
// redirect keeps the language the form was sent from.

export type UploadState = FormState<TextValues<UploadFields>>;

async function currentActor(): Promise<Actor> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

export async function uploadImportAction(previous: UploadState, formData: FormData): Promise<UploadState> {
  const actor = await currentActor();
  const values = { source: String(formData.get("source") ?? ""), format: String(formData.get("format") ?? "") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failedState(previous, values, { errors: { file: [formMessage("Import.chooseFile")] } });
  if (file.size > UPLOAD_LIMIT_MB * 1024 * 1024) return failedState(previous, values, { errors: { file: [formMessage("Import.fileTooLarge", { max: UPLOAD_LIMIT_MB })] } });
  const db = await getDb();
  const started = await startImport(db, actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), source: values.source, format: values.format });
  if (!started.ok) return failedState(previous, values, started);
  after(() => checkImport(db, started.batchId, started.rows));
  return redirectInLocale(`/admin/import/${started.batchId}`);
}

export async function confirmImportAction(batchId: string): Promise<void> {
  const actor = await currentActor();
  const db = await getDb();
  const confirmed = await confirmImport(db, actor, batchId);
  // The directory's pages read the database on every request: the new listings show as soon as they commit.
  if (confirmed.ok) after(() => writeImport(db, actor, batchId));
  await redirectInLocale(`/admin/import/${encodeURIComponent(batchId)}${confirmed.ok ? "" : "?notice=not-confirmed"}`);
}

export async function discardImportAction(batchId: string): Promise<void> {
  const discarded = await discardImport(await getDb(), await currentActor(), batchId);
  await redirectInLocale(discarded.ok ? "/admin/import?notice=discarded" : `/admin/import/${encodeURIComponent(batchId)}?notice=not-discarded`);
}

export async function claimListingAction(groupId: string): Promise<void> {
  const claimed = await claimListing(await getDb(), await currentActor(), groupId);
  if (claimed.ok) revalidatePath("/organiser");
  await redirectInLocale(claimed.ok ? `/organiser?notice=claimed&group=${encodeURIComponent(claimed.groupId)}` : "/organiser?notice=not-claimed");
}
