// The licences OPEN_DATA_LICENCE can name by their SPDX identifier. Any other licence is
// given as "Name <https://…>". No imports: lib/env.ts reads this list.

export type Licence = {
  /** SPDX identifier, e.g. "CC-BY-4.0"; null for a licence given by name and address. */
  id: string | null;
  /** What people call it: "CC BY 4.0". */
  title: string;
  url: string;
};

export const KNOWN_LICENCES: Record<string, Licence> = {
  "CC-BY-4.0": { id: "CC-BY-4.0", title: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { id: "CC-BY-SA-4.0", title: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC0-1.0": { id: "CC0-1.0", title: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "ODC-By-1.0": { id: "ODC-By-1.0", title: "ODC Attribution 1.0", url: "https://opendatacommons.org/licenses/by/1-0/" },
  "ODbL-1.0": { id: "ODbL-1.0", title: "ODbL 1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  "OGL-UK-3.0": { id: "OGL-UK-3.0", title: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
};

export const DEFAULT_LICENCE_ID = "CC-BY-4.0";

const NAMED = /^([^<>]+?)\s*<(https?:\/\/[^\s<>]+)>$/;

/** "CC-BY-4.0" (any case), or "Name <https://…>"; null when it is neither. */
export function parseLicence(value: string): Licence | null {
  const text = value.trim();
  const known = Object.values(KNOWN_LICENCES).find((licence) => licence.id!.toLowerCase() === text.toLowerCase());
  if (known) return known;
  const named = NAMED.exec(text);
  if (!named) return null;
  try {
    return { id: null, title: named[1]!, url: new URL(named[2]!).toString() };
  } catch {
    return null;
  }
}
