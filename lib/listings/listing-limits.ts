// Lengths the listing form allows, without zod, so the browser's form fields can show them
// without loading the schema (see meeting-choices.ts).

export const LIMITS = {
  name: 120,
  summary: 200,
  description: 4000,
  costNote: 200,
  notes: 500,
  phone: 40,
  contactEmail: 254,
  joinInstructions: 1000,
  venueName: 200,
  addressLine: 200,
  locality: 120,
  region: 120,
  postalCode: 20,
} as const;
