import { z } from "zod";
import { formMessage } from "@/lib/forms/form-message";

// Only the server parses with it: zod in the browser probes for eval, which the
// Content-Security-Policy reports as a violation.
export const signInEmailSchema = z.string().trim().toLowerCase().max(254, formMessage("Auth.emailTooLong")).email(formMessage("Auth.emailInvalid"));
