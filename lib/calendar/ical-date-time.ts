import type { ICalTemporalInstantStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from "ical-generator";
import { toInstant, toWallClock } from "@/lib/schedule/wall-clock";

// ical-generator prints a native Date given with a TZID through the server's own zone
// (getHours), and every date library it accepts turns a local time into an instant first,
// which silently moves a start time skipped by a spring-forward change (02:30 -> 03:30)
// and with it a whole recurring series. So we hand it Temporal-shaped values (a shape it
// documents and exports types for) that carry the wall-clock fields exactly as stored.

const iso = (floating: Date) => floating.toISOString().slice(0, 19);

/** A wall-clock time (a floating Date) that ical-generator writes as `DTSTART;TZID=<zone>:<fields>`. */
export function toICalDateTime(wallClock: Date): ICalTemporalPlainDateTimeStub {
  const plain: ICalTemporalPlainDateTimeStub = {
    ...readFields(wallClock),
    toJSON: () => iso(wallClock),
    toString: () => iso(wallClock),
    toPlainDate: () => ({
      year: wallClock.getUTCFullYear(),
      month: wallClock.getUTCMonth() + 1,
      day: wallClock.getUTCDate(),
      toJSON: () => iso(wallClock).slice(0, 10),
      toString: () => iso(wallClock).slice(0, 10),
    }),
    toZonedDateTime: (timeZone) => toZoned(wallClock, timeZone, plain),
  };
  return plain;
}

function toZoned(wallClock: Date, timeZoneId: string, plain: ICalTemporalPlainDateTimeStub): ICalTemporalZonedDateTimeStub {
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...readFields(wallClock),
    timeZoneId,
    toJSON: () => `${iso(wallClock)}[${timeZoneId}]`,
    toString: () => `${iso(wallClock)}[${timeZoneId}]`,
    toPlainDateTime: () => plain,
    toInstant: () => toInstantStub(toInstant(wallClock, timeZoneId)),
    withTimeZone: (timeZone) => {
      if (timeZone === timeZoneId) return zoned;
      const elsewhere = toWallClock(toInstant(wallClock, timeZoneId), timeZone);
      return toZoned(elsewhere, timeZone, toICalDateTime(elsewhere));
    },
  };
  return zoned;
}

function toInstantStub(instant: Date): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toZonedDateTimeISO: (timeZone) => toICalDateTime(toWallClock(instant, timeZone)).toZonedDateTime(timeZone),
  };
}

function readFields(floating: Date) {
  return {
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
  };
}
