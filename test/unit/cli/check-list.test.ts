/**
 * `check --list FILE`: the CLI judges with a person's own list exactly as the extension does after
 * importing it (src/lists/custom.ts), and reports a refused list as bad input (exit 2) while still
 * judging the targets without it.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, parseArgs, type Io, type JsonVerdict } from '../../../src/cli/check';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const LIST = 'test/fixtures/custom-lists/test-list.json';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: REPO };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('check --list', () => {
  it('parses repeated --list options', () => {
    expect(parseArgs(['--list', 'a.json', '--list=b.json', 'x.org']).lists).toEqual(['a.json', 'b.json']);
    expect(parseArgs(['--list']).errors).toEqual(['--list needs a FILE']);
  });

  it('a host only the list names is flagged, and says it is from your list; without the list it is not', async () => {
    const without = await run(['--json', 'custom-list-only.example']);
    expect((JSON.parse(without.out[0]!) as JsonVerdict).level).toBe('none');
    const { code, out, err } = await run(['--json', '--list', LIST, 'custom-list-only.example', 'washingtonpost.pm']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const [own, wapo] = out.map((l) => JSON.parse(l) as JsonVerdict);
    expect(own!.level).toBe('high');
    expect(own!.findings[0]!.summary).toBe(
      'From your list “Test fixture list”: Unmask test fixtures lists custom-list-only.example as a site run by Fixture Campaign.',
    );
    expect(wapo!.level).toBe('high');
    expect(wapo!.findings[0]!.summary.startsWith('From your list')).toBe(false);
  });

  it('a refused list is reported with its problems (exit 2); the targets are judged without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmask-list-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ unmask: 'custom-list', version: 1, name: 'Bad', sources: [], indicators: [{ value: 'washingtonpost.com' }] }),
    );
    const one = await run(['--json', '--list', bad, 'custom-list-only.example']);
    expect(one.code).toBe(2);
    expect(one.err).toEqual([`check: --list ${bad}: not used: "sources" is empty; the targets are judged without it`]);
    expect((JSON.parse(one.out[0]!) as JsonVerdict).level).toBe('none');

    const fixture = (await import('node:fs')).readFileSync(join(REPO, LIST), 'utf8');
    const data = JSON.parse(fixture) as { indicators: Record<string, unknown>[] };
    data.indicators.push({ ...data.indicators[0], value: 'washingtonpost.com' }, { ...data.indicators[0], value: 'co.uk' });
    writeFileSync(bad, JSON.stringify(data));
    const two = await run(['--list', bad, 'custom-list-only.example']);
    expect(two.code).toBe(2);
    expect(two.err[0]).toBe(`check: --list ${bad}: not used, it has problems (below); the targets are judged without it`);
    expect(two.err[1]).toMatch(
      /^ {2}indicators\[1\]: "washingtonpost\.com" is an official domain of the protected outlet "washington-post"/,
    );
    expect(two.err[2]).toMatch(/^ {2}indicators\[2\]: "co\.uk" is a public suffix/);
    expect(two.out[0]).toBe('custom-list-only.example: NONE: Nothing known about this site');

    const missing = await run(['--list', join(dir, 'nope.json'), 'custom-list-only.example']);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      `check: --list ${join(dir, 'nope.json')}: no such file or it cannot be read; the targets are judged without it`,
    ]);
  });
});
