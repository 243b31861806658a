// PLACEHOLDER, to be replaced by the Spanish crisis lines (same type and keys as
// crisisNumbers, each line's text in Spanish, the US lines' Spanish options). Until then the
// Spanish help page shows the English data, so nobody is left without a number.
import { crisisNumbers } from "./crisis-numbers";

export const crisisNumbersEs: typeof crisisNumbers = crisisNumbers;
