/**
 * Reports which impersonating domains in a folder of source data have no protected outlet that
 * they could be recognised as imitating. A read-only report for the list maintainer: it writes
 * nothing. The folder is the source material itself (Meta's `indicators.csv`, Graphika's CSVs,
 * DIMA's JSON), downloaded by whoever runs it; it is not part of the repository.
 *
 *   npx tsx scripts/outlets/coverage.ts --data DIR [--all]
 *
 * Impersonating domains are: Meta rows whose comment says "Domains spoofing news or government
 * sites", Graphika's "media-impersonating" rows, rows whose notes say "impersonat" or "typosquat",
 * and DIMA entries whose reason says "Clone de", "Typosquatting", "usurp" or "imit".
 * An impersonation is "covered" when a protected outlet has a domain label that the spoof's label
 * equals, contains, or (for labels that are not weak) is within edit distance 2 of. A rough
 * cover check for the list maintainer, not the engine's lookalike detector. Many rows are the
 * campaign's own invented brands; those stay uncovered on purpose and are listed for a human to
 * judge. `--all` also prints the covered rows with the outlet that covers them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registrableDomain } from '../../src/core/hosts';
import type { ProtectedOutlet } from '../../src/core/types';
import { parseCsv } from './csv';

const root = resolve(import.meta.dirname, '../..');

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The second-level label of a host's registrable domain, hyphens kept. */
function labelOf(host: string): string | null {
  const domain = registrableDomain(host);
  return domain === null ? null : (domain.split('.')[0] ?? null);
}

interface Spoof {
  host: string;
  where: string;
  why: string;
}

function collectSpoofs(dataDir: string): Spoof[] {
  const out: Spoof[] = [];
  const rows = parseCsv(readFileSync(join(dataDir, 'indicators.csv'), 'utf8'));
  const header = rows[0] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const [iValue, iType, iNotes, iCampaign] = [col('value'), col('type'), col('notes'), col('campaign')];
  for (const r of rows.slice(1)) {
    const notes = r[iNotes] ?? '';
    if (r[iType] !== 'domain') continue;
    if (!/spoofing news or government|media-impersonating|imperson|typosquat/i.test(notes)) continue;
    out.push({
      host: (r[iValue] ?? '').toLowerCase(),
      where: `indicators.csv (${(r[iCampaign] ?? '').slice(0, 30)})`,
      why: notes.slice(0, 80),
    });
  }
  const dimaDir = join(dataDir, 'dima');
  for (const file of readdirSync(dimaDir).filter((f) => f.endsWith('.json'))) {
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        const reason = typeof o.reason === 'string' ? o.reason : typeof o.description === 'string' ? o.description : '';
        if (typeof o.domain === 'string' && /clone de|typosquat|usurp|imit/i.test(reason)) {
          out.push({ host: o.domain.toLowerCase(), where: `dima/${file}`, why: reason.slice(0, 80) });
        }
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(readFileSync(join(dimaDir, file), 'utf8')));
  }
  const unresolved = '/tmp/unresolved-impersonations.txt';
  if (existsSync(unresolved)) {
    for (const line of readFileSync(unresolved, 'utf8').split('\n')) {
      const host = line.trim().split(/\s+/)[0];
      if (host) out.push({ host: host.toLowerCase(), where: 'unresolved-impersonations.txt', why: line.trim().slice(0, 80) });
    }
  }
  return out;
}

function main(argv: readonly string[]): number {
  const dataArg = argv.indexOf('--data');
  if (dataArg < 0 || !argv[dataArg + 1]) {
    console.error('usage: npx tsx scripts/outlets/coverage.ts --data DIR [--all]  (DIR: the source data to check)');
    return 2;
  }
  const dataDir = resolve(argv[dataArg + 1] as string);
  const outlets = JSON.parse(readFileSync(join(root, 'lists/protected-outlets.json'), 'utf8')) as ProtectedOutlet[];
  const labels: { label: string; id: string; weak: boolean }[] = [];
  for (const o of outlets) {
    for (const d of o.domains) {
      const label = d.split('.')[0] as string;
      labels.push({ label, id: o.id, weak: (o.weakLabels ?? []).includes(label) });
    }
  }

  const seen = new Set<string>();
  const covered: string[] = [];
  const uncovered: string[] = [];
  for (const s of collectSpoofs(dataDir)) {
    if (seen.has(s.host)) continue;
    seen.add(s.host);
    const label = labelOf(s.host);
    if (label === null) continue;
    const flat = label.replace(/-/g, '');
    const same = new Set<string>();
    let near: string | null = null;
    for (const { label: l, id, weak } of labels) {
      const lf = l.replace(/-/g, '');
      if (lf === flat) same.add(id);
      else if (weak) {
        if (lf.length >= 4 && flat.includes(lf)) near ??= `${id} (contains the weak label "${l}": needs the claimed name)`;
      } else if (lf.length >= 5 && flat.includes(lf)) near ??= `${id} (contains "${l}")`;
      else if (lf.length >= 5 && editDistance(lf, flat, 2) <= 2) near ??= `${id} (edit distance <= 2 from "${l}")`;
    }
    const match = same.size > 0 ? `${[...same].join(', ')} (same label)` : near;
    if (match !== null) covered.push(`${s.host}\t${match}`);
    else uncovered.push(`${s.host}\t${s.where}\t${s.why}`);
  }
  if (argv.includes('--all')) {
    console.log(`# covered (${covered.length})`);
    for (const c of covered.sort()) console.log(c);
  }
  console.log(`# not covered (${uncovered.length}): own brands of the campaign, or outlets still to add`);
  for (const u of uncovered.sort()) console.log(u);
  console.log(`${covered.length} covered, ${uncovered.length} not covered`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
