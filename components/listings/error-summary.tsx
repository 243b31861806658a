import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { useFormText } from "@/components/forms/use-form-text";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { ListingFormFields } from "@/lib/listings/form-layout";
import { fieldId } from "./field-ids";

// Messages that read the same for several fields get the field's name in front.
const SHARED_MESSAGE_FIELDS = new Set(["websiteUrl", "registrationUrl", "onlineJoinUrl"]);

type Props = { errors: FieldErrors; fields: ListingFormFields };

/**
 * Every problem as a link to its field, at the top of a long form. It is announced when it
 * appears and takes the focus after a failed send (see ListingForm).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ errors, fields }, ref) {
  const t = useTranslations("Listing");
  const formText = useFormText();
  /** "Meeting 2: Give the start time.", "Website: Links must start with…", else the message alone. */
  const describe = (key: string, message: string) => {
    const meeting = /^meetings\[(\d+)\]\./.exec(key);
    if (meeting) return t("errorInMeeting", { number: Number(meeting[1]) + 1, message });
    const field = fields.listing[key];
    return field && SHARED_MESSAGE_FIELDS.has(key) ? t("errorInField", { field: field.label, message }) : message;
  };
  const entries = Object.entries(errors).flatMap(([key, messages]) => messages.map((message) => ({ key, message })));
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rounded-card border-2 border-rose-600 bg-paper-raised p-5 outline-none focus-visible:outline-offset-4">
      <div role="alert">
        <h2 className="text-xl">{t("errorSummary", { count: entries.length })}</h2>
        <ul className="mt-3 flex flex-col gap-2">
          {entries.map(({ key, message }) => (
            <li key={`${key}:${message}`}>
              <a href={`#${fieldId(key)}`} className="font-medium text-rose-700">
                {describe(key, formText(message))}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
