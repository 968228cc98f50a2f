/**
 * Reading list trees from disk and from git: unexpected files are kept for the validator to name,
 * README/CHANGELOG and dot-files are not list data, and files new since a revision are absent there.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readListTree, readListTreeAtGit, snapshotOf } from '../../../src/lists/load';

const dir = mkdtempSync(join(tmpdir(), 'unmask-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readListTree and readListTreeAtGit', () => {
  it('reads the working tree and a git revision, each with only the files it has', () => {
    const lists = join(dir, 'lists');
    mkdirSync(join(lists, 'indicators'), { recursive: true });
    writeFileSync(join(lists, 'sources.json'), '[]\n');
    writeFileSync(join(lists, 'README.md'), '# not data\n');
    writeFileSync(join(lists, 'CHANGELOG.md'), '# not data\n');
    writeFileSync(join(lists, '.DS_Store'), 'x');
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    expect(readListTreeAtGit(dir, 'lists', 'HEAD')).toEqual([]); // no commit yet
    git('add', 'lists');
    git('commit', '-q', '-m', 'one');

    writeFileSync(join(lists, 'indicators', 'doppelganger.json'), '[{"value":"bild.work"}]\n');
    writeFileSync(join(lists, 'stray.txt'), 'oops\n');

    expect(readListTree(lists).map((f) => f.name)).toEqual(['indicators/doppelganger.json', 'sources.json', 'stray.txt']);
    expect(readListTreeAtGit(dir, 'lists', 'HEAD')).toEqual([{ name: 'sources.json', text: '[]\n' }]);

    const snapshot = snapshotOf(readListTree(lists));
    expect([...snapshot.keys()]).toEqual(['indicators/doppelganger.json', 'sources.json']); // stray.txt is not JSON
    expect(snapshot.get('indicators/doppelganger.json')).toEqual([{ value: 'bild.work' }]);
  });
});
