/** A language's name in `locale`, capitalised as a label ("Spanish", "Español", "Inglés"). */
export function languageName(code: string, locale: string, fallback = code): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language" }).of(code);
  } catch {
    name = undefined;
  }
  const text = name && name !== code ? name : fallback;
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
