/** "Lists of 3 December 2026", and one plain sentence more only past 60 days. */
import { describe, expect, it } from 'vitest';
import { formatListsDate, freshness, OLD_AFTER_DAYS } from '../../../src/ui/freshness';

describe('freshness of the lists', () => {
  it('says the date day first in English, whatever the date form', () => {
    expect(formatListsDate(new Date('2026-12-03T00:00:00Z'), 'en')).toBe('3 December 2026');
    expect(freshness({ version: '1.0.0', date: '2026-12-03', updated: false }, new Date('2026-12-05T00:00:00Z'), 'en')).toEqual({
      dateText: '3 December 2026',
      old: false,
    });
    expect(
      freshness({ version: '1.0.0', date: '2026-12-03T22:10:00.000Z', updated: true }, new Date('2026-12-05T00:00:00Z'), 'en').dateText,
    ).toBe('3 December 2026');
  });

  it('is old only past 60 days, and unknown dates say nothing', () => {
    const date = '2026-10-01';
    const at = (days: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + days * 86_400_000);
    expect(freshness({ version: '1', date, updated: false }, at(OLD_AFTER_DAYS), 'en').old).toBe(false);
    expect(freshness({ version: '1', date, updated: false }, at(OLD_AFTER_DAYS + 1), 'en').old).toBe(true);
    expect(freshness({ version: '1', date: null, updated: false }, at(1), 'en')).toEqual({ dateText: null, old: false });
  });
});
