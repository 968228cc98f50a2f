/**
 * The lists changelog: what a change added, removed and changed, per file and campaign, with the
 * values for small changes and counts only for big ones; versions and where entries go.
 */
import { describe, expect, it } from 'vitest';
import {
  CHANGELOG_HEADER,
  MAX_LISTED_VALUES,
  bumpPatch,
  compareVersions,
  diffLists,
  latestVersion,
  prependEntry,
  renderEntry,
} from '../../../src/lists/changelog';

const ind = (value: string, extra: Record<string, unknown> = {}) => ({
  value,
  kind: 'domain',
  platform: 'web',
  role: 'redirector',
  campaign: 'doppelganger',
  sources: ['s'],
  ...extra,
});

describe('diffLists', () => {
  it('finds added, removed and changed entries per file, ignoring key order', () => {
    const before = new Map<string, unknown[]>([
      ['indicators/doppelganger.json', [ind('a.com'), ind('b.com'), ind('c.com')]],
      ['sources.json', [{ id: 's', title: 'T' }]],
    ]);
    const after = new Map<string, unknown[]>([
      [
        'indicators/doppelganger.json',
        [
          { sources: ['s'], campaign: 'doppelganger', role: 'redirector', platform: 'web', kind: 'domain', value: 'a.com' },
          ind('c.com', { firstReported: '2023' }),
          ind('d.com'),
        ],
      ],
      ['indicators/storm-1516.json', [ind('e.com', { campaign: 'storm-1516' })]],
      ['sources.json', [{ id: 's', title: 'T' }]],
    ]);
    expect(diffLists(before, after)).toEqual([
      { file: 'indicators/doppelganger.json', campaign: 'doppelganger', added: ['d.com'], removed: ['b.com'], changed: ['c.com'] },
      { file: 'indicators/storm-1516.json', campaign: 'storm-1516', added: ['e.com'], removed: [], changed: [] },
    ]);
  });

  it('treats a file missing at HEAD as all added, and a deleted file as all removed', () => {
    expect(diffLists(new Map(), new Map([['actors.json', [{ id: 'sda' }]]]))).toEqual([
      { file: 'actors.json', added: ['sda'], removed: [], changed: [] },
    ]);
    expect(diffLists(new Map([['actors.json', [{ id: 'sda' }]]]), new Map())).toEqual([
      { file: 'actors.json', added: [], removed: ['sda'], changed: [] },
    ]);
  });
});

describe('renderEntry', () => {
  it('lists the values of a small change', () => {
    const text = renderEntry({
      version: '1.0.1',
      date: '2026-11-21',
      message: 'Add two Doppelganger redirectors from Meta Q1 2024.',
      diffs: [
        { file: 'indicators/doppelganger.json', campaign: 'doppelganger', added: ['a.com', 'b.com'], removed: ['c.com'], changed: [] },
        { file: 'sources.json', added: ['meta-q1-2024'], removed: [], changed: [] },
      ],
    });
    expect(text).toBe(
      [
        '## 1.0.1 (2026-11-21)',
        '',
        'Add two Doppelganger redirectors from Meta Q1 2024.',
        '',
        '- `indicators/doppelganger.json` (campaign `doppelganger`): 2 added, 1 removed, 0 changed',
        '  - added: `a.com`, `b.com`',
        '  - removed: `c.com`',
        '- `sources.json`: 1 added, 0 removed, 0 changed',
        '  - added: `meta-q1-2024`',
        '',
        'Total: 3 added, 1 removed, 0 changed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('gives counts only for a big change', () => {
    const added = Array.from({ length: MAX_LISTED_VALUES + 1 }, (_, i) => `r${i}.com`);
    const text = renderEntry({
      version: '2.0.0',
      date: '2026-11-21',
      message: 'Import.',
      diffs: [{ file: 'indicators/doppelganger.json', campaign: 'doppelganger', added, removed: [], changed: [] }],
    });
    expect(text).toContain('- `indicators/doppelganger.json` (campaign `doppelganger`): 51 added, 0 removed, 0 changed\n');
    expect(text).not.toContain('r0.com');
    expect(text).toContain('Total: 51 added, 0 removed, 0 changed.');
  });

  it('says so when nothing changed', () => {
    expect(renderEntry({ version: '1.0.2', date: '2026-11-21', message: 'Docs only.', diffs: [] })).toContain(
      'No list entries changed.',
    );
  });
});

describe('versions', () => {
  it('reads the newest entry, bumps the patch, compares', () => {
    expect(latestVersion(CHANGELOG_HEADER)).toBeNull();
    expect(latestVersion(`${CHANGELOG_HEADER}\n## 1.4.9 (2026-11-01)\n\nx\n\n## 1.4.8 (2026-10-01)\n`)).toBe('1.4.9');
    expect(bumpPatch('1.4.9')).toBe('1.4.10');
    expect(compareVersions('1.4.10', '1.4.9')).toBeGreaterThan(0);
    expect(compareVersions('1.4.9', '1.4.9')).toBe(0);
  });

  it('puts a new entry above the newest one, or after the header when there is none', () => {
    const first = prependEntry(CHANGELOG_HEADER, '## 1.0.0 (2026-11-20)\n\nFirst.\n\n');
    expect(first).toBe(`${CHANGELOG_HEADER}\n## 1.0.0 (2026-11-20)\n\nFirst.\n\n`);
    const second = prependEntry(first, '## 1.0.1 (2026-11-21)\n\nSecond.\n\n');
    expect(second).toBe(`${CHANGELOG_HEADER}\n## 1.0.1 (2026-11-21)\n\nSecond.\n\n## 1.0.0 (2026-11-20)\n\nFirst.\n\n`);
    expect(latestVersion(second)).toBe('1.0.1');
  });
});
