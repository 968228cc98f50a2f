/**
 * The engine keeps built listed findings and lookalike hits per host (engine.ts, listed.ts,
 * lookalike.ts) so that repeated verdicts are cheap. A caller (the background stores verdicts,
 * the UI renders and may annotate them) must never see another verdict's objects: changing one
 * verdict must leave the next identical one untouched, and cached wording must follow the clock.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { NOW, loadFixture } from './fixture';

describe('verdict caches', () => {
  it('hands out fresh findings: mutating one verdict does not change the next', () => {
    const engine = createEngine(loadFixture());
    for (const url of ['https://washingtonpost.pm/a', 'https://rrn.media/', 'https://049122.com/x']) {
      const first = engine.judge(url, undefined, { now: NOW });
      const pristine = JSON.parse(JSON.stringify(first));
      expect(first.findings.length).toBeGreaterThan(0);
      for (const f of first.findings) {
        f.summary = 'changed';
        f.evidence.subject = 'changed';
        f.sources.length = 0;
        if (f.campaign) f.campaign.name = 'changed';
        if (f.actor) f.actor.name = 'changed';
      }
      const second = engine.judge(url, undefined, { now: NOW });
      expect(JSON.parse(JSON.stringify(second))).toEqual(pristine);
      expect(second.findings[0]).not.toBe(first.findings[0]);
    }
  });

  it('gives the same verdicts as a fresh engine, whatever was judged before', () => {
    const urls = [
      'https://washingtonpost.pm/a',
      'https://www.washingtonpost.pm/b',
      'https://spiegel.ltd/',
      'https://049122.com/x',
      'https://example.com/',
    ];
    const warm = createEngine(loadFixture());
    for (let i = 0; i < 3; i++) for (const url of urls) warm.judge(url, undefined, { now: NOW });
    for (const url of urls) {
      const cold = createEngine(loadFixture()).judge(url, undefined, { now: NOW });
      expect(warm.judge(url, undefined, { now: NOW })).toEqual(cold);
    }
  });

  it('re-reads staleness from the date of each call, not from the cached finding', () => {
    const engine = createEngine(loadFixture());
    const url = 'https://049122.com/x';
    const then = engine.judge(url, undefined, { now: new Date('2024-01-01T00:00:00Z') });
    const later = engine.judge(url, undefined, { now: new Date('2040-01-01T00:00:00Z') });
    const fresh = createEngine(loadFixture());
    expect(then).toEqual(fresh.judge(url, undefined, { now: new Date('2024-01-01T00:00:00Z') }));
    expect(later).toEqual(fresh.judge(url, undefined, { now: new Date('2040-01-01T00:00:00Z') }));
    expect(later.findings[0]?.evidence.stale).toBe(true);
  });
});
