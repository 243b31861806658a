// Apart from the schema, so the contact form in the browser can show it without loading zod
// (see lib/listings/meeting-choices.ts).
export const CONTACT_MESSAGE_MAX = 2000;
