// PLACEHOLDER, to be replaced by the Spanish checklist (same shape as checklist-items.ts,
// each export named with an Es suffix). Until then the Spanish families page shows English.
import { helpChecklist } from "./checklist-items";

export const helpChecklistEs: typeof helpChecklist = helpChecklist;
