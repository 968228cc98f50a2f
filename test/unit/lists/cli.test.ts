/**
 * scripts/lists.ts end to end, on copies of the fixture tree in a temporary directory: the build
 * (exit codes, messages, the index it writes), --format / --check-format, and --changelog against
 * a real git repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD, REPO } from './helpers';
import { parseCompiled } from '../../../src/lists/compiled';

const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(REPO, 'scripts', 'lists.ts');
const temp = mkdtempSync(join(tmpdir(), 'unmask-lists-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
/** A fresh copy of the good fixture tree (inside `<dir>/lists`). */
function copyGood(): { dir: string; lists: string; out: string } {
  const dir = join(temp, `t${n++}`);
  cpSync(GOOD, join(dir, 'lists'), { recursive: true });
  return { dir, lists: join(dir, 'lists'), out: join(dir, 'public', 'unmask-index.json') };
}

function run(args: string[], cwd = REPO, dictionaries = 'dictionary-en'): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, UNMASK_DICTIONARIES: dictionaries } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run lists (default: validate and compile)', () => {
  it('compiles the good tree with the newest changelog version and prints a one-line summary', () => {
    const t = copyGood();
    const r = run(['--lists', t.lists, '--out', t.out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^lists 1\.2\.3: 4 indicators, 1 campaign, 1 actor, 2 sources, 3 protected outlets, 1 text artifact -> .*unmask-index\.json \(\d+ KiB, \d+ ms\)\n$/,
    );
    const index = parseCompiled(readFileSync(t.out, 'utf8'));
    expect(index.format).toBe(1);
    expect(index.version).toBe('1.2.3');
    expect(index.indicators).toHaveLength(4);
  });

  it('exits 1 with every problem as lists/<file>: <entry>: <message>, and writes nothing', () => {
    const t = copyGood();
    const path = join(t.lists, 'indicators', 'doppelganger.json');
    const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    entries.push({ value: 'co.uk', kind: 'domain', platform: 'web', role: 'redirector', campaign: 'doppelganger', firstReported: '2023-11-30', sources: ['meta-q2-2023-doppelganger-iocs'] });
    entries.push({ value: 'washingtonpost.com', kind: 'domain', platform: 'web', role: 'impersonation', campaign: 'doppelganger', sources: ['meta-q2-2023-doppelganger-iocs'] });
    writeFileSync(path, JSON.stringify(entries, null, 2));
    const r = run(['--lists', t.lists, '--out', t.out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `lists/indicators/doppelganger.json: co.uk: "co.uk" is a public suffix (Public Suffix List, private section included): it would flag every site under it; list the one site's host instead (e.g. name.co.uk)`,
      `lists/indicators/doppelganger.json: washingtonpost.com: "washingtonpost.com" is an official domain of the protected outlet "washington-post" (The Washington Post): never list a real outlet; list the lookalike domain, or the placed item's exact URL as kind "url" with role "placed-article"`,
      'lists/indicators/doppelganger.json: not in canonical format (first difference at line 2): run `npm run lists:format`',
      'lists: 3 problems; nothing compiled',
      '',
    ]);
    expect(() => readFileSync(t.out)).toThrow();
  });

  it('the weak-label rule: writes weak-labels.json beside the lists; a dictionary that cannot be read fails naming it', () => {
    const t = copyGood();
    expect(run(['--lists', t.lists, '--out', t.out]).code).toBe(0);
    const table = JSON.parse(readFileSync(join(t.lists, 'weak-labels.json'), 'utf8')) as { dictionaries: string[]; weak: Record<string, string[]> };
    expect(table.dictionaries).toEqual([expect.stringMatching(/^dictionary-en@/)]);
    const u = copyGood();
    const r = run(['--lists', u.lists, '--out', u.out], REPO, 'dictionary-en,dictionary-xx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('node_modules/dictionary-xx/package.json: missing');
    expect(r.stderr).toContain('nothing compiled');
    expect(() => readFileSync(u.out)).toThrow();
  });

  it('rejects unknown arguments with exit 2', () => {
    const r = run(['--fromat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lists: unknown argument "--fromat"');
  });
});

describe('--check-format and --format', () => {
  it('lists unformatted files, formats them, and is idempotent', () => {
    const t = copyGood();
    const path = join(t.lists, 'actors.json');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, JSON.stringify(JSON.parse(original)));

    const check = run(['--lists', t.lists, '--check-format']);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('lists/actors.json: not in canonical format: run `npm run lists:format`\n');

    const format = run(['--lists', t.lists, '--format']);
    expect(format.code).toBe(0);
    expect(format.stdout).toBe('lists: formatted actors.json\n');
    expect(readFileSync(path, 'utf8')).toBe(original);

    const again = run(['--lists', t.lists, '--format']);
    expect(again.stdout).toBe('lists: already formatted\n');
    expect(run(['--lists', t.lists, '--check-format']).code).toBe(0);
  });
});

