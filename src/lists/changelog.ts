/**
 * `lists/CHANGELOG.md`: what each change to the lists added and removed, newest first. The newest
 * entry's version is the `version` of the compiled index, so a user's report can say which lists
 * judged a page.
 *
 * Pure: the caller hands in the lists before and after (file name -> entries) and the date.
 */
import { canonicalEntry } from './format';
import { isPlainObject } from './primitives';
import { listKindOf, type ListKind } from './schema';
import { compareVersions } from './version';

export { compareVersions };

export const CHANGELOG_HEADER = `# Lists changelog

What each change to \`lists/\` added and removed, newest first. The newest version here is the
\`version\` of the compiled index (\`public/unmask-index.json\`).

Add an entry after changing the lists and before committing them:
\`npm run lists -- --changelog "what changed and why"\` (add \`--version X.Y.Z\` for more than a patch
bump). It compares the lists at git HEAD (or \`--since REV\`) with the working tree.
`;

/** Entries of each list file: name relative to `lists/` -> parsed entries. */
export type ListSnapshot = ReadonlyMap<string, readonly unknown[]>;

export interface FileDiff {
  file: string;
  /** For indicator files, the campaign. */
  campaign?: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/** How an entry is identified across versions, and how it is shown. */
function identify(kind: ListKind, entry: unknown): { key: string; label: string } {
  if (!isPlainObject(entry)) return { key: JSON.stringify(entry), label: JSON.stringify(entry) };
  if (kind === 'indicators') {
    const value = String(entry.value);
    return { key: `${String(entry.kind)} ${value} ${String(entry.platform)}`, label: value };
  }
  return { key: String(entry.id), label: String(entry.id) };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per file: entries added, removed, and changed (same id or value, other content). */
export function diffLists(before: ListSnapshot, after: ListSnapshot): FileDiff[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  const diffs: FileDiff[] = [];
  for (const file of names) {
    const which = listKindOf(file);
    if (which === null) continue;
    const index = (entries: readonly unknown[] | undefined): Map<string, { label: string; json: string }> => {
      const map = new Map<string, { label: string; json: string }>();
      for (const entry of entries ?? []) {
        const { key, label } = identify(which.kind, entry);
        map.set(key, { label, json: JSON.stringify(canonicalEntry(which.kind, entry)) });
      }
      return map;
    };
    const old = index(before.get(file));
    const now = index(after.get(file));
    const diff: FileDiff = { file, added: [], removed: [], changed: [] };
    if (which.campaign !== undefined) diff.campaign = which.campaign;
    for (const [key, entry] of now) {
      const previous = old.get(key);
      if (previous === undefined) diff.added.push(entry.label);
      else if (previous.json !== entry.json) diff.changed.push(entry.label);
    }
    for (const [key, entry] of old) if (!now.has(key)) diff.removed.push(entry.label);
    diff.added.sort(compareStrings);
    diff.removed.sort(compareStrings);
    diff.changed.sort(compareStrings);
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) diffs.push(diff);
  }
  return diffs;
}

export interface ChangelogEntry {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  message: string;
  diffs: readonly FileDiff[];
}

/** Above this many changed entries in total, an entry gives counts only. */
export const MAX_LISTED_VALUES = 50;

function counts(d: { added: number; removed: number; changed: number }): string {
  return `${d.added} added, ${d.removed} removed, ${d.changed} changed`;
}

/** Markdown for one changelog entry (ends with a blank line). */
export function renderEntry(entry: ChangelogEntry): string {
  const total = { added: 0, removed: 0, changed: 0 };
  for (const d of entry.diffs) {
    total.added += d.added.length;
    total.removed += d.removed.length;
    total.changed += d.changed.length;
  }
  const listValues = total.added + total.removed + total.changed <= MAX_LISTED_VALUES;
  const code = (values: string[]): string => values.map((v) => `\`${v.replace(/`/g, "'")}\``).join(', ');
  const lines = [`## ${entry.version} (${entry.date})`, '', entry.message.trim(), ''];
  if (entry.diffs.length === 0) {
    lines.push('No list entries changed.');
  } else {
    for (const d of entry.diffs) {
      const where = d.campaign === undefined ? `\`${d.file}\`` : `\`${d.file}\` (campaign \`${d.campaign}\`)`;
      lines.push(`- ${where}: ${counts({ added: d.added.length, removed: d.removed.length, changed: d.changed.length })}`);
      if (listValues) {
        if (d.added.length) lines.push(`  - added: ${code(d.added)}`);
        if (d.removed.length) lines.push(`  - removed: ${code(d.removed)}`);
        if (d.changed.length) lines.push(`  - changed: ${code(d.changed)}`);
      }
    }
    lines.push('', `Total: ${counts(total)}.`);
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

const VERSION_HEADING = /^## (\d+\.\d+\.\d+)\b/m;

/** The version of the newest entry, or null when there is none yet. */
export function latestVersion(changelog: string): string | null {
  return VERSION_HEADING.exec(changelog)?.[1] ?? null;
}

export function isVersion(value: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(value);
}

export function bumpPatch(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major ?? 0}.${minor ?? 0}.${(patch ?? 0) + 1}`;
}

/** The changelog with the entry put above the newest one (or after the header when empty). */
export function prependEntry(changelog: string, entryText: string): string {
  const base = changelog.trim() === '' ? CHANGELOG_HEADER : changelog;
  const m = VERSION_HEADING.exec(base);
  if (m === null) return `${base.replace(/\n*$/, '\n')}\n${entryText}`;
  return `${base.slice(0, m.index)}${entryText}${base.slice(m.index)}`;
}
