/**
 * `npm run lists`: validates lists/ and compiles it into public/unmask-index.json.
 *
 *   npx tsx scripts/lists.ts                      validate, compile, write lists/COVERAGE.md, print a
 *                                                 one-line summary
 *   npx tsx scripts/lists.ts --format             rewrite every list file in canonical format
 *   npx tsx scripts/lists.ts --check-format       exit 1 listing files not in canonical format
 *   npx tsx scripts/lists.ts --changelog "msg" [--version X.Y.Z] [--since REV]
 *                                                 prepend an entry to lists/CHANGELOG.md: what changed
 *                                                 between the lists at git REV (default HEAD) and the
 *                                                 working tree
 *
 * Also: --lists DIR (default lists/), --out FILE (default public/unmask-index.json),
 * --date YYYY-MM-DD (the changelog date; default today, UTC).
 *
 * Exit codes: 0 fine, 1 problems in the lists (each printed as `lists/<file>: <entry>: <message>`),
 * 2 bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHANGELOG_HEADER,
  bumpPatch,
  compareVersions,
  diffLists,
  isVersion,
  latestVersion,
  prependEntry,
  renderEntry,
} from '../src/lists/changelog';
import { compileLists, countLists, serializeCompiled } from '../src/lists/compile';
import { renderCoverage } from '../src/lists/coverage';
import { formatListText } from '../src/lists/format';
import { readListTree, readListTreeAtGit, snapshotOf } from '../src/lists/load';
import { listKindOf } from '../src/lists/schema';
import { formatProblem, validateLists } from '../src/lists/validate';
import { CAMPAIGN_I18N_DIR, CAMPAIGN_LANGUAGES, campaignI18nFile, checkCampaignTranslations } from '../src/lists/campaign-i18n';
import { checkNoteTranslations, englishNotes, noteCoverage, noteI18nFile } from '../src/lists/note-i18n';
import { parseDictionary } from '../src/lists/hunspell';
import {
  DICTIONARIES,
  type LoadedDictionary,
  type WeakLabelTable,
  decideWeakLabels,
  fingerprint,
  parseWeakLabels,
  serializeWeakLabels,
  withWeakLabels,
} from '../src/lists/weak-labels';
import type { Campaign, Indicator, ProtectedOutlet } from '../src/core/types';
import { SUCCESSOR_ROLES, campaignOutletLabel } from '../src/core/detectors/successor';
import { outletNameLabels } from '../src/core/detectors/lookalike';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  mode: 'build' | 'format' | 'check-format' | 'changelog';
  message?: string;
  version?: string;
  date?: string;
  since: string;
  lists: string;
  out: string;
}

function usage(message: string): never {
  console.error(`lists: ${message}`);
  console.error('usage: tsx scripts/lists.ts [--format | --check-format | --changelog "message" [--version X.Y.Z] [--since REV]]');
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    mode: 'build',
    lists: join(root, 'lists'),
    out: join(root, 'public', 'unmask-index.json'),
    since: 'HEAD',
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) usage(`${flag} needs a value`);
    return v;
  };
  const setMode = (mode: Args['mode']): void => {
    if (args.mode !== 'build') usage(`--${mode} cannot be combined with --${args.mode}`);
    args.mode = mode;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--format':
        setMode('format');
        break;
      case '--check-format':
        setMode('check-format');
        break;
      case '--changelog':
        setMode('changelog');
        args.message = value(i++, arg);
        break;
      case '--version':
        args.version = value(i++, arg);
        if (!isVersion(args.version)) usage(`--version must be X.Y.Z, not "${args.version}"`);
        break;
      case '--date':
        args.date = value(i++, arg);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) usage(`--date must be YYYY-MM-DD, not "${args.date}"`);
        break;
      case '--since':
        args.since = value(i++, arg);
        break;
      case '--lists':
        args.lists = resolve(value(i++, arg));
        break;
      case '--out':
        args.out = resolve(value(i++, arg));
        break;
      default:
        usage(`unknown argument "${arg}"`);
    }
  }
  if (args.version !== undefined && args.mode !== 'changelog') usage('--version only goes with --changelog');
  if (args.since !== 'HEAD' && args.mode !== 'changelog') usage('--since only goes with --changelog');
  if (args.mode === 'changelog' && (args.message ?? '').trim() === '') usage('--changelog needs a message');
  return args;
}

function changelogPath(args: Args): string {
  return join(args.lists, 'CHANGELOG.md');
}

function readChangelog(args: Args): string {
  const path = changelogPath(args);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Validates; prints every problem; returns the result, or exits 1. */
