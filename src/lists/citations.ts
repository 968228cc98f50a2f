/**
 * Citation health: a citation a journalist cannot follow is worthless, and one that follows a
 * moving branch may no longer hold what we cited. Pure; used by validate.ts (errors that fail
 * `npm run lists`) and by scripts/lists.ts and the tests (the list of citations nobody has checked
 * for a year, which is a to-do list, not a failure: checking needs a person and the network).
 */
import type { Source } from '../core/types';
import { partialDateStart } from '../core/detectors/listed';

const SHA = /^[0-9a-f]{40}$/;
/** A release tag: `v1.2`, `1.2.3`, `2024-02-12`, `v2025.1`: digits first after an optional `v`. */
const TAG = /^v?\d+(?:[.\-_]\d+)*(?:[.\-_+][0-9a-z]+)*$/i;

/**
 * Why a GitHub URL does not point to a fixed version, or null when it does (or is not GitHub).
 * Pinned: `github.com/<owner>/<repo>/(blob|tree|raw)/<40-hex commit or a version tag>/...`,
 * `github.com/<owner>/<repo>/commit/<sha>`, `raw.githubusercontent.com/<owner>/<repo>/<commit or tag>/...`,
 * or a release download under `/releases/download/<tag>/`. A repository root, or a file on a
 * branch (`main`, `master`), moves or disappears: the DIMA files cited here were deleted from
 * `main` a year after they were cited.
 */
export function githubPinProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Not https: the schema check already refuses it, with its own message.
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'github.com' && host !== 'www.github.com' && host !== 'raw.githubusercontent.com') return null;
  const parts = parsed.pathname.split('/').filter((p) => p !== '');
  let ref: string | undefined;
  if (host === 'raw.githubusercontent.com') {
    ref = parts[2];
  } else if (parts.length <= 2) {
    return 'points to a whole GitHub repository, which changes: point to `/tree/<commit>` (or a file at `/blob/<commit>/<path>`)';
  } else if (parts[2] === 'blob' || parts[2] === 'tree' || parts[2] === 'raw' || parts[2] === 'commit') {
    ref = parts[3];
  } else if (parts[2] === 'releases' && (parts[3] === 'tag' || parts[3] === 'download')) {
    ref = parts[4];
  } else {
    // Issues, pull requests, wiki pages, discussions: GitHub keeps their addresses; not a file version.
    return null;
  }
  if (ref === undefined || ref === '') return 'names no commit or tag: pin it to the commit you read';
  ref = decodeURIComponent(ref);
  if (SHA.test(ref) || TAG.test(ref)) return null;
  return `is on the branch or ref "${ref}", which moves: replace it with the 40-character commit you read (git log in the repository, or the commit shown on the file's page)`;
}

/** The citation-health problems of one source: each a message for `lists/sources.json: <id>: ...`. */
export function citationProblems(source: Partial<Source>): string[] {
  const out: string[] = [];
  if (typeof source.date !== 'string' || source.date === '') {
    out.push('has no date: give the date of the report or of the file version you cite (YYYY, YYYY-MM or YYYY-MM-DD)');
  }
  if (typeof source.url === 'string') {
    const pin = githubPinProblem(source.url);
    if (pin !== null) out.push(`url ${pin}`);
  }
  if (source.verified !== undefined && typeof source.verified === 'object' && source.verified !== null) {
    const d = source.verified.date;
    if (typeof d === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(d)) out.push(`verified.date "${d}" must be a full day, YYYY-MM-DD`);
  }
  return out;
}

/** How long a checked citation counts as checked. */
export const VERIFIED_MAX_DAYS = 365;

export interface StaleCitation {
  id: string;
  url: string;
  /** The last check, or null when nobody has checked it since it was added. */
  verified: string | null;
}

/**
 * Sources whose URL nobody has verified within `maxDays` of `now` (never verified included),
 * sorted by id: the citations to open and check again.
 */
export function staleCitations(sources: readonly Source[], now: Date, maxDays: number = VERIFIED_MAX_DAYS): StaleCitation[] {
  const limit = now.getTime() - maxDays * 86_400_000;
  const out: StaleCitation[] = [];
  for (const source of sources) {
    const date = source.verified?.date ?? null;
    const start = date === null ? NaN : partialDateStart(date);
    if (!(start >= limit)) out.push({ id: source.id, url: source.url, verified: date });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
