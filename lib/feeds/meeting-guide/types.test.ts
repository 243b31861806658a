import { describe, expect, it } from "vitest";
import { languageType, meetingGuideTypeDictionary, meetingGuideTypes, VILLAGE_TYPE_PREFIX, type TypedGroup } from "./types";
import { SPEC_TYPE_NAMES } from "./spec-types";

const plain: TypedGroup = {
  format: "IN_PERSON",
  audiences: [],
  languages: [],
  isFree: false,
  registrationRequired: false,
  babiesWelcome: false,
  childcareProvided: false,
  wheelchairAccessible: false,
};

// The format's reserved and proposed codes, copied from code4recovery/spec's README: the
// codes Village adds must be none of them.
const RESERVED = ["11", "12x12", "A", "ABSI", "AF", "AL", "AL-AN", "AM", "AR", "ASL", "B", "BA", "BE", "BG", "BI", "BRK", "C", "CAN", "CF", "D", "DA", "DB", "DD", "DE", "DR", "EL", "EN", "FA", "FI", "FF", "FR", "G", "GR", "H", "HE", "HI", "HR", "HU", "IS", "ITA", "JA", "KA", "KOR", "L", "LGBTQ", "LIT", "LS", "LT", "M", "MED", "ML", "MT", "N", "NB", "NDG", "NE", "NL", "NO", "O", "OUT", "P", "POA", "POC", "POL", "POR", "PUN", "RUS", "S", "SEN", "SK", "SL", "SM", "SP", "ST", "SV", "T", "TC", "TH", "TL", "TR", "TUR", "UK", "W", "X", "XB", "XT", "Y", "BV-I", "D-HOH", "LO-I", "QSL", "RSL", "ONL"];

describe("meetingGuideTypes", () => {
  it("uses the reserved codes whose meaning matches", () => {
    const types = meetingGuideTypes({
      ...plain,
      audiences: ["LGBTQ_PARENTS", "YOUNG_PARENTS"],
      languages: ["es", "en"],
      babiesWelcome: true,
      childcareProvided: true,
      wheelchairAccessible: true,
    });
    expect(types).toEqual(["BA", "CF", "EN", "LGBTQ", "S", "X", "Y"]);
  });

  it("gives Village's own codes to audiences and facts the format has no code for", () => {
    const types = meetingGuideTypes({ ...plain, audiences: ["PREGNANCY_INFANT_LOSS", "MOTHERS_BIRTHING_PARENTS"], isFree: true, registrationRequired: true });
    expect(types).toEqual(["VLG-FREE", "VLG-LOSS", "VLG-MOTHERS", "VLG-REGISTER"]);
    // Mothers and birthing parents are not a women's meeting (W), nor partners a men's (M).
    expect(meetingGuideTypes({ ...plain, audiences: ["MOTHERS_BIRTHING_PARENTS", "PARTNERS_DADS"] })).not.toEqual(expect.arrayContaining(["W"]));
    expect(meetingGuideTypes({ ...plain, audiences: ["PARTNERS_DADS"] })).not.toContain("M");
  });

  it("says nothing about a room for an online group", () => {
    const online = meetingGuideTypes({ ...plain, format: "ONLINE", childcareProvided: true, wheelchairAccessible: true, babiesWelcome: true });
    expect(online).toEqual(["CF"]);
    expect(meetingGuideTypes({ ...plain, format: "HYBRID", wheelchairAccessible: true })).toEqual(["X"]);
  });

  it("lists each code once, sorted", () => {
    const types = meetingGuideTypes({ ...plain, audiences: ["FAMILIES", "ALL_NEW_PARENTS", "FAMILIES"], languages: ["zh", "zh"] });
    expect(types).toEqual(["VLG-FAMILIES", "VLG-LANG-ZH", "VLG-NEW-PARENTS"]);
  });
});

describe("languageType", () => {
  it.each([
    ["en", "EN"],
    ["es", "S"],
    ["it", "ITA"],
    ["ko", "KOR"],
    ["pa", "PUN"],
    ["pt", "POR"],
    ["ase", "ASL"],
    ["zh", "VLG-LANG-ZH"],
    ["vi", "VLG-LANG-VI"],
  ])("%s -> %s", (code, type) => expect(languageType(code)).toBe(type));
});

describe("the codes Village adds", () => {
  const everyAudience = ["ALL_NEW_PARENTS", "MOTHERS_BIRTHING_PARENTS", "PARTNERS_DADS", "FAMILIES", "PREGNANCY_INFANT_LOSS", "NICU_FAMILIES", "MULTIPLES", "LGBTQ_PARENTS", "YOUNG_PARENTS"] as const;
  const sent = meetingGuideTypes({ ...plain, audiences: [...everyAudience], isFree: true, registrationRequired: true, babiesWelcome: true, childcareProvided: true, wheelchairAccessible: true, languages: ["zh", "so", "ur", "vi"] });

  it("are none of the format's reserved or proposed codes, and no language code", () => {
    const ours = sent.filter((code) => !(code in SPEC_TYPE_NAMES));
    expect(ours.length).toBeGreaterThan(5);
    for (const code of ours) {
      expect(code.startsWith(VILLAGE_TYPE_PREFIX)).toBe(true);
      expect(RESERVED).not.toContain(code);
      expect(code).toMatch(/-/);
    }
  });

  it("are all named in the dictionary, with the reserved ones under the format's own names", () => {
    const dictionary = meetingGuideTypeDictionary([
      { code: "en", name: "English" },
      { code: "es", name: "Spanish" },
      { code: "zh", name: "Chinese" },
      { code: "so", name: "Somali" },
      { code: "ur", name: "Urdu" },
      { code: "vi", name: "Vietnamese" },
    ]);
    for (const code of sent) expect(dictionary[code], code).toBeDefined();
    expect(dictionary.S).toEqual({ en: "Spanish", es: "Español" });
    expect(dictionary.X).toEqual({ en: "Wheelchair Access", es: "Acceso en silla de ruedas" });
    expect(dictionary["VLG-LANG-ZH"]).toEqual({ en: "Chinese", es: "Chino" });
    expect(dictionary["VLG-LOSS"]?.en).toBe("Pregnancy or infant loss");
    expect(Object.keys(dictionary)).toEqual([...Object.keys(dictionary)].sort((a, b) => a.localeCompare(b)));
  });
});
