import { serializeIntent } from "@conform-to/dom";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { useFormText } from "@/components/forms/use-form-text";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/forms/form-state";
import { objectOf } from "@/lib/forms/form-values";
import type { ListingInput } from "@/lib/listings/form-input";
import { MAX_MEETINGS, newMeetingInput } from "@/lib/listings/meeting-choices";
import { fieldId, INTENT_FIELD, meetingName } from "./field-ids";
import { MeetingFields } from "./meeting-fields";

type Props = { values: ListingInput; errors: FieldErrors; today: string };

type Block = { key: number; meeting: Record<string, unknown> };

/**
 * Up to MAX_MEETINGS regular meetings. "Add another meeting" and "Remove" are submit buttons
 * carrying a Conform list intent, so they work without JavaScript (the server sends the form
 * back with one block more or fewer); with JavaScript they act at once.
 */
export function WhenFields({ values, errors, today }: Props) {
  const t = useTranslations("Listing");
  const forms = useTranslations("Forms");
  const formText = useFormText();
  const sent = Array.isArray(values.meetings) ? values.meetings.map(objectOf) : [];
  const initial = sent.length > 0 ? sent : [newMeetingInput(today)];
  const [blocks, setBlocks] = useState<Block[]>(() => initial.map((meeting, key) => ({ key, meeting })));
  const nextKey = useRef(initial.length);
  // Where the focus goes after a block is added (its first field) or removed (-1: the add button).
  const focusAfterRender = useRef<number | null>(null);
  const [removedAny, setRemovedAny] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    focusAfterRender.current = null;
    const target = index >= 0 ? document.getElementById(fieldId(meetingName(index, "frequency"))) : addButton.current;
    target?.focus();
  });

  const add = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    if (blocks.length >= MAX_MEETINGS) return;
    setBlocks([...blocks, { key: nextKey.current++, meeting: newMeetingInput(today) }]);
    focusAfterRender.current = blocks.length;
  };
  const remove = (key: number) => () => {
    setBlocks(blocks.filter((block) => block.key !== key));
    setRemovedAny(true);
    focusAfterRender.current = -1;
  };
  // After a block is removed here, errors numbered for the blocks as sent would point at the wrong ones.
  const meetingErrors = removedAny ? {} : errors;

  return (
    <>
      {errors.meetings ? (
        <p id={fieldId("meetings")} tabIndex={-1} className="border-l-4 border-rose-600 pl-4 font-medium text-rose-700">
          <span className="sr-only">{forms("errorPrefix")} </span>
          {errors.meetings.map(formText).join(" ")}
        </p>
      ) : null}
      {blocks.map((block, index) => (
        <MeetingFields key={block.key} index={index} meeting={block.meeting} errors={meetingErrors} onRemove={blocks.length > 1 ? remove(block.key) : undefined} />
      ))}
      {blocks.length < MAX_MEETINGS ? (
        <div>
          <Button
            ref={addButton}
            type="submit"
            name={INTENT_FIELD}
            value={serializeIntent<Record<string, string>[]>({ type: "insert", payload: { name: "meetings", defaultValue: newMeetingInput(today) } })}
            variant="secondary"
            onClick={add}
          >
            {t("meeting.add")}
          </Button>
          <p className="mt-2 text-sm text-ink-muted">{t("meeting.addHint", { max: MAX_MEETINGS })}</p>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">{t("meeting.full", { max: MAX_MEETINGS })}</p>
      )}
    </>
  );
}
