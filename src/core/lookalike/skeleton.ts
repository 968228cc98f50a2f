/**
 * Skeletons: what a label looks like, so that look-alike spellings compare equal.
 *
 * UTS #39 defines skeleton(X) = NFD(map(NFD(X))) with the confusables table. We use the
 * IDN-recommended subset that the `unhomoglyph` package ships (MIT; 6,311 single code points), read
 * as a plain lookup table, instead of the package's own 6,311-branch regular expression. Then we add what the table leaves out and lookalike domains use:
 * - diacritics: NFD and drop combining marks (`spíegel` -> `spiegel`);
 * - ASCII tricks: `rn`->`m`, `vv`->`w`, `cl`->`d`, `0`->`o`, `1`->`l`, `I`->`l` (the table already
 *   maps `m` to `rn`, `0` to `O` and `1`/`I`/`|` to `l`; we fold `vv` and `cl` ourselves).
 * Case is folded last (hosts are lower-case anyway; the table maps upper-case letters to
 * upper-case ones).
 *
 * Both sides of a comparison (the visited label and each protected label) go through `skeleton`,
 * so the direction of a mapping never matters, only that it is the same on both sides.
 *
 * Cost: punycode decode (~2 µs) only for `xn--` labels; one pass over the code points.
 */
import punycode from 'punycode/punycode.js';
import confusables from 'unhomoglyph/data.json';

/**
 * The table as the JSON object itself: building a Map from its 6,311 entries cost ~8 ms at a cold
 * start, and a property read is as fast. Keys are single code points, so no inherited property
 * name (all longer than one character) can ever be read by mistake.
 */
const TABLE = confusables as Record<string, string>;

/**
 * Where the table's choice is not what a host name shows: Cyrillic palochka `ӏ` (U+04CF) is a bare
 * vertical stroke, which in address bars reads as `l`; the table maps it to `i`, so `aӏjazeera.com`
 * escaped as `aijazeera`; Greek kappa `κ` and Cyrillic ka `к` map to kra `ĸ`, not `k`, so
 * `volκskrant.nl` escaped too (both found by test/unit/quality/lookalike-recall.test.ts).
 */
const OVERRIDES: Record<string, string> = { '\u04CF': 'l', '\u03BA': 'k', '\u043A': 'k' };

const MARKS = /\p{M}/gu;
const ASCII_UNTOUCHED = /^[a-ln-z2-9-]*$/;
const ASCII_LABEL = /^[a-z0-9-]*$/;

/** Decodes a punycode (`xn--`) label or host to Unicode; returns the input when it is not one. */
export function toUnicodeHost(host: string): string {
  if (!host.includes('xn--')) return host;
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

/** The skeleton of a label (or any short string): see the design comment above. */
export function skeleton(input: string): string {
  // Most labels are plain ASCII without any letter the folding touches: their skeleton is
  // themselves (the table maps no other lower-case ASCII letter or digit). Punycode is not plain.
  if (ASCII_UNTOUCHED.test(input) && !input.includes('vv') && !input.includes('cl') && !input.includes('xn--')) return input;
  // Other plain ASCII labels: only the ASCII folds apply (no NFD, no table walk).
  if (ASCII_LABEL.test(input) && !input.includes('xn--')) return asciiFolds(input);
  const decomposed = toUnicodeHost(input).normalize('NFD');
  let mapped = '';
  for (const ch of decomposed) mapped += OVERRIDES[ch] ?? TABLE[ch] ?? ch;
  return asciiFolds(mapped.normalize('NFD').replace(MARKS, '').toLowerCase());
}

/**
 * The ASCII folds, in the table's order: first what the table maps (`m`->`rn`, `0`->`o`,
 * `1`->`l`; repeated here so that plain ASCII labels can skip the table), then what it leaves
 * out (`vv`->`w`, `cl`->`d`), so that `c1` and `cl` fold alike on both paths.
 */
function asciiFolds(text: string): string {
  let out = text;
  if (out.includes('m')) out = out.replace(/m/g, 'rn');
  if (out.includes('0')) out = out.replace(/0/g, 'o');
  if (out.includes('1')) out = out.replace(/1/g, 'l');
  if (out.includes('vv')) out = out.replace(/vv/g, 'w');
  if (out.includes('cl')) out = out.replace(/cl/g, 'd');
  return out;
}

/**
 * One character folded through the confusables table, for names rather than labels: ASCII is
 * left alone (so "Le Monde" keeps its "m"), other scripts' look-alike letters become the letter
 * they imitate (a Cyrillic "а" becomes "a").
 */
export function foldConfusable(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch;
  const mapped = TABLE[ch];
  return mapped === undefined ? ch : mapped.toLowerCase();
}

/** True when the label contains something other than ASCII letters, digits and hyphens. */
export function isNonAscii(label: string): boolean {
  return /[^a-z0-9-]/i.test(label);
}
