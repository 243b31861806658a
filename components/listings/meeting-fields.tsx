import { useLocale, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { FREQUENCIES, MAX_DURATION, MIN_DURATION, NTH_WEEKS } from "@/lib/listings/meeting-choices";
import type { Weekday } from "@/lib/schedule";
import { fieldId, INTENT_FIELD, meetingName, removeIntent } from "./field-ids";

type Props = {
  index: number;
  /** The block as posted; `id` names the stored meeting it edits. */
  meeting: Record<string, unknown>;
  errors: FieldErrors;
  /** Absent for the only meeting. With JavaScript the block goes at once; without, the button sends the form back. */
  onRemove?: () => void;
};

// The week-of-the-month choice only matters for "once a month, on a set week": CSS hides it
// for the other frequencies where :has() works, and it always shows without CSS.
const hideUnlessNth =
  "group-has-[option[value=WEEKLY]:checked]/meeting:hidden group-has-[option[value=FORTNIGHTLY]:checked]/meeting:hidden group-has-[option[value=MONTHLY_LAST]:checked]/meeting:hidden";

const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The days of the week named in `locale` as a list shows them: "Monday", "Lunes". */
function weekdayNames(locale: string): { value: Weekday; label: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 5 January 2026 is a Monday.
  return WEEKDAYS.map((value, i) => {
    const name = format.format(Date.UTC(2026, 0, 5 + i));
    return { value, label: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
}

/** One regular meeting: how often, which day, what time, for how long, from when. */
export function MeetingFields({ index, meeting, errors, onRemove }: Props) {
  const t = useTranslations("Listing");
  const locale = useLocale();
  const number = index + 1;
  const name = (field: string) => meetingName(index, field);
  const id = (field: string) => fieldId(name(field));
  const err = (field: string) => errors[name(field)];
  const value = (field: string) => textOf(meeting[field]);
  const remove = onRemove
    ? (event: MouseEvent<HTMLButtonElement>) => {
        event.preventDefault();
        onRemove();
      }
    : undefined;

  return (
    <fieldset className="group/meeting flex flex-col gap-5 rounded-card border border-line bg-paper-raised p-4 sm:p-6">
      <legend className="float-left mb-1 w-full font-serif text-xl font-semibold text-ink">{t("meeting.legend", { number })}</legend>
      <input type="hidden" name={name("id")} value={value("id") ?? ""} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={id("frequency")} label={t("meeting.frequency")} errors={err("frequency")} className="sm:col-span-2">
          {(control) => (
            <Select {...control} name={name("frequency")} defaultValue={value("frequency") ?? ""}>
              <option value="">{t("choose")}</option>
              {FREQUENCIES.map((f) => (
                <option key={f.value} value={f.value}>
                  {t(`frequencies.${f.value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("nthWeek")} label={t("meeting.nthWeek")} errors={err("nthWeek")} className={hideUnlessNth}>
          {(control) => (
            <Select {...control} name={name("nthWeek")} defaultValue={value("nthWeek") ?? ""}>
              <option value="">{t("choose")}</option>
              {NTH_WEEKS.map((w) => (
                <option key={w.value} value={String(w.value)}>
                  {t(`nthWeeks.${w.value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("weekday")} label={t("meeting.weekday")} errors={err("weekday")}>
          {(control) => (
            <Select {...control} name={name("weekday")} defaultValue={value("weekday") ?? ""}>
              <option value="">{t("choose")}</option>
              {weekdayNames(locale).map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id("startTime")} label={t("meeting.startTime")} errors={err("startTime")}>
          {(control) => <Input {...control} name={name("startTime")} type="time" defaultValue={value("startTime")} />}
        </Field>
        <Field id={id("durationMinutes")} label={t("meeting.duration")} hint={t("meeting.durationHint")} errors={err("durationMinutes")}>
          {(control) => (
            <Input {...control} name={name("durationMinutes")} type="number" inputMode="numeric" min={MIN_DURATION} max={MAX_DURATION} step={5} defaultValue={value("durationMinutes")} />
          )}
        </Field>
        <Field id={id("startDate")} label={t("meeting.startDate")} hint={t("meeting.startDateHint")} errors={err("startDate")}>
          {(control) => <Input {...control} name={name("startDate")} type="date" defaultValue={value("startDate")} />}
        </Field>
        <Field id={id("endDate")} label={t("meeting.endDate")} optional hint={t("meeting.endDateHint")} errors={err("endDate")}>
          {(control) => <Input {...control} name={name("endDate")} type="date" defaultValue={value("endDate")} />}
        </Field>
        <Field id={id("label")} label={t("meeting.label")} optional hint={t("meeting.labelHint")} errors={err("label")} className="sm:col-span-2">
          {(control) => <Input {...control} name={name("label")} defaultValue={value("label")} />}
        </Field>
      </div>
      {remove ? (
        <div>
          <Button type="submit" name={INTENT_FIELD} value={removeIntent(index)} variant="ghost" size="sm" onClick={remove} className="-ml-4 text-rose-700">
            {t("meeting.remove", { number })}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
