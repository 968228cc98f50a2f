/**
 * The canonical text of a list file, so that diffs show only real changes and two people adding
 * entries at once rarely conflict.
 *
 * - A JSON array; 2-space indentation; a final newline.
 * - Keys in the order `src/core/types.ts` declares them (the field lists in schema.ts); optional keys
 *   dropped when empty (`""`, `[]`, `{}`) or undefined. Unknown keys are kept, after the known
 *   ones, so that formatting never hides a typo (`sorces`) from the validator.
 * - Sources, actors, campaigns, outlets and artifacts sorted by `id`, one pretty-printed entry each;
 *   indicators sorted by `value` (then `kind`, `platform`), one line each, because there are
 *   thousands of them and a line per indicator keeps `git diff` and `git blame` readable.
 *
 * Sorting compares UTF-16 code units (not the locale), so the bytes never depend on the machine.
 */
import { isPlainObject } from './primitives';
import { FIELDS_BY_KIND, type Field, type FieldType, type ListKind } from './schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

function canonicalValue(spec: FieldType, value: unknown): unknown {
  if (spec.type === 'object' && isPlainObject(value)) return canonicalObject(spec.fields, value);
  if (spec.type === 'array' && Array.isArray(value)) return value.map((item) => canonicalValue(spec.of, item));
  return value;
}

/** An object with its known keys in schema order, empty optional keys dropped, unknown keys last. */
export function canonicalObject(fields: readonly Field[], value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!Object.hasOwn(value, field.key)) continue;
    const v = canonicalValue(field.spec, value[field.key]);
    if (v === undefined || (field.optional && isEmpty(v))) continue;
    out[field.key] = v;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(out, key) && !fields.some((f) => f.key === key) && value[key] !== undefined) {
      // defineProperty, so that a key named `__proto__` stays a key (and gets reported) instead
      // of silently becoming the object's prototype.
      Object.defineProperty(out, key, { value: value[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** One entry of a list in canonical form (non-objects are returned as they are). */
export function canonicalEntry(kind: ListKind, entry: unknown): unknown {
  return isPlainObject(entry) ? canonicalObject(FIELDS_BY_KIND[kind], entry) : entry;
}

function field(entry: unknown, key: string): string {
  if (!isPlainObject(entry)) return '';
  const v = entry[key];
  return typeof v === 'string' ? v : '';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical order of entries: by id, or for indicators by value, kind, platform. */
export function compareEntries(kind: ListKind, a: unknown, b: unknown): number {
  if (kind === 'indicators') {
    return (
      compareStrings(field(a, 'value'), field(b, 'value')) ||
      compareStrings(field(a, 'kind'), field(b, 'kind')) ||
      compareStrings(field(a, 'platform'), field(b, 'platform'))
    );
  }
  return compareStrings(field(a, 'id'), field(b, 'id'));
}

/** Entries in canonical form and order (a new array; the input is not changed). */
export function canonicalEntries<T = unknown>(kind: ListKind, entries: readonly unknown[]): T[] {
  // Array.prototype.sort is stable, so entries that compare equal (duplicates the validator
  // reports) keep their relative order and formatting stays idempotent.
  return entries.map((e) => canonicalEntry(kind, e)).sort((a, b) => compareEntries(kind, a, b)) as T[];
}

/** The canonical text of a list file holding these entries. */
export function formatList(kind: ListKind, entries: readonly unknown[]): string {
  const sorted = canonicalEntries(kind, entries);
  if (sorted.length === 0) return '[]\n';
  const lines = sorted.map((entry) =>
    kind === 'indicators'
      ? `  ${JSON.stringify(entry as Json)}`
      : JSON.stringify(entry as Json, null, 2)
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n'),
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}

/**
 * Formats the text of a list file. Throws a SyntaxError (with the file name) when the text is not
 * a JSON array: the formatter never guesses at broken input.
 */
export function formatListText(kind: ListKind, text: string, name = 'list'): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new SyntaxError(`${name}: not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SyntaxError(`${name}: must be a JSON array of entries`);
  return formatList(kind, parsed);
}

/**
 * The 1-based line of the first difference between a file and its canonical form, to point a
 * maintainer at the place; null when they are equal.
 */
export function firstDifferentLine(actual: string, canonical: string): number | null {
  if (actual === canonical) return null;
  const a = actual.split('\n');
  const b = canonical.split('\n');
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  return n;
}
