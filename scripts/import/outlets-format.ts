/**
 * Formats and checks `lists/protected-outlets.json`, and merges new entries into it.
 *
 *   npx tsx scripts/import/outlets-format.ts [--add FILE.json ...] [--impersonated] [--check]
 *
 * `--add` takes a JSON array of outlets; an entry whose id already exists replaces the old one
 * (so an outlet is edited by adding it again). `--impersonated` recomputes every outlet's
 * `impersonatedIn` from `lists/indicators/*.json`: the sources of the indicators whose role is
 * `impersonation` and whose `impersonates` is that outlet (so the field never cites a source the
 * indicators do not). `--check` only reports and exits 1 when the file
 * is not formatted or has a problem. The layout is the one the list formatter uses: an array
 * sorted by id, every entry `JSON.stringify(entry, null, 2)` indented by two more spaces, keys in
 * the order `ProtectedOutlet` declares them, optional keys left out when empty.
 *
 * The checks here are the ones that prevent a false accusation: every official domain must be a
 * registrable domain (never a public suffix, never a sub-domain that the registrable domain
 * already covers), and no domain may belong to two outlets.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPublicSuffix, normalizeHost, registrableDomain } from '../../src/core/hosts';
import type { Indicator, OutletKind, ProtectedOutlet } from '../../src/core/types';

const FILE = resolve(import.meta.dirname, '../../lists/protected-outlets.json');
const INDICATORS = resolve(import.meta.dirname, '../../lists/indicators');

/** Outlet id -> source ids of the impersonation indicators that name it. */
function impersonationSources(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!existsSync(INDICATORS)) return out;
  for (const file of readdirSync(INDICATORS).filter((f) => f.endsWith('.json'))) {
    for (const i of JSON.parse(readFileSync(join(INDICATORS, file), 'utf8')) as Indicator[]) {
      if (i.role !== 'impersonation' || typeof i.impersonates !== 'string') continue;
      let set = out.get(i.impersonates);
      if (set === undefined) out.set(i.impersonates, (set = new Set()));
      for (const s of i.sources ?? []) set.add(s);
    }
  }
  return out;
}
const KINDS: readonly OutletKind[] = ['news', 'government', 'international', 'fact-checker', 'research', 'other'];

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Key order and empty optional keys, exactly as `ProtectedOutlet` declares them. */
function canonical(o: ProtectedOutlet): ProtectedOutlet {
  const out: ProtectedOutlet = {
    id: o.id,
    name: o.name,
    names: uniq(o.names.filter((n) => n !== o.name)),
    domains: uniq(o.domains),
    country: o.country,
    kind: o.kind,
  };
  if (o.weakLabels && o.weakLabels.length > 0) out.weakLabels = uniq(o.weakLabels).sort();
  if (o.impersonatedIn && o.impersonatedIn.length > 0) out.impersonatedIn = uniq(o.impersonatedIn).sort();
  return out;
}

export function formatOutlets(outlets: readonly ProtectedOutlet[]): string {
  const sorted = [...outlets].map(canonical).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) return '[]\n';
  const body = sorted.map((o) => JSON.stringify(o, null, 2).replace(/^/gm, '  ')).join(',\n');
  return `[\n${body}\n]\n`;
}

export function checkOutlets(outlets: readonly ProtectedOutlet[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const o of outlets) {
    const at = `protected-outlets.json: ${o.id ?? '(no id)'}`;
    if (typeof o.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) problems.push(`${at}: id must be kebab-case`);
    if (ids.has(o.id)) problems.push(`${at}: duplicate id`);
    ids.add(o.id);
    if (typeof o.name !== 'string' || o.name.trim() === '') problems.push(`${at}: name is empty`);
    if (!Array.isArray(o.names)) problems.push(`${at}: names must be an array`);
    if (!Array.isArray(o.domains) || o.domains.length === 0) problems.push(`${at}: needs at least one domain`);
    if (!/^([A-Z]{2}|INT)$/.test(o.country)) problems.push(`${at}: country must be ISO alpha-2 or INT`);
    if (!KINDS.includes(o.kind)) problems.push(`${at}: unknown kind ${String(o.kind)}`);
    for (const d of o.domains ?? []) {
      const norm = normalizeHost(d);
      if (norm !== d) problems.push(`${at}: domain ${d} is not normalised (expected ${String(norm)})`);
      if (isPublicSuffix(d)) problems.push(`${at}: domain ${d} is a public suffix`);
      else if (registrableDomain(d) !== d) problems.push(`${at}: domain ${d} is not a registrable domain (${String(registrableDomain(d))})`);
      const prev = owner.get(d);
      if (prev !== undefined && prev !== o.id) problems.push(`${at}: domain ${d} already belongs to ${prev}`);
      owner.set(d, o.id);
    }
    for (const w of o.weakLabels ?? []) {
      if (w !== w.toLowerCase() || w.includes('.')) problems.push(`${at}: weak label ${w} must be a lower-case label`);
    }
  }
  return problems;
}

function main(argv: readonly string[]): number {
  const current = JSON.parse(readFileSync(FILE, 'utf8')) as ProtectedOutlet[];
  const byId = new Map(current.map((o) => [o.id, o] as const));
  const check = argv.includes('--check');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--add') continue;
    const file = argv[++i];
    if (file === undefined) throw new Error('--add needs a file');
    for (const o of JSON.parse(readFileSync(file, 'utf8')) as ProtectedOutlet[]) byId.set(o.id, o);
  }
  if (argv.includes('--impersonated')) {
    const sources = impersonationSources();
    for (const [id, o] of byId) {
      const found = [...(sources.get(id) ?? [])];
      const next: ProtectedOutlet = { ...o };
      if (found.length > 0) next.impersonatedIn = found;
      else delete next.impersonatedIn;
      byId.set(id, next);
    }
  }
  const outlets = [...byId.values()].map(canonical);
  const problems = checkOutlets(outlets);
  for (const p of problems) console.error(p);
  const text = formatOutlets(outlets);
  if (check) {
    if (readFileSync(FILE, 'utf8') !== text) {
      console.error('protected-outlets.json is not formatted: run npx tsx scripts/import/outlets-format.ts');
      return 1;
    }
  } else {
    writeFileSync(FILE, text);
  }
  console.log(`${outlets.length} outlets, ${outlets.reduce((n, o) => n + o.domains.length, 0)} domains`);
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
