/**
 * Is this word in a Hunspell dictionary? Enough of Hunspell to answer that for a domain label,
 * at list-compile time only (never in the extension): `npm run lists` asks it for every label of
 * every protected outlet, to decide which labels are common words (src/lists/weak-labels.ts).
 *
 * A word is in the dictionary when it is a stem of the `.dic` file (without the NEEDAFFIX flag),
 * or a stem with one prefix or one suffix rule of the `.aff` file that the stem's flags allow and
 * whose condition the stem meets, or both (cross product). Compounding is not followed: a compound
 * ("weltspiegel") is not a dictionary word here, which keeps brand names that are made of two
 * words distinctive, as they are to a reader.
 *
 * Everything is compared in lower case (a label `zeit` finds the stem `Zeit`), with diacritics kept:
 * an ASCII label is not the word it would be with accents (`unian` is not Spanish `unían`).
 *
 * Flag formats: single characters (default, and `FLAG UTF-8`), `FLAG long` (two characters),
 * `FLAG num` (comma-separated numbers), and `AF` flag aliases.
 */

export interface AffixRule {
  flag: string;
  /** Folded characters removed from the stem before `add` is appended (prefix: prepended). */
  strip: string;
  add: string;
  condition: RegExp | null;
  cross: boolean;
}

export interface Dictionary {
  /** Folded stem -> flag sets of the entries that fold to it. */
  stems: Map<string, Set<string>[]>;
  /** Folded added text -> suffix rules that add it. */
  suffixes: Map<string, AffixRule[]>;
  prefixes: Map<string, AffixRule[]>;
  needAffix: string | null;
  /**
   * Folded stem -> how its entries are written: `lower` (`monde`), `capital` (`Welt`, `Figaro`) or
   * `other` (`NRC`, `iPhone`). Lets a caller tell common words from proper names.
   */
  caseOf: Map<string, Set<'lower' | 'capital' | 'other'>>;
}

export function fold(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

type FlagMode = 'char' | 'long' | 'num';

function splitFlags(text: string, mode: FlagMode): string[] {
  if (text === '') return [];
  if (mode === 'num') return text.split(',').filter((f) => f !== '');
  if (mode === 'long') {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += 2) out.push(text.slice(i, i + 2));
    return out;
  }
  return [...text];
}

/** A Hunspell condition (`[^aeiou]y`, `.`) as a RegExp anchored at the stem's end (or start). */
function conditionRegExp(condition: string, kind: 'PFX' | 'SFX'): RegExp | null {
  if (condition === '.' || condition === '') return null;
  const source = fold(condition).replace(/[\\^$*+?(){}|/]/g, (c, i: number, s: string) => {
    // `^` right after `[` is a negation and stays; any other special character is literal.
    if (c === '^' && s[i - 1] === '[') return c;
    return `\\${c}`;
  });
  try {
    return new RegExp(kind === 'SFX' ? `${source}$` : `^${source}`, 'u');
  } catch {
    return null;
  }
}

/**
 * Parses a dictionary. Throws with the line when a file is not a Hunspell dictionary, so that
 * `npm run lists` can name the file.
 */
