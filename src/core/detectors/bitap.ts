/**
 * The fuzzy ranking of claimed names (claimed-identity.ts): what fuse.js answers for
 * `new Fuse(names.map((n) => ({ n })), { keys: ['n'], includeScore: true, threshold,
 * ignoreLocation: true, isCaseSensitive: true }).search(pattern, { limit })`, without the rest of
 * fuse.js (its index, keys, query parser and token search), which the worker never uses.
 *
 * Each name gets fuse.js's Bitap score (errors of the best approximate match of the pattern in the
 * name, over the pattern's length; patterns over 32 characters in 32-character chunks, averaged),
 * raised to the power of the name's field norm (1 / sqrt(words), to 3 decimals); names are ranked
 * by that score, then by position. test/unit/core/bitap.test.ts holds this to fuse.js itself (a
 * development dependency, and the explorer's search) on every listed name.
 *
 * Adapted from Fuse.js 7.5.0 (https://github.com/krisk/Fuse), src/search/bitap/search.ts,
 * src/search/bitap/createPatternAlphabet.ts, src/search/bitap/index.ts, src/tools/fieldNorm.ts
 * and src/core/computeScore.ts: Copyright (c) Kiro Risk, licensed under the Apache License 2.0
 * (LICENSES/fuse.js-Apache-2.0.txt). Changed: typed; only the options above (no location, no
 * match indices, case-sensitive, no diacritics folding), and the search loop without what those
 * options make constant (see chunkScore); the scores are theirs.
 */

const MAX_BITS = 32;

export interface Ranked {
  /** Position in the names given. */
  index: number;
  /**
   * Lower is closer (an exact name: Number.EPSILON to the power of its norm). A pattern of more
   * than 32 characters can match with a score above the threshold, so callers check it.
   */
  score: number;
}

function patternAlphabet(pattern: string): Record<string, number> {
  const mask: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let i = 0, len = pattern.length; i < len; i += 1) {
    const char = pattern.charAt(i);
    mask[char] = (mask[char] ?? 0) | (1 << (len - i - 1));
  }
  return mask;
}

/**
 * fuse.js's `search` with `ignoreLocation` and no match indices: the fewest errors (substitutions,
 * insertions, deletions) with which `pattern` occurs in `text`, over the pattern's length, at least
 * 0.001; null when that share would be over `threshold`. Its loop, less what `ignoreLocation` makes
 * constant: fuse.js's binary search for a window always ends on the whole text, and once a level
 * of errors matches, every later match at that level scores the same and the next level is never
 * tried, so the first match ends the search (and the exact-match prepass finds nothing that level
 * 0 does not).
 */
function chunkScore(text: string, pattern: string, alphabet: Record<string, number>, threshold: number): number | null {
  const patternLen = pattern.length;
  const mask = 1 << (patternLen - 1);
  const finish = text.length + patternLen;
  let lastBitArr: number[] = [];
  for (let errors = 0; errors < patternLen && errors / patternLen <= threshold; errors += 1) {
    const bitArr = new Array<number>(finish + 2);
    bitArr[finish + 1] = (1 << errors) - 1;
    for (let j = finish; j >= 1; j -= 1) {
      const charMatch = alphabet[text[j - 1] as string] as number;
      bitArr[j] = (((bitArr[j + 1] as number) << 1) | 1) & charMatch;
      if (errors)
        bitArr[j] =
          (bitArr[j] as number) | ((((lastBitArr[j + 1] as number) | (lastBitArr[j] as number)) << 1) | 1 | (lastBitArr[j + 1] as number));
      if ((bitArr[j] as number) & mask) return Math.max(0.001, errors / patternLen);
    }
    lastBitArr = bitArr;
  }
  return null;
}

/**
 * fuse.js's BitapSearch: the pattern cut into chunks of at most 32 characters once, then `searchIn`
 * gives its score in a text, or null when it does not match.
 */
export function bitapSearcher(pattern: string, threshold: number): (text: string) => number | null {
  const chunks: { pattern: string; alphabet: Record<string, number> }[] = [];
  const add = (part: string): void => {
    chunks.push({ pattern: part, alphabet: patternAlphabet(part) });
  };
  const len = pattern.length;
  if (len > MAX_BITS) {
    const remainder = len % MAX_BITS;
    const end = len - remainder;
    for (let i = 0; i < end; i += MAX_BITS) add(pattern.slice(i, i + MAX_BITS));
    if (remainder) add(pattern.slice(len - MAX_BITS));
  } else if (len > 0) {
    add(pattern);
  }
  return (text) => {
    if (pattern === text) return text.length >= 1 ? 0 : null;
    if (chunks.length === 0) return null;
    let total = 0;
    let matched = false;
    for (const chunk of chunks) {
      // A chunk not found counts 1 in the average, as in fuse.js.
      const score = chunkScore(text, chunk.pattern, chunk.alphabet, threshold);
      if (score !== null) matched = true;
      total += score ?? 1;
    }
    return matched ? total / chunks.length : null;
  };
}

/** The score of `pattern` in `text` (see bitapSearcher). */
export function bitapScore(pattern: string, text: string, threshold: number): number | null {
  return bitapSearcher(pattern, threshold)(text);
}

/** fuse.js's field norm (weight 1, 3 decimals): 1 / sqrt(the number of words). */
export function fieldNorm(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 9 && code <= 13) || code === 32 || code === 160)) {
      if (!inWord) {
        words++;
        inWord = true;
      }
    } else {
      inWord = false;
    }
  }
  return Math.round(1000 / Math.pow(Math.max(1, words), 0.5)) / 1000;
}

/**
 * The `limit` best of `names` for `pattern`, best first, as fuse.js ranks them (see above). A blank
 * pattern or name matches nothing here (fuse.js lists every item unscored for a blank pattern).
 */
export function rankNames(pattern: string, names: readonly string[], threshold: number, limit: number): Ranked[] {
  if (pattern.trim() === '') return [];
  const searchIn = bitapSearcher(pattern, threshold);
  const out: Ranked[] = [];
  names.forEach((name, index) => {
    if (name.trim() === '') return;
    const score = searchIn(name);
    if (score === null) return;
    out.push({ index, score: Math.pow(score === 0 ? Number.EPSILON : score, fieldNorm(name)) });
  });
  out.sort((a, b) => a.score - b.score || a.index - b.index);
  return out.slice(0, limit);
}
