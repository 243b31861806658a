/** The id of the control for an error key: "location.locality" -> "field-location-locality". */
export const fieldId = (key: string) => `field-${key.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** The form name of a meeting field: meetings[0].startTime. */
export const meetingName = (index: number, field: string) => `meetings[${index}].${field}`;

/** The error key of a meeting field: meetings.0.startTime. */
export const meetingKey = (index: number, field: string) => `meetings.${index}.${field}`;