function validateOrExit(args: Args) {
  const files = readListTree(args.lists);
  const result = validateLists(files);
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`lists: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing compiled`);
    process.exit(1);
  }
  return result;
}

/** "1 campaign", "2 campaigns". */
function n(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The labels of campaign-run outlets' registrable domains (successor detection). */
function campaignOutletLabels(indicators: readonly Indicator[]): string[] {
  const out = new Set<string>();
  for (const indicator of indicators) {
    if (indicator.kind !== 'domain' || !SUCCESSOR_ROLES.has(indicator.role)) continue;
    const label = campaignOutletLabel(indicator.value);
    if (label !== null) out.add(label);
  }
  return [...out].sort();
}

/** A dictionary package's files, or the reason it cannot be read. */
function dictionaryFiles(name: string): { dir: string; version: string } {
  const dir = join(root, 'node_modules', name);
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) throw new Error(`${relative(process.cwd(), pkg)}: missing: run \`npm ci\` (the weak-label rule reads ${name})`);
  return { dir, version: String((JSON.parse(readFileSync(pkg, 'utf8')) as { version?: unknown }).version ?? '') };
}

/**
 * The weak-label table for these outlets: lists/weak-labels.json when its fingerprint matches the
 * outlets and the dictionaries' versions, else computed from the dictionaries and written back.
 */
function weakLabels(args: Args, outlets: readonly ProtectedOutlet[], campaignLabels: readonly string[]): WeakLabelTable {
  const path = join(args.lists, 'weak-labels.json');
  // UNMASK_DICTIONARIES (comma-separated package names) narrows the dictionaries: for tests of this
  // command on small trees, where reading all of them would be most of the run.
  const names = process.env.UNMASK_DICTIONARIES ? process.env.UNMASK_DICTIONARIES.split(',') : [...DICTIONARIES];
  const files = names.map((name) => ({ name, ...dictionaryFiles(name) }));
  const stored = existsSync(path) ? parseWeakLabels(readFileSync(path, 'utf8')) : null;
  if (stored !== null && stored.inputs === fingerprint(outlets, files, campaignLabels)) return stored;
  const loaded: LoadedDictionary[] = files.map((f) => {
    const aff = join(f.dir, 'index.aff');
    const dic = join(f.dir, 'index.dic');
    try {
      return { name: f.name, version: f.version, dictionary: parseDictionary(readFileSync(aff, 'utf8'), readFileSync(dic, 'utf8')) };
    } catch (err) {
      throw new Error(`${relative(process.cwd(), dic)}: cannot be read as a Hunspell dictionary: ${(err as Error).message}`);
    }
  });
  const table = decideWeakLabels(outlets, loaded, campaignLabels);
  writeFileSync(path, serializeWeakLabels(table));
  return table;
}

/**
 * The compiled campaign translations per language (lists/i18n/, already validated): every language
 * must have its file once the folder exists. Translations of older English are left out (the
 * pages then show the English, marked) and named here, without failing the build: the English
 * may have been reworded by someone who does not read the other languages.
 */
