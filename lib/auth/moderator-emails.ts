/** Addresses in MODERATOR_EMAILS (comma-separated) become moderators when they sign in. */
export function isListedModerator(email: string | null | undefined, list = process.env.MODERATOR_EMAILS ?? ""): boolean {
  if (!email) return false;
  const wanted = email.trim().toLowerCase();
  return list
    .split(/[,\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .includes(wanted);
}
