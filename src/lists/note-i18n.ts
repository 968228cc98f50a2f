/**
 * The lists' notes in the other UI languages: what each DISARM technique and each attribution
 * means for an operation (`tactics[].note`, `attribution[].note` in lists/campaigns.json) and how a
 * source was read (`via` in lists/sources.json). Kept as `lists/i18n/notes.<lang>.json`, an object
 * from the English note to its translation:
 *
 *   { "Registers its own domains for websites that look like news outlets.": "Registriert …" }
 *
 * Keyed by the English itself, so a translator reads what is translated, a note shared by several
 * operations is translated once, and a note reworded in English no longer finds its translation:
 * it is shown in English until a translator adds the new one. Entries that no English note uses
 * any more are named by `npm run lists` (stale), not failed.
 *
 * Pure: no file access (scripts/lists.ts reads and writes the files).
 */
import { CAMPAIGN_I18N_DIR } from './campaign-i18n';

export const noteI18nFile = (lang: string) => `${CAMPAIGN_I18N_DIR}/notes.${lang}.json`;

/** English note -> its translation (the compiled file holds only the notes in use). */
export type NoteTranslations = Record<string, string>;

interface WithNotes {
  campaigns: readonly { tactics?: readonly { note?: string }[]; attribution?: readonly { note?: string }[] }[];
  sources: readonly { via?: string }[];
}

/** Every English note of the lists. */
export function englishNotes(lists: WithNotes): Set<string> {
  const notes = new Set<string>();
  for (const c of lists.campaigns) {
    for (const t of c.tactics ?? []) if (t.note) notes.add(t.note);
    for (const a of c.attribution ?? []) if (a.note) notes.add(a.note);
  }
  for (const s of lists.sources) if (s.via) notes.add(s.via);
  return notes;
}

export interface NoteCheck {
  /** Problems that fail `npm run lists`: the file's shape. */
  problems: string[];
  /** Translations of English that no note says any more (said, not failed). */
  stale: string[];
  compiled: NoteTranslations;
}

/** Checks one language's notes file against the English notes in use. */
export function checkNoteTranslations(data: unknown, notes: ReadonlySet<string>): NoteCheck {
  const problems: string[] = [];
  const stale: string[] = [];
  const compiled: NoteTranslations = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: ['must be a JSON object: English note -> its translation'], stale, compiled };
  }
  for (const [english, text] of Object.entries(data as Record<string, unknown>)) {
    if (typeof text !== 'string' || text.trim() === '' || text !== text.trim()) {
      problems.push(`${JSON.stringify(english.slice(0, 60))}: the translation must be non-empty text without surrounding spaces`);
      continue;
    }
    if (!notes.has(english)) stale.push(english);
    else compiled[english] = text;
  }
  return { problems, stale, compiled };
}

/** How many of the English notes a language translates. */
export function noteCoverage(compiled: NoteTranslations, notes: ReadonlySet<string>): number {
  let n = 0;
  for (const note of notes) if (Object.hasOwn(compiled, note)) n++;
  return n;
}

function translate(note: string | undefined, notes: NoteTranslations): string | undefined {
  return note !== undefined && Object.hasOwn(notes, note) ? notes[note] : note;
}

/** The lists with their notes in a language (the English where a note has no translation). */
export function localizeNotes<L extends WithNotes>(lists: L, notes: NoteTranslations | null): L {
  if (notes === null) return lists;
  const campaigns = lists.campaigns.map((c) => ({
    ...c,
    ...(c.tactics ? { tactics: c.tactics.map((t) => (t.note ? { ...t, note: translate(t.note, notes) } : t)) } : {}),
    ...(c.attribution ? { attribution: c.attribution.map((a) => (a.note ? { ...a, note: translate(a.note, notes) } : a)) } : {}),
  }));
  const sources = lists.sources.map((s) => (s.via ? { ...s, via: translate(s.via, notes) } : s));
  return { ...lists, campaigns, sources };
}