function campaignTranslations(args: Args, campaigns: readonly Campaign[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(join(args.lists, CAMPAIGN_I18N_DIR))) return out;
  const counts: string[] = [];
  for (const lang of CAMPAIGN_LANGUAGES) {
    const path = join(args.lists, campaignI18nFile(lang));
    if (!existsSync(path)) {
      console.error(`${relative(process.cwd(), path)}: missing: every language needs its file (a campaign may be "en"); nothing compiled`);
      process.exit(1);
    }
    const check = checkCampaignTranslations(JSON.parse(readFileSync(path, 'utf8')), campaigns);
    for (const id of check.stale) {
      console.error(`${relative(process.cwd(), path)}: ${id}: translated from older English; shown in English until updated`);
    }
    out.set(lang, `${JSON.stringify(check.compiled)}\n`);
    counts.push(`${lang} ${Object.keys(check.compiled).length}/${campaigns.length}`);
  }
  // Said on every build, so a language falling behind the English is seen, not only in the explorer.
  console.log(`campaign translations (the rest shown in English): ${counts.join(', ')}`);
  return out;
}

/**
 * The compiled note translations per language (lists/i18n/notes.<lang>.json, already validated),
 * only the notes in use. A language without the file shows every note in English. Translations of
 * English no note says any more are named, not failed (see src/lists/note-i18n.ts).
 */
function noteTranslations(args: Args, lists: Parameters<typeof englishNotes>[0]): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(join(args.lists, CAMPAIGN_I18N_DIR))) return out;
  const notes = englishNotes(lists);
  const counts: string[] = [];
  for (const lang of CAMPAIGN_LANGUAGES) {
    const path = join(args.lists, noteI18nFile(lang));
    const check = existsSync(path) ? checkNoteTranslations(JSON.parse(readFileSync(path, 'utf8')), notes) : null;
    for (const english of check?.stale ?? []) {
      console.error(
        `${relative(process.cwd(), path)}: no note says ${JSON.stringify(english.slice(0, 70))} any more: remove it or update it`,
      );
    }
    out.set(lang, `${JSON.stringify(check?.compiled ?? {})}\n`);
    counts.push(`${lang} ${check ? noteCoverage(check.compiled, notes) : 0}/${notes.size}`);
  }
  console.log(`note translations (the rest shown in English): ${counts.join(', ')}`);
  return out;
}

