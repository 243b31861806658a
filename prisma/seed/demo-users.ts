import type { Role } from "@/lib/db/generated/client";
import type { OrganiserKey } from "./demo-types";

/** Fictional people. Emails are on example.org, which can never reach a real inbox. */
export const demoOrganisers: Record<OrganiserKey, { name: string; email: string }> = {
  rosa: { name: "Rosa Delgado", email: "rosa.delgado@example.org" },
  hannah: { name: "Hannah Whitcombe", email: "hannah.whitcombe@example.org" },
  priya: { name: "Priya Raman", email: "priya.raman@example.org" },
};

export const demoModerator = { name: "Jordan Ellery", email: "moderator@example.org" };

export const demoUsers: { key: OrganiserKey | "moderator"; name: string; email: string; role: Role }[] = [
  ...(Object.entries(demoOrganisers) as [OrganiserKey, { name: string; email: string }][]).map(([key, u]) => ({ key, ...u, role: "ORGANISER" as const })),
  { key: "moderator", ...demoModerator, role: "MODERATOR" },
];
