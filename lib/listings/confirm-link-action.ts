"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/format/dates";
import { requestLocale } from "@/lib/i18n/request-locale";
import { confirmByToken } from "./confirm-by-token";

/** `confirmedOn`: the day, worded for the page; `message`: a message key the form words. */
export type ConfirmLinkState = { status: "idle" } | { status: "done"; confirmedOn: string } | { status: "error"; message: string };

/** The button on the page behind the emailed "still running?" link. The token is the permission. */
export async function confirmByLinkAction(_previous: ConfirmLinkState, formData: FormData): Promise<ConfirmLinkState> {
  const result = await confirmByToken(await getDb(), String(formData.get("group") ?? ""), String(formData.get("token") ?? ""));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/organiser");
  return { status: "done", confirmedOn: formatDay(result.confirmedAt, result.timeZone, await requestLocale()) };
}