export function parseDictionary(aff: string, dic: string): Dictionary {
  let mode: FlagMode = 'char';
  const aliases: string[][] = [];
  let needAffix: string | null = null;
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  const affLines = aff.split(/\r?\n/);
  const crossOf = new Map<string, boolean>();
  for (const raw of affLines) {
    const line = raw.replace(/^\uFEFF/, '');
    const parts = line.trim().split(/\s+/);
    const [key] = parts;
    if (key === 'FLAG') {
      if (parts[1] === 'long') mode = 'long';
      else if (parts[1] === 'num') mode = 'num';
    } else if (key === 'AF' && parts.length >= 2 && !/^\d+$/.test(parts[1] as string)) {
      aliases.push(splitFlags(parts[1] as string, mode));
    } else if (key === 'NEEDAFFIX' && parts[1] !== undefined) {
      needAffix = parts[1];
    } else if ((key === 'SFX' || key === 'PFX') && parts.length >= 4) {
      const flag = parts[1] as string;
      // The header ("SFX A Y 4") has a count where rules have a condition.
      if ((parts[2] === 'Y' || parts[2] === 'N') && /^\d+$/.test(parts[3] as string) && parts.length === 4) {
        crossOf.set(`${key}${flag}`, parts[2] === 'Y');
        continue;
      }
      if (parts.length < 5 && !(parts.length === 4)) continue;
      const strip = parts[2] === '0' ? '' : fold(parts[2] as string);
      const addField = (parts[3] as string).split('/')[0] as string;
      const add = addField === '0' ? '' : fold(addField);
      const rule: AffixRule = {
        flag,
        strip,
        add,
        condition: conditionRegExp(parts[4] ?? '.', key),
        cross: crossOf.get(`${key}${flag}`) ?? false,
      };
      const map = key === 'SFX' ? suffixes : prefixes;
      const list = map.get(add);
      if (list === undefined) map.set(add, [rule]);
      else list.push(rule);
    }
  }
  const stems = new Map<string, Set<string>[]>();
  const caseOf = new Map<string, Set<'lower' | 'capital' | 'other'>>();
  const dicLines = dic.split(/\r?\n/);
  if (dicLines.length < 2 || !/^\s*\d+/.test(dicLines[0]?.replace(/^\uFEFF/, '') ?? '')) {
    throw new Error('not a Hunspell .dic file (its first line must be the word count)');
  }
  for (let i = 1; i < dicLines.length; i++) {
    const line = dicLines[i] as string;
    if (line === '' || line.startsWith('\t')) continue;
    // "word/FLAGS morph..." ; a slash escaped as "\/" belongs to the word.
    const entry = line.split(/[\t ]/)[0] as string;
    const slash = entry.search(/(?<!\\)\//);
    const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
    const flagText = slash < 0 ? '' : entry.slice(slash + 1);
    let flags: string[];
    if (aliases.length > 0 && /^\d+$/.test(flagText)) flags = aliases[Number(flagText) - 1] ?? [];
    else flags = splitFlags(flagText, mode);
    const key = fold(word);
    const kind = word === word.toLowerCase() ? 'lower' : word === word[0]?.toUpperCase() + word.slice(1).toLowerCase() ? 'capital' : 'other';
    const kinds = caseOf.get(key);
    if (kinds === undefined) caseOf.set(key, new Set([kind]));
    else kinds.add(kind);
    const set = new Set(flags);
    const list = stems.get(key);
    if (list === undefined) stems.set(key, [set]);
    else list.push(set);
  }
  return { stems, suffixes, prefixes, needAffix, caseOf };
}

function stemAllows(dict: Dictionary, stem: string, flag: string | null, second?: string): boolean {
  const entries = dict.stems.get(stem);
  if (entries === undefined) return false;
  for (const flags of entries) {
    if (flag === null) {
      if (dict.needAffix === null || !flags.has(dict.needAffix)) return true;
    } else if (flags.has(flag) && (second === undefined || flags.has(second))) {
      return true;
    }
  }
  return false;
}

/** Candidate (stem, rule) pairs for removing one suffix from `word`. */
function* unsuffix(dict: Dictionary, word: string): Generator<{ stem: string; rule: AffixRule }> {
  for (let cut = 0; cut <= word.length; cut++) {
    const add = word.slice(cut);
    const rules = dict.suffixes.get(add);
    if (rules === undefined) continue;
    const base = word.slice(0, cut);
    for (const rule of rules) {
      const stem = base + rule.strip;
      if (stem === '') continue;
      if (rule.condition !== null && !rule.condition.test(stem)) continue;
      yield { stem, rule };
    }
  }
}

/** True when the folded `word` is a dictionary word (see the design comment above). */
export function hasWord(dict: Dictionary, input: string): boolean {
  const word = fold(input);
  if (word === '') return false;
  if (stemAllows(dict, word, null)) return true;
  for (const { stem, rule } of unsuffix(dict, word)) if (stemAllows(dict, stem, rule.flag)) return true;
  for (let cut = 0; cut <= word.length; cut++) {
    const add = word.slice(0, cut);
    const rules = dict.prefixes.get(add);
    if (rules === undefined) continue;
    const rest = word.slice(cut);
    for (const rule of rules) {
      const stem = rule.strip + rest;
      if (stem === '' || (rule.condition !== null && !rule.condition.test(stem))) continue;
      if (stemAllows(dict, stem, rule.flag)) return true;
      if (!rule.cross) continue;
      for (const inner of unsuffix(dict, stem)) {
        if (inner.rule.cross && stemAllows(dict, inner.stem, rule.flag, inner.rule.flag)) return true;
      }
    }
  }
  return false;
}
