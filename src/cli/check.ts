/**
 * The `check` command line: `npm run --silent check -- [--json] [--lang LANG] [--html FILE]
 * [--list FILE]... [--settings FILE] [--sensitivity LEVEL] TARGET...`
 *
 * A contract other tools depend on (README "The `check` command line"):
 * - TARGET is a URL, a bare host or a profile URL. With `--html FILE` there is exactly one TARGET,
 *   the URL the page was served from; the page's signals are read from FILE with the content
 *   script's own `extractSignals`, on a happy-dom document whose URL is TARGET (no scripts, no
 *   loading, no network).
 * - Targets are judged as the extension judges them for the same settings: `judgeOptions(settings)`,
 *   with the settings read from `--settings FILE` (a file exported by the options page, read by
 *   the options page's own `importSettingsText`) or the defaults, and `--sensitivity` over either.
 *   A page's text is read only when the extension would read it (`wantsPageText`).
 * - Without `--json`: a readable report per target, in English or in `--lang` (the finding
 *   sentences through src/core/i18n, the level words from public/_locales/LANG). With `--json`:
 *   exactly one JSON object per line per target, with exactly the keys of `JsonVerdict` below;
 *   `summary` stays English whatever `--lang` says, and `summaryKey`/`summaryParams` let a tool
 *   render it in any language (src/core/i18n/render.ts `renderMessage`).
 * - Exit 0 when every target was judged, whatever the levels; 2 on bad input (unparseable
 *   target, missing or unreadable file, `--html` without exactly one target, unknown option, no
 *   target, no index), after judging every target that could be judged; 1 on an internal error.
 *   A `--lang` we do not write is one line and exit 2, and nothing is judged.
 *   Bad settings (a `--settings` file that cannot be read or is refused, a `--sensitivity` that is
 *   not a level) judge nothing: a verdict under other settings than asked would mislead.
 *
 * `main(argv, io, deps)` is importable so that tests drive it without spawning a process.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEngine } from '../core/engine';
import { trustingEntryOf } from '../core/allowlist';
import { levelMessageKey } from '../core/levels';
import type { CompiledLists, Engine, Finding, JudgeOptions, Level, PageSignals, Verdict } from '../core/types';
import { DEFAULT_SETTINGS, judgeOptions, parseSettings, wantsPageText, type Settings } from '../extension/settings';
import { extractSignals, extractText } from '../signals/extract';
import { importSettingsText, MAX_IMPORT_BYTES } from '../ui/options-model';
import { documentFromHtml } from './html';
import { englishMessage, localeMessage } from './messages';
import { findingSentence, LANGS } from '../core/i18n/render';
import type { Lang, SummaryMessage } from '../core/i18n/types';
import { parseCompiled, readIndex } from '../lists/compiled';
import { MANIFEST_FILE, SIGNATURE_FILE, UpdateError, importTrustedKeys, verifyFile, verifyManifest } from '../lists/updates/bundle';
import { PINNED_LIST_KEYS } from '../lists/updates/keys';
import { bundledContext, CUSTOM_LIMITS, mergeCustomLists, parseCustomListText, uniqueListId, type CustomList } from '../lists/custom';

// ---------------------------------------------------------------------------------------------
// The JSON line contract
// ---------------------------------------------------------------------------------------------

export interface JsonSource {
  publisher: string;
  title: string;
  url: string;
  /** As precise as the source gives it (YYYY, YYYY-MM, YYYY-MM-DD); null when it gives none. */
  date: string | null;
}

export interface JsonFinding {
  reason: string;
  level: Exclude<Level, 'none'>;
  /** English, always (the sentence as it was before there were languages). */
  summary: string;
  /** The same sentence as data: a key of src/core/i18n/types.ts `SummaryParamsByKey`... */
  summaryKey?: SummaryMessage['key'];
  /** ...and its parameters (names, dates as the source gives them, counts). */
  summaryParams?: SummaryMessage['params'];
  indicator?: string;
  campaign?: { id: string; name: string };
  actor?: { id: string; name: string; country: string };
  impersonates?: string;
  sources: JsonSource[];
}

