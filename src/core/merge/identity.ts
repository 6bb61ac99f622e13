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

/** A unit's key from its cover: its code where it has one (any case, spaces and dots aside), else its name's. */
export const unitKeyOfCover = (name: string, code: string | undefined): string => {
  const c = code?.normalize("NFC").toLocaleUpperCase("vi").replace(/[\s.]/g, "");
  return c ? `#${c}` : unitKeyOf(name);
};

/** Whether a key is a unit's code: codes are told apart exactly, never as a slip of a name. */
export const isCodeKey = (key: string): boolean => key.startsWith("#");

/** Two decomposed keys one slip apart: one character added, dropped or changed, and not a digit. */
function slipApart(x: string, y: string): boolean {
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const left = x.slice(i, x.length - j);
  const right = y.slice(i, y.length - j);
  if (left.length > 1 || right.length > 1 || /\d/.test(left + right)) return false;
  // a one-letter word ("xã A", "xã B") is a name, not a slip
  const letters = (s: string) => {
    const end = s.indexOf(" ", i);
    return s.slice(s.lastIndexOf(" ", i - 1) + 1, end < 0 ? s.length : end).replace(/\p{M}/gu, "")
      .length;
  };
  return Math.min(letters(x), letters(y)) >= 2;
}

/**
 * Whether two unit keys are one letter or one accent apart (a typing slip, "Tân" for "Tấn"): decomposed, so
 * an accent is one mark. A digit is never a slip: "Phường 1" and "Phường 2" are two wards.
 */
export const oneSlipApart = (a: string, b: string): boolean =>
  slipApart(a.normalize("NFD"), b.normalize("NFD"));

/** For each key, the other keys one slip apart: keys are compared only with those of a near length. */
export function nearKeys(keys: string[]): Map<string, string[]> {
  const sorted = [...new Set(keys)]
    .filter((k) => !isCodeKey(k))
    .map((k) => ({ k, d: k.normalize("NFD") }))
    .sort((p, q) => p.d.length - q.d.length);
  const near = new Map<string, string[]>();
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.d.length - sorted[i]!.d.length <= 1; j++) {
      if (!slipApart(sorted[i]!.d, sorted[j]!.d)) continue;
      const a = sorted[i]!.k;
      const b = sorted[j]!.k;
      (near.get(a) ?? near.set(a, []).get(a)!).push(b);
      (near.get(b) ?? near.set(b, []).get(b)!).push(a);
    }
  return near;
}
