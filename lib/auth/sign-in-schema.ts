import { z } from "zod";

// Only the server parses with it: zod in the browser probes for eval, which the
// Content-Security-Policy reports as a violation.
export const signInEmailSchema = z.string().trim().toLowerCase().max(254, "That address is too long.").email("Enter an email address like name@example.org.");