export interface JsonVerdict {
  target: string;
  level: Level;
  findings: JsonFinding[];
}

/** Maps an engine Finding to the contract shape: these keys, in this order, and nothing else. */
export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = { reason: f.reason, level: f.level, summary: f.summary } as JsonFinding;
  if (f.message) {
    out.summaryKey = f.message.key;
    out.summaryParams = f.message.params;
  }
  if (typeof f.indicator === 'string') out.indicator = f.indicator;
  if (f.campaign) out.campaign = { id: f.campaign.id, name: f.campaign.name };
  if (f.actor) out.actor = { id: f.actor.id, name: f.actor.name, country: f.actor.country };
  if (typeof f.impersonates === 'string') out.impersonates = f.impersonates;
  out.sources = (f.sources ?? []).map((s) => ({
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    date: typeof s.date === 'string' ? s.date : null,
  }));
  return out;
}

/** `target` is what the person typed, even when the engine judged a normalised URL. */
export function toJsonVerdict(target: string, v: Verdict): JsonVerdict {
  return { target, level: v.level, findings: v.findings.map(toJsonFinding) };
}

/**
 * One JSON line. JSON.stringify leaves C1 controls and U+2028/U+2029 raw; page-derived strings
 * (claimed names in summaries) could carry them to a terminal or break line-oriented readers.
 * Escaping them keeps the same parsed value.
 */
