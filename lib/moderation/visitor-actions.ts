"use server";

import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { relayContactMessage, type ContactResult } from "./contact-organiser";
import { reportProblem, type ReportResult } from "./report-problem";

// Actions for the public group page (no sign-in). The work, validation and limits live in
// reportProblem and relayContactMessage; these only read the form and the caller's address.

const formValues = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")));

export async function reportProblemAction(_previous: ReportResult, formData: FormData): Promise<ReportResult> {
  return reportProblem(await getDb(), formValues(formData), clientAddress(await headers()));
}

export async function contactOrganiserAction(_previous: ContactResult, formData: FormData): Promise<ContactResult> {
  const slug = String(formData.get("slug") ?? "");
  return relayContactMessage(await getDb(), slug, formValues(formData), clientAddress(await headers()));
}
