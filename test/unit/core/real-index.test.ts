/**
 * The engine over the real compiled lists (`public/unmask-index.json`, written by `npm run lists`).
 * Skipped when the index has not been built; the fixture tests cover behaviour, these cover the
 * data: every official domain stays clean, every indicator is found by its own value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { parseCompiled } from '../../../src/lists/compiled';
import { outletNameLabels } from '../../../src/core/detectors/lookalike';
import { campaignOutletLabel } from '../../../src/core/detectors/successor';
import { registrableDomain } from '../../../src/core/hosts';

const path = fileURLToPath(new URL('../../../public/unmask-index.json', import.meta.url));
const present = existsSync(path);
const lists = present ? parseCompiled(readFileSync(path, 'utf8')) : null;
const engine = lists ? createEngine(lists) : null;
const NOW = new Date('2026-11-21T00:00:00Z');

describe.skipIf(!present)('engine over the shipped index', () => {
  it('no official domain of a protected outlet is flagged, even when it names itself', () => {
    const flagged: string[] = [];
    for (const outlet of lists!.outlets) {
      for (const domain of outlet.domains) {
        for (const host of [domain, `www.${domain}`, `news.${domain}`]) {
          const v = engine!.judge(`https://${host}/`, { claimedNames: [{ source: 'og:site_name', value: outlet.name }] }, { now: NOW });
          if (v.level !== 'none') flagged.push(`${host}: ${v.findings.map((f) => f.summary).join(' / ')}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });
  it('a platform naming itself is not an outlet claim, nor its namesake a lookalike', () => {
    // "Telegram" is also a Croatian outlet (telegram.hr): t.me pages and telegram.org name themselves so.
    const telegram = [{ source: 'og:site_name' as const, value: 'Telegram' }];
    for (const url of ['https://t.me/s/durov', 'https://telegram.org/', 'https://web.telegram.org/a/'])
      expect(engine!.judge(url, { claimedNames: telegram }, { now: NOW }).level, url).toBe('none');
  });

  it('every indicator is found by its own value', () => {
    const missed: string[] = [];
    for (const indicator of lists!.indicators) {
      const url =
        indicator.kind === 'domain'
          ? `https://${indicator.value}/`
          : /^https?:\/\//.test(indicator.value)
            ? indicator.value
            : `https://${indicator.value}`;
      const v = engine!.judge(url, undefined, { now: NOW, sensitivity: 'documented' });
      if (!v.findings.some((f) => f.indicator === indicator.value))
        missed.push(`${indicator.kind} ${indicator.platform} ${indicator.value}`);
    }
    expect(missed).toEqual([]);
  });
  it('a placed article never flags its host', () => {
    const listedHosts = new Set(lists!.indicators.filter((i) => i.kind === 'domain').map((i) => i.value));
    for (const indicator of lists!.indicators.filter((i) => i.kind === 'url')) {
      const url = new URL(indicator.value);
      const home = `${url.protocol}//${url.host}/`;
      const v = engine!.judge(home, undefined, { now: NOW, sensitivity: 'documented' });
      if (![...listedHosts].some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`))) {
        expect(
          v.findings.filter((f) => f.reason === 'listed-url'),
          home,
        ).toEqual([]);
      }
    }
  });
  it('lookalike heuristics fire on under 1% of the (unrelated-looking) redirect domains', () => {
    const redirectors = lists!.indicators.filter((i) => i.kind === 'domain' && i.role === 'redirector');
    const off = lists!.campaigns.map((c) => c.id);
    const hits = redirectors.filter((i) =>
      engine!
        .judge(`https://${i.value}/`, undefined, { now: NOW, disabledCampaigns: off })
        .findings.some((f) => f.reason === 'lookalike-domain'),
    );
    expect(hits.length / Math.max(1, redirectors.length)).toBeLessThan(0.01);
  });
  it('every finding of a listed indicator has a summary and at least one resolvable source', () => {
    const ids = new Set(lists!.sources.map((s) => s.id));
    for (const indicator of lists!.indicators.slice(0, 3000)) {
      const url =
        indicator.kind === 'domain'
          ? `https://${indicator.value}/`
          : /^https?:\/\//.test(indicator.value)
            ? indicator.value
            : `https://${indicator.value}`;
      for (const f of engine!.judge(url, undefined, { now: NOW, sensitivity: 'documented' }).findings) {
        expect(f.summary).toMatch(/\.$/);
        expect(f.sources.length, indicator.value).toBeGreaterThan(0);
        for (const s of f.sources) expect(ids.has(s.id)).toBe(true);
      }
    }
  });
});

describe.skipIf(!present)('a fresh engine indexes accounts on first need (cold-start work deferred)', () => {
  // Each case starts from a NEW engine, so the account index is built by that very call.
  const fresh = () => createEngine(lists!);

  it('a listed profile judged first, from its address alone', () => {
    const v = fresh().judge('https://x.com/institute_ibi', undefined, { now: NOW });
    expect(v.level).toBe('high');
    expect(v.findings[0]!.reason).toBe('listed-account');
  });

  it('a listed account on a platform we do not parse (exact profile URL), judged first', () => {
    const v = fresh().judge('https://soundcloud.com/tillman-brandon', undefined, { now: NOW });
    expect(v.level).not.toBe('none');
    expect(fresh().judge('https://soundcloud.com/someone-else', undefined, { now: NOW }).level).toBe('none');
  });

  it('a placed article judged first, from its exact URL (URL indicators are keyed on first need)', () => {
    const url =
      'https://www.change.org/p/1701-the-hope-of-lebanon-%D9%A1%D9%A7%D9%A0%D9%A1-%D8%A7%D9%85%D9%84-%D9%84%D8%A8%D9%86%D8%A7%D9%86';
    const v = fresh().judge(url, undefined, { now: NOW });
    expect(v.level).not.toBe('none');
    expect(v.findings[0]!.reason).toBe('listed-url');
    expect(v.findings[0]!.role).toBe('placed-article');
    // Never its host: another page of change.org is nothing, first or later.
    expect(fresh().judge('https://www.change.org/p/another-petition', undefined, { now: NOW }).level).toBe('none');
  });

  it('a listed account shown on a page, and flagged(), with nothing judged before', () => {
    // (An address that resembles no outlet: `news.example` is now a weak lookalike of news.com.au.)
    const v = fresh().judge('https://kalimera-reader.example/', { handles: ['https://x.com/institute_ibi'] }, { now: NOW });
    expect(v.level).toBe('info');
    expect(
      fresh()
        .flagged(['https://x.com/institute_ibi'], { now: NOW })
        .map((f) => f.href),
    ).toEqual(['https://x.com/institute_ibi']);
  });
});

describe.skipIf(!present)('what the index ships for a quick start', () => {
  it('ships the outlets’ one-word names exactly as outletNameLabels computes them', () => {
    expect(lists!.nameLabels).toBeDefined();
    expect(lists!.nameLabels).toEqual(outletNameLabels(lists!.outlets));
    expect(lists!.nameLabels!.length).toBeGreaterThan(100);
  });

  it('judges alike with shipped name labels, recomputed ones, and unusable ones', () => {
    const { nameLabels: _shipped, ...rest } = lists!;
    const recomputed = createEngine(rest);
    const unusable = createEngine({ ...rest, nameLabels: [['losangelestimes', lists!.outlets.length + 5]] });
    const hosts = ['losangelestimes.news', 'nrchandelsblad.online', 'washingtonpost.pm', 'example.com'];
    for (const host of hosts) {
      const want = engine!.judge(`https://${host}/`, undefined, { now: NOW });
      expect(recomputed.judge(`https://${host}/`, undefined, { now: NOW }), host).toEqual(want);
      expect(unusable.judge(`https://${host}/`, undefined, { now: NOW }), host).toEqual(want);
    }
    expect(engine!.judge('https://losangelestimes.news/', undefined, { now: NOW }).level).not.toBe('none');
  });

  it('reads a listed domain’s name part alike on the quick path and through full host parsing', () => {
    for (const indicator of lists!.indicators) {
      if (indicator.kind !== 'domain') continue;
      const slow = registrableDomain(indicator.value.toLowerCase());
      const want = slow === null ? null : slow.slice(0, slow.indexOf('.')).replace(/-/g, '');
      expect(campaignOutletLabel(indicator.value), indicator.value).toBe(want === '' ? null : want);
    }
  });
});