export function jsonLine(v: JsonVerdict): string {
  return JSON.stringify(v).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------------------------------------
// The readable report
// ---------------------------------------------------------------------------------------------

/** The report's own few words, per language. */
const LABELS: Record<Lang, { none: string; matched: string; campaign: string; actor: string; impersonates: string; sources: string }> = {
  en: { none: 'No findings.', matched: 'Matched', campaign: 'Campaign', actor: 'Actor', impersonates: 'Impersonates', sources: 'Sources' },
  de: { none: 'Keine Befunde.', matched: 'Treffer', campaign: 'Operation', actor: 'Akteur', impersonates: 'Ahmt nach', sources: 'Quellen' },
  fr: {
    none: 'Aucun constat.',
    matched: 'Correspondance',
    campaign: 'Opération',
    actor: 'Acteur',
    impersonates: 'Imite',
    sources: 'Sources',
  },
  uk: {
    none: 'Нічого не знайдено.',
    matched: 'Збіг',
    campaign: 'Операція',
    actor: 'Виконавець',
    impersonates: 'Імітує',
    sources: 'Джерела',
  },
  pl: {
    none: 'Brak ustaleń.',
    matched: 'Dopasowanie',
    campaign: 'Operacja',
    actor: 'Podmiot',
    impersonates: 'Podszywa się pod',
    sources: 'Źródła',
  },
  ru: {
    none: 'Ничего не найдено.',
    matched: 'Совпадение',
    campaign: 'Операция',
    actor: 'Исполнитель',
    impersonates: 'Имитирует',
    sources: 'Источники',
  },
};

/** Page-derived text must never drive the terminal: controls and bidi overrides become spaces. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const safe = (s: string): string => s.replace(UNSAFE, ' ');

const regionNames = new Map<Lang, Intl.DisplayNames | null>();
function countryName(code: string, lang: Lang): string {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    const name = regionNames.get(lang)?.of(code);
    return name && name !== code ? `${name}, ${code}` : code;
  } catch {
    return code;
  }
}

/** The report for one target; `lang` for its words (the names, sources and titles stay as published). */
export function textReport(target: string, v: Verdict, lang: Lang = 'en'): string[] {
  const words = LABELS[lang];
  // The popup's words for the level, from the finding that sets it (a named amplifier, an imitation).
  const key = levelMessageKey(v.level, v.findings[0]);
  const levelWord = localeMessage(lang, key);
  const lines = [`${safe(target)}: ${v.level.toUpperCase()}: ${levelWord === key ? v.level : levelWord}`];
  if (v.findings.length === 0) lines.push(`  ${words.none}`);
  v.findings.forEach((f, i) => {
    lines.push(`  ${i + 1}. [${f.level}] ${safe(findingSentence(f, lang))}`);
    if (f.indicator) lines.push(`     ${words.matched}: ${safe(f.indicator)}`);
    if (f.campaign) lines.push(`     ${words.campaign}: ${safe(f.campaign.name)} (${f.campaign.id})`);
    if (f.actor) lines.push(`     ${words.actor}: ${safe(f.actor.name)} (${countryName(f.actor.country, lang)})`);
    if (f.impersonates) lines.push(`     ${words.impersonates}: ${safe(f.impersonates)}`);
    if (f.sources.length > 0) {
      lines.push(`     ${words.sources}:`);
      for (const s of f.sources) {
        lines.push(`       - ${safe(s.publisher)}, "${safe(s.title)}"${s.date ? `, ${s.date}` : ''}`);
        lines.push(`         ${safe(s.url)}`);
      }
    }
  });
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

export const USAGE = `Usage: npm run --silent check -- [--json] [--lang LANG] [--html FILE] [--list FILE]...
                                [--settings FILE] [--sensitivity LEVEL] [--index DIR] TARGET...

Tells whether each TARGET belongs to a documented foreign influence operation, and which public
report says so. Nothing is sent anywhere: the check runs on the local lists.

  TARGET        a URL (https://washingtonpost.pm/...), a bare host (washingtonpost.pm) or a
                profile URL (https://x.com/name, t.me/name). "@name" alone is ambiguous.
  --json        one JSON object per line per target:
                {"target","level","findings":[{"reason","level","summary","summaryKey",
                "summaryParams","indicator"?,"campaign"?,"actor"?,"impersonates"?,
                "sources":[{"publisher","title","url","date"}]}]}
                "summary" is English; "summaryKey" and "summaryParams" are the same sentence as
                data, for rendering in another language.
  --lang LANG   write the readable report in LANG: en (the default), de, fr, uk, pl or ru.
  --html FILE   also read the page saved in FILE, as the extension would read it; then there is
                exactly one TARGET: the URL the page was served from.
  --list FILE   also judge with your own list in FILE (docs/custom-lists.md), as the extension
                does after importing it; may be given several times. A refused list is reported
                and the targets are judged without it.
  --settings FILE
                judge with the settings in FILE, a file exported by the extension's options
                (Export settings): its sensitivity, the operations and roles switched off and
                the trusted sites. Checked as the options' import checks it; a refused file
                judges nothing.
  --sensitivity LEVEL
                documented (listed sites and accounts only), lookalikes (also lookalike
                addresses and claimed names: the default) or text (also the text heuristics;
                with --html the page's text is then read). Overrides the --settings file's.
  --index DIR   judge with the signed list update in DIR (manifest.json, manifest.sig and the
                files it names, as \`npm run lists:publish\` writes them and the mirrors serve
                them), verified as the extension verifies it: against the pinned public keys,
                or the PEM files named (colon-separated) by UNMASK_TRUSTED_KEYS. Any failure of
                the verification (bad signature, unknown key, hash mismatch, expired, rolled
                back, ...) is one line and exit 2, and nothing is judged.
  -h, --help    this text.

Exit status: 0 when every target was judged (whatever the levels), 2 on bad input (the other
targets are still judged), 1 on an internal error.
The lists come from public/unmask-index.json (build it with \`npm run lists\`), or from the file
named by the UNMASK_INDEX environment variable.`;

export interface ParsedArgs {
  json: boolean;
  help: boolean;
  /** --lang as given; checked in `main`. */
  lang?: string;
  html?: string;
  /** Custom list files (--list), in the order given; absent when none. */
  lists?: string[];
  /** A settings file exported by the options page (--settings). */
  settings?: string;
  /** --sensitivity as given; checked against the settings' own rules in `main`. */
  sensitivity?: string;
  /** A signed list bundle's directory (--index). */
  index?: string;
  targets: string[];
  errors: string[];
  /** Problems with the settings asked for (absent when none): then nothing is judged. */
  settingsErrors?: string[];
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { json: false, help: false, targets: [], errors: [] };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!options || !arg.startsWith('-') || arg === '-') {
      out.targets.push(arg);
    } else if (arg === '--') {
      options = false;
    } else if (arg === '--json') {
      out.json = true;
    } else if (arg === '--help' || arg === '-h') {
      out.help = true;
    } else if (arg === '--html' || arg.startsWith('--html=')) {
      const value = arg === '--html' ? argv[++i] : arg.slice('--html='.length);
      if (value === undefined || value === '') out.errors.push('--html needs a FILE');
      else if (out.html !== undefined) out.errors.push('--html given more than once');
      else out.html = value;
    } else if (arg === '--settings' || arg.startsWith('--settings=') || arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const name = arg.startsWith('--settings') ? 'settings' : 'sensitivity';
      const value = arg === `--${name}` ? argv[++i] : arg.slice(`--${name}=`.length);
      let problem: string | null = null;
      if (value === undefined || value === '')
        problem = name === 'settings' ? '--settings needs a FILE' : '--sensitivity needs a LEVEL (documented, lookalikes or text)';
      else if (out[name] !== undefined) problem = `--${name} given more than once`;
      if (problem === null) out[name] = value;
      else (out.settingsErrors ??= []).push(problem);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined || value === '') out.errors.push(`--lang needs a LANG (${LANGS.join(', ')})`);
      else if (out.lang !== undefined) out.errors.push('--lang given more than once');
      else out.lang = value;
    } else if (arg === '--index' || arg.startsWith('--index=')) {
      const value = arg === '--index' ? argv[++i] : arg.slice('--index='.length);
      if (value === undefined || value === '') out.errors.push('--index needs a DIR');
      else if (out.index !== undefined) out.errors.push('--index given more than once');
      else out.index = value;
    } else if (arg === '--list' || arg.startsWith('--list=')) {
      const value = arg === '--list' ? argv[++i] : arg.slice('--list='.length);
      if (value === undefined || value === '') out.errors.push('--list needs a FILE');
      else (out.lists ??= []).push(value);
    } else {
      out.errors.push(`unknown option ${JSON.stringify(arg)} (see --help)`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** The repository root, from this file's location (src/cli/check.ts). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_INDEX = resolve(REPO_ROOT, 'public', 'unmask-index.json');

class InputError extends Error {}

export function loadIndex(path: string): CompiledLists {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`no index at ${path}: run \`npm run lists\` first`);
  }
  return indexFromText(text, path);
}

function indexFromText(text: string, path: string): CompiledLists {
  // Format 3 (what `npm run lists` writes) is expanded by the one decoder; format 1 (the
  // hand-built fixtures) passes through; anything else is refused.
  let data: unknown;
  try {
    data = parseCompiled(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new InputError(`the index at ${path} is not valid JSON: run \`npm run lists\` again`);
    throw new InputError(`the index at ${path} is not a compiled Unmask index (format 1 or 3): run \`npm run lists\` again`);
  }
  const d = data as Partial<CompiledLists> | null;
  const arrays = ['sources', 'actors', 'campaigns', 'indicators', 'outlets', 'artifacts'] as const;
  if (d === null || typeof d !== 'object' || d.format !== 1 || arrays.some((k) => !Array.isArray(d[k]))) {
    throw new InputError(`the index at ${path} is not a compiled Unmask index (format 1 or 3): run \`npm run lists\` again`);
  }
  return d as CompiledLists;
}

/** A verification failure of --index: one line naming it, and nothing judged. */
class BundleError extends Error {}

/**
 * The lists of a signed bundle in `dir`, verified as the extension verifies an update
 * (src/lists/updates/bundle.ts): signature by a trusted key, expiry, no older than `floor` (the
 * bundled lists), then each file's size and hash, then the index read by the one decoder.
 */
export async function loadBundleIndex(dir: string, trustedPems: readonly string[], floor: string, now: Date): Promise<CompiledLists> {
  const read = (name: string): Uint8Array => {
    try {
      return readFileSync(resolve(dir, name));
    } catch {
      throw new InputError(`--index ${dir}: no ${name} there (a directory written by \`npm run lists:publish\`)`);
    }
  };
  let keys;
  try {
    keys = await importTrustedKeys(trustedPems);
  } catch (e) {
    throw new InputError(`the trusted keys are not ECDSA P-256 public keys in PEM: ${(e as Error)?.message ?? e}`);
  }
  try {
    const manifest = await verifyManifest(read(MANIFEST_FILE), read(SIGNATURE_FILE), keys, { floor, now });
    const files = new Map<string, Uint8Array>();
    for (const entry of manifest.files) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readFileSync(resolve(dir, entry.path));
      } catch {
        bytes = undefined;
      }
      await verifyFile(entry, bytes);
      files.set(entry.path, bytes!);
    }
    return indexFromText(new TextDecoder().decode(files.get('unmask-index.json')), resolve(dir, 'unmask-index.json'));
  } catch (e) {
    if (e instanceof UpdateError) throw new BundleError(`--index ${dir}: ${e.message}`);
    throw e;
  }
}

