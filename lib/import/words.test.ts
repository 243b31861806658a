import { describe, expect, it } from "vitest";
import { audienceWord, clockWord, countryWord, formatWord, frequencyWord, languageWord, nthWeekWord, venueTypeWord, weekdayWord, yesNoWord } from "./words";

describe("the words people write for the form's choices", () => {
  it("become the form's values", () => {
    expect(["yes", "Y", "TRUE", "1", "✓"].map(yesNoWord)).toEqual([true, true, true, true, true]);
    expect(["no", "N", "false", "0"].map(yesNoWord)).toEqual([false, false, false, false]);
    expect(yesNoWord("")).toBeUndefined();
    expect(yesNoWord("maybe")).toBeNull();
    expect([weekdayWord("Tuesday"), weekdayWord("tue"), weekdayWord("TU"), weekdayWord("Tuesdays")]).toEqual(["TU", "TU", "TU", "TU"]);
    expect([frequencyWord("Every week"), frequencyWord("fortnightly"), frequencyWord("monthly"), frequencyWord("last week of the month")]).toEqual(["WEEKLY", "FORTNIGHTLY", "MONTHLY_NTH", "MONTHLY_LAST"]);
    expect([nthWeekWord("second"), nthWeekWord("2"), nthWeekWord("2nd")]).toEqual([2, 2, 2]);
    expect([formatWord("in person"), formatWord("Online"), formatWord("hybrid"), formatWord("In person and online")]).toEqual(["IN_PERSON", "ONLINE", "HYBRID", "HYBRID"]);
    expect([venueTypeWord("Hospital or birth centre"), venueTypeWord("church hall"), venueTypeWord("community center")]).toEqual(["HOSPITAL", "PLACE_OF_WORSHIP", "COMMUNITY_CENTRE"]);
    expect([audienceWord("dads"), audienceWord("NICU families"), audienceWord("new-parents")]).toEqual(["PARTNERS_DADS", "NICU_FAMILIES", "ALL_NEW_PARENTS"]);
    expect([languageWord("Spanish"), languageWord("es"), countryWord("United Kingdom"), countryWord("usa"), countryWord("ca")]).toEqual(["es", "es", "GB", "US", "CA"]);
    expect([clockWord("9:30"), clockWord("7pm"), clockWord("7:30 PM"), clockWord("12 am"), clockWord("18.45"), clockWord("19:30:00")]).toEqual(["09:30", "19:00", "19:30", "00:00", "18:45", "19:30"]);
  });

  it("are understood in Spanish too, as the Spanish template explains them", () => {
    expect(["sí", "si", "Sí"].map(yesNoWord)).toEqual([true, true, true]);
    expect([weekdayWord("martes"), weekdayWord("Miércoles"), weekdayWord("sáb")]).toEqual(["TU", "WE", "SA"]);
    expect([frequencyWord("cada semana"), frequencyWord("cada dos semanas"), frequencyWord("una vez al mes"), frequencyWord("la última semana del mes")]).toEqual(["WEEKLY", "FORTNIGHTLY", "MONTHLY_NTH", "MONTHLY_LAST"]);
    expect([nthWeekWord("segunda"), nthWeekWord("cuarta semana")]).toEqual([2, 4]);
    expect([formatWord("en persona"), formatWord("En línea"), formatWord("híbrido"), formatWord("presencial")]).toEqual(["IN_PERSON", "ONLINE", "HYBRID", "IN_PERSON"]);
    expect([venueTypeWord("biblioteca"), venueTypeWord("Centro comunitario"), venueTypeWord("iglesia")]).toEqual(["LIBRARY", "COMMUNITY_CENTRE", "PLACE_OF_WORSHIP"]);
    expect([audienceWord("parejas y papás"), audienceWord("Familias de la UCI neonatal")]).toEqual(["PARTNERS_DADS", "NICU_FAMILIES"]);
    expect([languageWord("español"), languageWord("Inglés"), countryWord("Estados Unidos"), countryWord("México"), countryWord("Reino Unido")]).toEqual(["es", "en", "US", "MX", "GB"]);
  });

  it("come back as written when they are none of the choices, for the form's rules to refuse", () => {
    expect([weekdayWord("Someday"), formatWord("by post"), languageWord("Klingon"), countryWord("Atlantis"), clockWord("noonish")]).toEqual(["Someday", "by post", "Klingon", "Atlantis", "noonish"]);
  });
});
