/**
 * Citation health: every bundled source has a date, every GitHub citation is pinned to
 * a commit or a tag, and the citations nobody has checked for a year are listed, not hidden.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/core/types';
import { citationProblems, githubPinProblem, staleCitations } from '../../../src/lists/citations';
import { readListTree } from '../../../src/lists/load';
import { validateLists } from '../../../src/lists/validate';
import { NOW, REPO, entry, goodTree, problemsOf } from './helpers';

const SHA = 'a1b05bff1c29fe32e116c4a5eb35b0f0d4e717b1';
const META = 'meta-q2-2023-doppelganger-iocs';

function source(fields: Partial<Source>): Source {
  return { id: 's', publisher: 'P', title: 'T', date: '2024', url: 'https://example.org/r', tier: 'primary-report', licence: 'not stated', ...fields };
}

describe('githubPinProblem', () => {
  it('accepts files, trees and raw files at a commit, and release tags', () => {
    for (const url of [
      `https://github.com/facebook/threat-research/blob/${SHA}/indicators/csv/a.csv`,
      `https://github.com/CheckFirstHQ/pravda-network/tree/${SHA}`,
      `https://raw.githubusercontent.com/o/r/${SHA}/data/x.json`,
      'https://github.com/o/r/blob/v1.2.0/data/x.json',
      'https://github.com/o/r/releases/download/2024.02/iocs.csv',
      `https://github.com/o/r/commit/${SHA}`,
    ]) {
      expect(githubPinProblem(url), url).toBeNull();
    }
  });

  it('refuses a branch, a repository root and a raw file on a branch', () => {
    expect(githubPinProblem('https://github.com/M82-project/DIMA/blob/main/plugin/Pravda.js')).toMatch(/branch or ref "main"/);
    expect(githubPinProblem('https://github.com/o/r/tree/master')).toMatch(/branch or ref "master"/);
    expect(githubPinProblem('https://github.com/CheckFirstHQ/pravda-network')).toMatch(/whole GitHub repository/);
    expect(githubPinProblem('https://raw.githubusercontent.com/o/r/main/x.csv')).toMatch(/branch or ref "main"/);
    // A shortened commit is a prefix that may become ambiguous: the full 40 characters are asked for.
    expect(githubPinProblem('https://github.com/o/r/blob/a1b05bf/x.csv')).toMatch(/branch or ref "a1b05bf"/);
  });

  it('leaves other sites and GitHub issues alone', () => {
    expect(githubPinProblem('https://www.disinfo.eu/doppelganger/')).toBeNull();
    expect(githubPinProblem('https://github.com/o/r/issues/12')).toBeNull();
  });
});

describe('citationProblems', () => {
  it('asks for a date', () => {
    expect(citationProblems(source({ date: undefined }))).toEqual([
      'has no date: give the date of the report or of the file version you cite (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('asks for a full day when a check is recorded', () => {
    expect(citationProblems(source({ verified: { date: '2026-12', how: 'read' } }))).toEqual([
      'verified.date "2026-12" must be a full day, YYYY-MM-DD',
    ]);
  });
});

describe('the list checks', () => {
  it('fail on a GitHub source on a branch, and on an undated source', () => {
    const tree = goodTree();
    const meta = entry(tree, 'sources.json', META);
    meta.url = String(meta.url).replace(SHA, 'main');
    delete entry(tree, 'sources.json', 'eu-disinfolab-2022-doppelganger').date;
    expect(problemsOf(tree)).toEqual([
      'lists/sources.json: eu-disinfolab-2022-doppelganger: has no date: give the date of the report or of the file version you cite (YYYY, YYYY-MM or YYYY-MM-DD)',
      `lists/sources.json: ${META}: url is on the branch or ref "main", which moves: replace it with the 40-character commit you read (git log in the repository, or the commit shown on the file's page)`,
    ]);
  });

  it('keep an earlier documented first-seen date next to the reported one, and refuse one that is not earlier', () => {
    const ok = goodTree();
    const clone = entry(ok, 'indicators/doppelganger.json', 'bild.work');
    clone.firstSeen = '2022-06';
    expect(problemsOf(ok)).toEqual([]);

    const later = goodTree();
    entry(later, 'indicators/doppelganger.json', 'bild.work').firstSeen = '2023-01-05';
    expect(problemsOf(later)).toEqual([
      'lists/indicators/doppelganger.json: bild.work: firstSeen "2023-01-05" is not before firstReported "2022-10-11": firstSeen is only for an earlier documented date; remove it',
    ]);

    const alone = goodTree();
    const other = (alone['indicators/doppelganger.json'] as Record<string, unknown>[]).find((i) => i.firstReported === undefined);
    if (other === undefined) throw new Error('fixture needs an indicator without firstReported');
    other.firstSeen = '2022';
    expect(problemsOf(alone)).toEqual([
      `lists/indicators/doppelganger.json: ${String(other.value)}: firstSeen "2022" without firstReported: give the date of the first public report that names it too`,
    ]);
  });
});

describe('staleCitations', () => {
  it('lists sources never verified or verified more than a year before now, by id', () => {
    const sources = [
      source({ id: 'c-never' }),
      source({ id: 'a-old', verified: { date: '2025-11-20', how: 'read' } }),
      source({ id: 'b-recent', verified: { date: '2025-11-22', how: 'read' } }),
    ];
    expect(staleCitations(sources, NOW)).toEqual([
      { id: 'a-old', url: 'https://example.org/r', verified: '2025-11-20' },
      { id: 'c-never', url: 'https://example.org/r', verified: null },
    ]);
  });
});

describe('the real lists: citation health', () => {
  const { lists } = validateLists(readListTree(join(REPO, 'lists')));

  it('have no citation into the DIMA plugin folder deleted from M82-project/DIMA main', () => {
    const dead = lists.sources.filter((s) => /github\.com\/M82-project\/DIMA\/blob\/main\//.test(s.url));
    expect(dead.map((s) => s.id)).toEqual([]);
  });

  it('list the sources whose URL nobody has verified within a year', () => {
    const stale = staleCitations(lists.sources, new Date());
    // A to-do list for the next person with network access, printed rather than failed: checking a
    // citation needs someone to open it. What the test holds is that a recorded check counts.
    if (stale.length > 0) {
      console.warn(
        `${stale.length} of ${lists.sources.length} sources not verified within a year:\n` +
          stale.map((s) => `  ${s.id} (${s.verified ?? 'never'}): ${s.url}`).join('\n'),
      );
    }
    const verified = lists.sources.filter((s) => s.verified !== undefined && !stale.some((x) => x.id === s.id));
    for (const s of verified) expect(citationProblems(s)).toEqual([]);
    expect(stale.length + verified.length).toBe(lists.sources.length);
  });
});
