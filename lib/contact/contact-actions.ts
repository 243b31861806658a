"use server";

import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { readForm } from "@/lib/forms/read-form";
import { clientAddress } from "@/lib/http/client-address";
import { relayContactMessage, type ContactResult } from "./relay-contact-message";

/** "Contact the organiser" on a public group page (no sign-in). The checks and the limit live in relayContactMessage. */
export async function contactOrganiserAction(_previous: ContactResult, formData: FormData): Promise<ContactResult> {
  const { payload } = readForm(formData);
  return relayContactMessage(await getDb(), String(payload.slug ?? ""), payload, clientAddress(await headers()));
}
