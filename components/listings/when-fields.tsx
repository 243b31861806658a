import { useEffect, useRef, useState, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ADD_MEETING } from "@/lib/listings/form-state";
import { newMeetingInput, type ListingInput, type MeetingInput } from "@/lib/listings/listing-input";
import type { ListingErrors } from "@/lib/listings/listing-schema";
import { MAX_MEETINGS } from "@/lib/listings/meeting-choices";
import { fieldId, meetingKey } from "./field-ids";
import { MeetingFields } from "./meeting-fields";

type Props = { values: ListingInput; errors: ListingErrors; timeZones: string[]; today: string };

type Block = { key: number; meeting: MeetingInput };

/** "Europe/London" -> "Europe", for the select's groups. */
const regionOf = (zone: string) => (zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other");

/**
 * "When": the time zone and up to MAX_MEETINGS regular meetings. "Add another meeting" and
 * "Remove" are submit buttons, so they work without JavaScript (the server sends the form
 * back with one block more or fewer); with JavaScript they act at once.
 */
export function WhenFields({ values, errors, timeZones, today }: Props) {
  const initial = values.meetings && values.meetings.length > 0 ? values.meetings : [newMeetingInput(today)];
  const [blocks, setBlocks] = useState<Block[]>(() => initial.map((meeting, key) => ({ key, meeting })));
  const nextKey = useRef(initial.length);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [removedAny, setRemovedAny] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const target = focusIndex >= 0 ? document.getElementById(fieldId(meetingKey(focusIndex, "frequency"))) : addButton.current;
    target?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const add = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    if (blocks.length >= MAX_MEETINGS) return;
    setBlocks([...blocks, { key: nextKey.current++, meeting: newMeetingInput(today) }]);
    setFocusIndex(blocks.length);
  };
  const remove = (key: number) => () => {
    setBlocks(blocks.filter((block) => block.key !== key));
    setRemovedAny(true);
    setFocusIndex(-1);
  };
  const zones = new Map<string, string[]>();
  for (const zone of timeZones) zones.set(regionOf(zone), [...(zones.get(regionOf(zone)) ?? []), zone]);
  // After a block is removed here, errors numbered for the blocks as sent would point at the wrong ones.
  const meetingErrors = removedAny ? {} : errors;

  return (
    <>
      <Field
        id={fieldId("timeZone")}
        label="Time zone"
        hint="The times below are in this zone. For a group that meets in person, leave it to us: we use the venue's."
        errors={errors.timeZone}
      >
        {(control) => (
          <Select {...control} name="timeZone" defaultValue={values.timeZone ?? ""}>
            <option value="">The venue's time zone</option>
            {[...zones].map(([region, list]) => (
              <optgroup key={region} label={region}>
                {list.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replace(/_/g, " ")}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      {errors.meetings ? (
        <p id={fieldId("meetings")} tabIndex={-1} className="border-l-4 border-rose-600 pl-4 font-medium text-rose-700">
          <span className="sr-only">Error: </span>
          {errors.meetings.join(" ")}
        </p>
      ) : null}
      {blocks.map((block, index) => (
        <MeetingFields key={block.key} index={index} meeting={block.meeting} errors={meetingErrors} onRemove={blocks.length > 1 ? remove(block.key) : undefined} />
      ))}
      {blocks.length < MAX_MEETINGS ? (
        <div>
          <Button ref={addButton} type="submit" name="intent" value={ADD_MEETING} variant="secondary" onClick={add}>
            Add another meeting
          </Button>
          <p className="mt-2 text-sm text-ink-muted">For example a second weekday, or an evening group. Up to {MAX_MEETINGS}.</p>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">A listing can have up to {MAX_MEETINGS} regular meetings.</p>
      )}
    </>
  );
}
