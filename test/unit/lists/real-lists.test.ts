/**
 * The real lists in lists/: they pass every check and every file is canonically formatted.
 * This is the test that fails when someone commits a list mistake.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { latestVersion } from '../../../src/lists/changelog';
import { renderCoverage } from '../../../src/lists/coverage';
import { formatListText } from '../../../src/lists/format';
import { readListTree } from '../../../src/lists/load';
import { listKindOf } from '../../../src/lists/schema';
import { formatProblem, validateLists } from '../../../src/lists/validate';
import { REPO } from './helpers';

const LISTS = join(REPO, 'lists');

describe('the real lists in lists/', () => {
  const files = readListTree(LISTS);

  it('validate with no problems', () => {
    const { problems, lists } = validateLists(files);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lists.campaigns.length).toBeGreaterThan(0);
    expect(lists.indicators.length).toBeGreaterThan(0);
  });

  it('match lists/COVERAGE.md (run `npm run lists` after changing them)', () => {
    const { lists } = validateLists(files);
    const version = latestVersion(readFileSync(join(LISTS, 'CHANGELOG.md'), 'utf8')) ?? '0.0.0';
    expect(readFileSync(join(LISTS, 'COVERAGE.md'), 'utf8')).toBe(renderCoverage(lists, version));
  });

  it('are every one canonically formatted', () => {
    const unformatted = files
      .filter((file) => {
        const which = listKindOf(file.name);
        return which !== null && formatListText(which.kind, file.text ?? '', file.name) !== file.text;
      })
      .map((file) => `lists/${file.name}`);
    expect(unformatted).toEqual([]);
  });
});
