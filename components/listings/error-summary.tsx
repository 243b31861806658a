import { forwardRef } from "react";
import type { FieldErrors } from "@/lib/forms/form-state";
import { fieldId } from "./field-ids";

// Messages that read the same for several fields get the field's name in front.
const SHARED_MESSAGE_FIELDS: Record<string, string> = { websiteUrl: "Website", registrationUrl: "Link to register", onlineJoinUrl: "Link to join" };

/** "Meeting 2: Give the start time.", "Website: Links must start with…", else the message alone. */
function describe(key: string, message: string): string {
  const meeting = /^meetings\[(\d+)\]\./.exec(key);
  if (meeting) return `Meeting ${Number(meeting[1]) + 1}: ${message}`;
  return SHARED_MESSAGE_FIELDS[key] ? `${SHARED_MESSAGE_FIELDS[key]}: ${message}` : message;
}

/**
 * Every problem as a link to its field, at the top of a long form. It is announced when it
 * appears and takes the focus after a failed send (see ListingForm).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors }>(function ErrorSummary({ errors }, ref) {
  const entries = Object.entries(errors).flatMap(([key, messages]) => messages.map((message) => ({ key, message })));
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rounded-card border-2 border-rose-600 bg-paper-raised p-5 outline-none focus-visible:outline-offset-4">
      <div role="alert">
        <h2 className="text-xl">
          Please fix {entries.length === 1 ? "this problem" : `these ${entries.length} problems`} before sending
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          {entries.map(({ key, message }) => (
            <li key={`${key}:${message}`}>
              <a href={`#${fieldId(key)}`} className="font-medium text-rose-700">
                {describe(key, message)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
