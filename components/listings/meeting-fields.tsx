import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DAYS } from "@/lib/groups/vocabulary";
import { REMOVE_MEETING } from "@/lib/listings/form-state";
import type { MeetingInput } from "@/lib/listings/listing-input";
import type { ListingErrors } from "@/lib/listings/listing-schema";
import { FREQUENCIES, MAX_DURATION, MIN_DURATION, NTH_WEEKS } from "@/lib/listings/meeting-choices";
import { fieldId, meetingKey, meetingName } from "./field-ids";

type Props = {
  index: number;
  meeting: MeetingInput;
  errors: ListingErrors;
  /** Absent for the only meeting. With JavaScript the block goes at once; without, the button sends the form back. */
  onRemove?: () => void;
};

// The week-of-the-month choice only matters for "once a month, on a set week": CSS hides it
// for the other frequencies where :has() works, and it always shows without CSS.
const hideUnlessNth =
  "group-has-[option[value=WEEKLY]:checked]/meeting:hidden group-has-[option[value=FORTNIGHTLY]:checked]/meeting:hidden group-has-[option[value=MONTHLY_LAST]:checked]/meeting:hidden";

/** One regular meeting: how often, which day, what time, for how long, from when. */
export function MeetingFields({ index, meeting, errors, onRemove }: Props) {
  const name = (field: string) => meetingName(index, field);
  const id = (field: string) => fieldId(meetingKey(index, field));
  const err = (field: string) => errors[meetingKey(index, field)];
  const remove = onRemove
    ? (event: MouseEvent<HTMLButtonElement>) => {
        event.preventDefault();
        onRemove();
      }
    : undefined;
  const cancellationErrors = err("cancellations");

  return (
    <fieldset className="group/meeting flex flex-col gap-5 rounded-card border border-line bg-paper-raised p-4 sm:p-6">
      <legend className="float-left mb-1 w-full font-serif text-xl font-semibold text-ink">Meeting {index + 1}</legend>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={id("frequency")} label="How often" errors={err("frequency")} className="sm:col-span-2">
          {(control) => (
            <Select {...control} name={name("frequency")} defaultValue={meeting.frequency ?? ""}>
              <option value="">Choose…</option>
              {FREQUENCIES.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("nthWeek")} label="Which week of the month" errors={err("nthWeek")} className={hideUnlessNth}>
          {(control) => (
            <Select {...control} name={name("nthWeek")} defaultValue={meeting.nthWeek ?? ""}>
              <option value="">Choose…</option>
              {NTH_WEEKS.map((w) => (
                <option key={w.value} value={String(w.value)}>
                  {w.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("weekday")} label="Day" errors={err("weekday")}>
          {(control) => (
            <Select {...control} name={name("weekday")} defaultValue={meeting.weekday ?? ""}>
              <option value="">Choose…</option>
              {Object.values(DAYS).map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("startTime")} label="Start time" errors={err("startTime")}>
          {(control) => <Input {...control} name={name("startTime")} type="time" defaultValue={meeting.startTime} />}
        </Field>
        <Field id={id("durationMinutes")} label="Length in minutes" hint="90 for an hour and a half." errors={err("durationMinutes")}>
          {(control) => (
            <Input {...control} name={name("durationMinutes")} type="number" inputMode="numeric" min={MIN_DURATION} max={MAX_DURATION} step={5} defaultValue={meeting.durationMinutes} />
          )}
        </Field>
        <Field id={id("startDate")} label="First date" hint="When it started or starts." errors={err("startDate")}>
          {(control) => <Input {...control} name={name("startDate")} type="date" defaultValue={meeting.startDate} />}
        </Field>
        <Field id={id("endDate")} label="Last date" optional hint="Leave empty if it carries on." errors={err("endDate")}>
          {(control) => <Input {...control} name={name("endDate")} type="date" defaultValue={meeting.endDate} />}
        </Field>
        <Field id={id("label")} label="Name for this meeting" optional hint="Only if the group has several, like “Evening group”." errors={err("label")} className="sm:col-span-2">
          {(control) => <Input {...control} name={name("label")} defaultValue={meeting.label} />}
        </Field>
      </div>
      <details className="group/details" open={Boolean(cancellationErrors?.length || meeting.cancellations?.trim())}>
        <summary className="min-h-tap py-2 font-semibold text-clay-700">Dates when the group won't meet</summary>
        <Field
          id={id("cancellations")}
          label="Cancelled dates"
          optional
          hint="One date a line, like 2026-12-24, with a reason after it if you like: “2026-12-24 Christmas Eve”."
          errors={cancellationErrors}
          className="mt-2"
        >
          {(control) => <Textarea {...control} name={name("cancellations")} rows={3} defaultValue={meeting.cancellations} />}
        </Field>
      </details>
      {remove ? (
        <div>
          <Button type="submit" name="intent" value={`${REMOVE_MEETING}${index}`} variant="ghost" size="sm" onClick={remove} className="-ml-4 text-rose-700">
            Remove meeting {index + 1}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