/** The version of the bundled index (the floor for --index), or 0.0.0 when there is none to read. */
function bundledVersion(path: string): string {
  try {
    return readIndex(readFileSync(path, 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

/** The public keys --index trusts: UNMASK_TRUSTED_KEYS's PEM files when it is set, else the pinned ones. */
function trustedKeys(env: Io['env'], cwd: string): string[] {
  const list = env.UNMASK_TRUSTED_KEYS;
  if (list === undefined || list === '') return [...PINNED_LIST_KEYS];
  return list
    .split(':')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return readFileSync(resolve(cwd, p), 'utf8');
      } catch {
        throw new InputError(`UNMASK_TRUSTED_KEYS: cannot read ${p}`);
      }
    });
}

const MAX_HTML_BYTES = 50 * 1024 * 1024;

/** Decodes a saved page: BOM first, then a <meta charset> in the first 1 KB, else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  const utf8 = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)?.[1];
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall back to UTF-8, as browsers do for most pages.
    }
  }
  return utf8(bytes);
}

/** `file` is the path as given (for messages); `path` is where it resolves. */
function readPage(file: string, path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`--html ${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`--html ${file}: no such file or it cannot be read`);
  }
  if (size > MAX_HTML_BYTES) throw new InputError(`--html ${file}: larger than 50 MB`);
  try {
    return decodeHtml(readFileSync(path));
  } catch {
    throw new InputError(`--html ${file}: cannot be read`);
  }
}

/**
 * The settings to judge with: the defaults, or the `--settings` file read exactly as the options
 * page imports a file (its size limit, then `importSettingsText`, with the page's own messages in
 * English), then `--sensitivity` over them, checked by the settings' own `parseSettings`.
 */
export function readSettings(args: Pick<ParsedArgs, 'settings' | 'sensitivity'>, cwd: string): Settings {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (args.settings !== undefined) {
    const file = args.settings;
    const path = resolve(cwd, file);
    let bytes: Uint8Array;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new InputError(`--settings ${file}: not a file`);
      if (st.size > MAX_IMPORT_BYTES) throw new InputError(`--settings ${file}: ${englishMessage('importErrorTooLarge')}`);
      bytes = readFileSync(path);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`--settings ${file}: no such file or it cannot be read`);
    }
    // As the page's File.text(): UTF-8, a leading BOM dropped, bad bytes as U+FFFD.
    const result = importSettingsText(new TextDecoder('utf-8').decode(bytes), englishMessage);
    // The message may quote the file's own keys: safe() keeps them from driving the terminal.
    if (!result.ok) throw new InputError(`--settings ${file}: ${safe(result.error)}`);
    settings = result.settings;
  }
  if (args.sensitivity !== undefined) {
    const parsed = parseSettings({ ...settings, sensitivity: args.sensitivity });
    if (!parsed.ok) throw new InputError(`--sensitivity ${safe(args.sensitivity)}: ${parsed.error}`);
    settings = parsed.settings;
  }
  return settings;
}

/** The page URL for --html: an http(s) URL, as the browser had it. */
function pageUrl(target: string): string {
  let url: URL;
  try {
    url = new URL(target.trim());
  } catch {
    throw new InputError(`with --html, TARGET must be the http(s) URL the page was served from; got ${JSON.stringify(target)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`with --html, TARGET must be the http(s) URL the page was served from; got ${JSON.stringify(target)}`);
  }
  return url.href;
}

