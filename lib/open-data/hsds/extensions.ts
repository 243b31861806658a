// Village's additions to HSDS 3.0, in one place. HSDS lets a publisher add properties where
// the specification has no term for something, as long as they are documented: these JSON
// Schema fragments are that documentation. The OpenAPI document publishes them, the
// /open-data page lists them, and the tests add them to a strict copy of the HSDS schemas
// (where every other unknown property is refused), so an undocumented field fails a test.

type JsonSchema = Record<string, unknown>;

/** Extension properties by the HSDS object they belong to (the schema's `name`). */
export const HSDS_EXTENSIONS: Record<string, Record<string, JsonSchema>> = {
  service: {
    summary: {
      type: "string",
      description: "Village extension: the group's one-sentence summary, as shown in search results.",
    },
  },
  schedule: {
    timezone_name: {
      type: "string",
      description:
        "Village extension: the IANA time zone (e.g. America/Chicago) that dtstart, until, opens_at and closes_at follow. HSDS 3.0's timezone is a UTC offset only (openreferral/specification issue 265); here it is the offset at the next meeting, which changes with daylight saving. Prefer this field.",
      examples: ["America/Chicago"],
    },
    cancellations: {
      type: "array",
      description: "Village extension: local dates (YYYY-MM-DD, in timezone_name) on which the meeting does not take place, like iCalendar EXDATE, with the reason the organiser gave.",
      items: {
        type: "object",
        required: ["date"],
        additionalProperties: false,
        properties: {
          date: { type: "string", format: "date" },
          reason: { type: "string" },
        },
      },
    },
  },
};

/** "schedule.timezone_name", "service.summary"… */
export const extensionFieldNames = (): string[] => Object.entries(HSDS_EXTENSIONS).flatMap(([object, fields]) => Object.keys(fields).map((field) => `${object}.${field}`));
