/**
 * A unit's name as a key, so that the ways people type one name meet: Unicode composed or not, the tone mark
 * on either vowel ("Hoà" as Unikey's old style, "Hòa"), case, spaces, dots, and the usual abbreviations
 * ("UBND" for "Ủy ban nhân dân"). The name shown is always the one the unit wrote.
 */

/** The five tone marks, decomposed; the other marks (â, ă, ơ, ư, đ) belong to their letter. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Abbreviations written for the words of unit names, by the lower-case word. */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  tp: "thành phố",
  tx: "thị xã",
};

/** A word's tone mark moved after its letters: one place, wherever it was typed. */
const toneLast = (word: string): string => {
  const letters = word.normalize("NFD");
  return letters.replace(TONES, "") + (letters.match(TONES) ?? []).join("");
};

export const unitKeyOf = (name: string): string =>
  name
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => (ABBREVIATIONS[w] ?? w).split(" ").map(toneLast).join(" "))
    .join(" ")
    .normalize("NFC");