describe('--changelog', () => {
  it('records what changed since HEAD, bumps the patch version, and the build picks it up', () => {
    const t = copyGood();
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: t.dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', 'lists');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'fixture');

    const path = join(t.lists, 'indicators', 'doppelganger.json');
    const entries = (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[]).filter((e) => e.value !== 'spiegel.ltd');
    entries.push({ value: 'spiegel.pm', kind: 'domain', platform: 'web', role: 'impersonation', campaign: 'doppelganger', impersonates: 'der-spiegel', sources: ['meta-q2-2023-doppelganger-iocs'] });
    writeFileSync(path, JSON.stringify(entries));
    expect(run(['--lists', t.lists, '--format']).code).toBe(0);

    const r = run(['--lists', t.lists, '--changelog', 'Replace spiegel.ltd with spiegel.pm (fixture).', '--date', '2026-11-21']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('lists/CHANGELOG.md: added 1.2.4 (2026-11-21), 2 entries changed\n');
    const changelog = readFileSync(join(t.lists, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(
      [
        '## 1.2.4 (2026-11-21)',
        '',
        'Replace spiegel.ltd with spiegel.pm (fixture).',
        '',
        '- `indicators/doppelganger.json` (campaign `doppelganger`): 1 added, 1 removed, 0 changed',
        '  - added: `spiegel.pm`',
        '  - removed: `spiegel.ltd`',
        '',
        'Total: 1 added, 1 removed, 0 changed.',
        '',
        '## 1.2.3 (2026-11-01)',
      ].join('\n'),
    );

    const older = run(['--lists', t.lists, '--changelog', 'x', '--version', '1.2.4']);
    expect(older.code).toBe(2);
    expect(older.stderr).toContain('--version 1.2.4 must be newer than the latest entry, 1.2.4');

    // --since compares with an older commit (here: after committing the change, HEAD~1).
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-am', 'change');
    expect(run(['--lists', t.lists, '--changelog', 'Nothing since HEAD.', '--date', '2026-11-21']).stdout).toBe(
      'lists/CHANGELOG.md: added 1.2.5 (2026-11-21), 0 entries changed\n',
    );
    const since = run(['--lists', t.lists, '--changelog', 'Since HEAD~1.', '--since', 'HEAD~1', '--date', '2026-11-21']);
    expect(since.stdout).toBe('lists/CHANGELOG.md: added 1.2.6 (2026-11-21), 2 entries changed\n');
    expect(run(['--lists', t.lists, '--changelog', 'x', '--since', 'no-such-rev']).stderr).toContain(
      'lists: --since no-such-rev is not a commit',
    );

    const build = run(['--lists', t.lists, '--out', t.out]);
    expect(build.code).toBe(0);
    expect((parseCompiled(readFileSync(t.out, 'utf8'))).version).toBe('1.2.6');
  });
});
