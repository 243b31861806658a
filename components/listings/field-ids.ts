import { INTENT, serializeIntent } from "@conform-to/dom";

/** The id of the control for a form name: "location.locality" -> "field-location-locality", "meetings[0].startTime" -> "field-meetings-0-startTime". */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;

/** The form name of a meeting field, which is also its error key: meetings[0].startTime. */
export const meetingName = (index: number, field: string) => `meetings[${index}].${field}`;

/** The form field Conform reads a list change ("add a meeting", "remove meeting 2") from. */
export const INTENT_FIELD = INTENT;

export const removeIntent = (index: number) => serializeIntent({ type: "remove", payload: { name: "meetings", index } });