/**
 * Signals from a saved page, exactly as the content script would extract them: the page's signals
 * without its text, then, when `withText` (the background would ask for it: `wantsPageText`), the
 * text sample, which the background merges in.
 */
export async function signalsFromHtml(html: string, url: string, withText = false): Promise<PageSignals> {
  const page = documentFromHtml(html, url);
  try {
    const signals = extractSignals(page.document, url, { maxText: 0 });
    if (!withText) return signals;
    const text = extractText(page.document);
    return text === '' ? signals : { ...signals, text };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

export interface Io {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative --html and UNMASK_INDEX paths resolve against it. */
  cwd: string;
}

export interface Deps {
  /** An engine to use instead of loading the index (tests). */
  engine?: Engine;
  /** The clock --index checks expiry against (tests). */
  now?: Date;
}

/**
 * The --list files that pass the extension's own checks (src/lists/custom.ts); each refused one
 * is reported, with its problems, as bad input.
 */
function readCustomLists(files: readonly string[], index: CompiledLists, io: Io, fail: (message: string) => void): CustomList[] {
  const context = bundledContext(index);
  const lists: CustomList[] = [];
  for (const file of files) {
    let text: string;
    try {
      const path = resolve(io.cwd, file);
      if (statSync(path).size > CUSTOM_LIMITS.textChars * 4) {
        fail(`--list ${file}: larger than ${(CUSTOM_LIMITS.textChars * 4) / 1_000_000} MB; the targets are judged without it`);
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch {
      fail(`--list ${file}: no such file or it cannot be read; the targets are judged without it`);
      continue;
    }
    const result = parseCustomListText(text, context);
    if (!result.ok) {
      const [first] = result.problems;
      if (result.problems.length === 1 && first !== undefined)
        fail(`--list ${file}: not used: ${safe(first)}; the targets are judged without it`);
      else {
        fail(`--list ${file}: not used, it has problems (below); the targets are judged without it`);
        for (const p of result.problems) io.err(`  ${safe(p)}`);
      }
      continue;
    }
    const id = uniqueListId(
      result.list.name,
      lists.map((l) => l.id),
    );
    lists.push({ ...result.list, id });
  }
  return lists;
}

function isTargetError(e: unknown): boolean {
  return e instanceof Error && e.name === 'TargetError';
}

export async function main(argv: readonly string[], io: Io, deps: Deps = {}): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  let status = 0;
  const fail = (message: string, code = 2): void => {
    io.err(`check: ${message}`);
    status = Math.max(status, code);
  };
  // A language we do not write: one line, and nothing judged (a report in another language than
  // asked could be forwarded to someone who cannot read it).
  const lang: Lang | undefined = args.lang === undefined ? 'en' : LANGS.find((l) => l === args.lang?.toLowerCase());
  if (lang === undefined) {
    io.err(`check: unknown language ${JSON.stringify(args.lang)} for --lang (use ${LANGS.join(', ')})`);
    return 2;
  }
  for (const e of [...args.errors, ...(args.settingsErrors ?? [])]) fail(e);
  if (args.targets.length === 0) {
    fail('no TARGET given (see --help)');
    return status;
  }
  if (args.settingsErrors !== undefined) return status;
  let settings: Settings;
  try {
    settings = readSettings(args, io.cwd);
  } catch (e) {
    fail(e instanceof InputError ? e.message : `cannot read the settings: ${(e as Error)?.message ?? e}`, e instanceof InputError ? 2 : 1);
    return status;
  }
  // Exactly what the background passes the engine for these settings.
  const options: JudgeOptions = judgeOptions(settings);

  let engine: Engine;
  try {
    const lists = args.lists ?? [];
    const bundledPath = io.env.UNMASK_INDEX ? resolve(io.cwd, io.env.UNMASK_INDEX) : DEFAULT_INDEX;
    if (args.index !== undefined) {
      const dir = resolve(io.cwd, args.index);
      const index = await loadBundleIndex(dir, trustedKeys(io.env, io.cwd), bundledVersion(bundledPath), deps.now ?? new Date());
      engine = createEngine(mergeCustomLists(index, readCustomLists(lists, index, io, fail)));
    } else if (deps.engine !== undefined && lists.length === 0) engine = deps.engine;
    else {
      const index = deps.engine?.lists ?? loadIndex(bundledPath);
      engine = createEngine(mergeCustomLists(index, readCustomLists(lists, index, io, fail)));
    }
  } catch (e) {
    // A bundle that fails verification: its one line, exit 2, nothing judged.
    if (e instanceof BundleError) {
      io.err(`check: ${e.message}`);
      return 2;
    }
    fail(e instanceof InputError ? e.message : `cannot load the index: ${(e as Error)?.message ?? e}`);
    return status;
  }

  let first = true;
  const print = (target: string, verdict: Verdict): void => {
    if (args.json) {
      io.out(jsonLine(toJsonVerdict(target, verdict)));
    } else {
      if (!first) io.out('');
      for (const line of textReport(target, verdict, lang)) io.out(line);
    }
    first = false;
  };

  let targets = args.targets;
  if (args.html !== undefined) {
    if (targets.length !== 1) {
      fail(
        `--html takes exactly one TARGET, the URL the page was served from (got ${targets.length}); the targets below were judged without the page`,
      );
    } else {
      const target = targets[0] as string;
      targets = [];
      try {
        const url = pageUrl(target);
        const html = readPage(args.html, resolve(io.cwd, args.html));
        const withText = wantsPageText(settings, trustingEntryOf(url, settings.allowlist) !== null, engine.lists.artifacts.length);
        const signals = await signalsFromHtml(html, url, withText);
        print(target, engine.judge(url, signals, options));
      } catch (e) {
        fail(
          e instanceof InputError ? e.message : `internal error on ${JSON.stringify(target)}: ${(e as Error)?.message ?? e}`,
          e instanceof InputError ? 2 : 1,
        );
      }
    }
  }

  for (const target of targets) {
    try {
      print(target, engine.judgeTarget(target, options));
    } catch (e) {
      if (isTargetError(e)) fail((e as Error).message);
      else fail(`internal error on ${JSON.stringify(target)}: ${(e as Error)?.message ?? e}`, 1);
    }
  }
  return status;
}

// Run when executed (tsx src/cli/check.ts), not when imported by tests.
function executedDirectly(): boolean {
  try {
    const entry = process.argv[1];
    return (
      entry !== undefined && pathToFileURL(realpathSync(entry)).href === pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href
    );
  } catch {
    return false;
  }
}

if (executedDirectly()) {
  // A closed pipe (`| head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    // `npm run` starts scripts in the package root; INIT_CWD is where the person typed the command.
    cwd: process.env.INIT_CWD || process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`check: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