function build(args: Args): void {
  const started = performance.now();
  const { lists } = validateOrExit(args);
  let version = latestVersion(readChangelog(args));
  if (version === null) {
    // Not a failure: a fresh checkout must still build. The index then says 0.0.0 ("unrecorded").
    console.error(
      `${relative(process.cwd(), changelogPath(args))}: no version entry yet, compiling as 0.0.0: record one with \`npm run lists -- --changelog "message"\``,
    );
    version = '0.0.0';
  }
  let table: WeakLabelTable;
  try {
    table = weakLabels(args, lists.outlets, campaignOutletLabels(lists.indicators));
  } catch (err) {
    console.error(`lists: ${(err as Error).message}; nothing compiled`);
    process.exit(1);
  }
  const translations = campaignTranslations(args, lists.campaigns);
  const notes = noteTranslations(args, lists);
  const compiled = compileLists({ ...lists, outlets: withWeakLabels(lists.outlets, table) }, version);
  compiled.campaignLabels = table.campaign;
  compiled.nameLabels = outletNameLabels(compiled.outlets);
  const text = serializeCompiled(compiled);
  mkdirSync(dirname(args.out), { recursive: true });
  // Written only when it changed, so that an unchanged index keeps its mtime (no needless rebuilds).
  if (!existsSync(args.out) || readFileSync(args.out, 'utf8') !== text) writeFileSync(args.out, text);
  // Campaign names and summaries in the other UI languages, fresh ones only, beside the index.
  for (const [lang, text] of translations) {
    const path = join(dirname(args.out), CAMPAIGN_I18N_DIR, `campaigns.${lang}.json`);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  // The lists' notes in those languages, the ones in use only.
  for (const [lang, text] of notes) {
    const path = join(dirname(args.out), CAMPAIGN_I18N_DIR, `notes.${lang}.json`);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  // lists/COVERAGE.md follows the lists (test/unit/lists/real-lists.test.ts fails when it is stale).
  const coveragePath = join(args.lists, 'COVERAGE.md');
  const coverage = renderCoverage(lists, version);
  if (!existsSync(coveragePath) || readFileSync(coveragePath, 'utf8') !== coverage) writeFileSync(coveragePath, coverage);
  const c = countLists(lists);
  const ms = Math.round(performance.now() - started);
  console.log(
    `lists ${version}: ${n(c.indicators, 'indicator')}, ${n(c.campaigns, 'campaign')}, ${n(c.actors, 'actor')}, ` +
      `${n(c.sources, 'source')}, ${n(c.outlets, 'protected outlet')}, ${n(c.artifacts, 'text artifact')} -> ` +
      `${relative(process.cwd(), args.out) || args.out} ` +
      `(${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB, ${ms} ms)`,
  );
}

function format(args: Args, checkOnly: boolean): void {
  const unformatted: string[] = [];
  let failed = false;
  for (const file of readListTree(args.lists)) {
    const which = listKindOf(file.name);
    if (which === null || file.text === undefined) continue;
    let canonical: string;
    try {
      canonical = formatListText(which.kind, file.text, `lists/${file.name}`);
    } catch (err) {
      console.error((err as Error).message);
      failed = true;
      continue;
    }
    if (canonical === file.text) continue;
    unformatted.push(file.name);
    if (!checkOnly) writeFileSync(join(args.lists, file.name), canonical);
  }
  if (checkOnly) {
    for (const name of unformatted) console.error(`lists/${name}: not in canonical format: run \`npm run lists:format\``);
    if (unformatted.length > 0 || failed) process.exit(1);
    console.log('lists: every file is in canonical format');
  } else {
    console.log(unformatted.length === 0 ? 'lists: already formatted' : `lists: formatted ${unformatted.join(', ')}`);
    if (failed) process.exit(1);
  }
}

function changelog(args: Args): void {
  const after = readListTree(args.lists);
  const result = validateLists(after);
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error('lists: fix these problems before recording a changelog entry');
    process.exit(1);
  }
  let repoRoot: string;
  try {
    repoRoot = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: args.lists, encoding: 'utf8' }).trim();
  } catch {
    usage(`${args.lists} is not inside a git repository`);
  }
  const listsPath = relative(repoRoot, args.lists).split('\\').join('/');
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${args.since}^{commit}`], { cwd: repoRoot, stdio: 'ignore' });
  } catch {
    // A fresh repository has no HEAD yet: then everything is new.
    if (args.since !== 'HEAD') usage(`--since ${args.since} is not a commit`);
  }
  const before = readListTreeAtGit(repoRoot, listsPath, args.since);
  const diffs = diffLists(snapshotOf(before), snapshotOf(after));

  const current = readChangelog(args);
  const latest = latestVersion(current);
  const version = args.version ?? (latest === null ? '1.0.0' : bumpPatch(latest));
  if (latest !== null && compareVersions(version, latest) <= 0) {
    usage(`--version ${version} must be newer than the latest entry, ${latest}`);
  }
  const date = args.date ?? new Date().toISOString().slice(0, 10);
  const entry = renderEntry({ version, date, message: args.message ?? '', diffs });
  writeFileSync(changelogPath(args), prependEntry(current === '' ? CHANGELOG_HEADER : current, entry));
  const total = diffs.reduce((n, d) => n + d.added.length + d.removed.length + d.changed.length, 0);
  console.log(`lists/CHANGELOG.md: added ${version} (${date}), ${total} entr${total === 1 ? 'y' : 'ies'} changed`);
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(args.lists)) usage(`no lists directory at ${args.lists}`);
if (args.mode === 'format') format(args, false);
else if (args.mode === 'check-format') format(args, true);
else if (args.mode === 'changelog') changelog(args);
else build(args);
