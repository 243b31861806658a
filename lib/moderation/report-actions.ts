"use server";

import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { readForm } from "@/lib/forms/read-form";
import { clientAddress } from "@/lib/http/client-address";
import { reportProblem, type ReportResult } from "./report-problem";

/** "Report a problem" on a public group page (no sign-in). The checks and the limit live in reportProblem. */
export async function reportProblemAction(_previous: ReportResult, formData: FormData): Promise<ReportResult> {
  return reportProblem(await getDb(), readForm(formData).payload, clientAddress(await headers()));
}
