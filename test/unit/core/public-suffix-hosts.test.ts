/**
 * Hosts that are themselves public suffixes (`gov.uk`, `myshopify.com`, `blogspot.com`, and the
 * `parliament.nz` under `www.parliament.nz`) are real sites or platforms' own homes: they are
 * judged (their domain for matching is the host itself), never refused, and still never let a list
 * entry match the sites under them.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, judgedShardKeys, targetUrl } from '../../../src/core/engine';
import { hostCandidates, normalizeHost, siteDomain } from '../../../src/core/hosts';
import { hostInfo, parseTarget } from '../../../src/core/detectors/target';
import type { CompiledLists, Indicator } from '../../../src/core/types';
import { indicatorShardKey } from '../../../src/lists/compiled';
import { NOW, engine, lists } from './fixture';

const EXAMPLES = ['https://www.parliament.nz/', 'myshopify.com', 'gov.uk', 'blogspot.com'];

describe('a host that is itself a public suffix', () => {
  it('is judged by judgeTarget (none), at every sensitivity, instead of refused', () => {
    for (const target of EXAMPLES) {
      for (const sensitivity of ['documented', 'lookalikes', 'text'] as const) {
        expect(engine.judgeTarget(target, { now: NOW, sensitivity }), target).toEqual({ target, level: 'none', findings: [] });
      }
    }
    expect(targetUrl('myshopify.com')).toBe('https://myshopify.com/');
    expect(targetUrl('https://www.parliament.nz/')).toBe('https://www.parliament.nz/');
    expect(targetUrl('GOV.UK')).toBe('https://gov.uk/');
  });

  it('has itself as its domain and only itself as a candidate; its shard key is the host', () => {
    const cases: [string, string][] = [
      ['https://www.parliament.nz/', 'www.parliament.nz'],
      ['https://parliament.nz/', 'parliament.nz'],
      ['https://myshopify.com/', 'myshopify.com'],
      ['https://gov.uk/', 'gov.uk'],
      ['https://www.gov.uk/', 'www.gov.uk'],
      ['https://blogspot.com/', 'blogspot.com'],
      ['https://www.blogspot.com/x', 'www.blogspot.com'],
    ];
    for (const [url, host] of cases) {
      const info = parseTarget(url)?.info;
      expect(info, url).toMatchObject({ host, domain: host, candidates: [host] });
      expect(judgedShardKeys(url), url).toEqual([host]);
      expect(siteDomain(host)).toBe(host);
    }
    expect(hostInfo('gov.uk')).toMatchObject({ domain: 'gov.uk', label: 'gov', suffix: 'uk', candidates: ['gov.uk'], isSuffix: true });
    expect(hostInfo('www.gov.uk')?.isSuffix).toBeUndefined();
    // A URL indicator on such a host sits in the shard the verdict on that URL reads.
    expect(indicatorShardKey({ kind: 'url', value: 'https://gov.uk/guidance/x' })).toBe('gov.uk');
  });

  it('keeps `www.` in front of a public suffix whichever way the host is read, as normalizeHost does', () => {
    for (const host of ['www.parliament.nz', 'www.gov.uk', 'www.blogspot.com', 'WWW.GOV.UK.', 'www.www.gov.uk']) {
      expect(parseTarget(`https://${host}/a`)?.info.host, host).toBe(normalizeHost(host));
    }
  });
});

describe('no list entry matches the sites under a public suffix', () => {
  it('candidates stop at the registrable domain, or at the host itself when it is a suffix', () => {
    expect(hostCandidates('someone.blogspot.com')).toEqual(['someone.blogspot.com']);
    expect(hostCandidates('a.b.someone.blogspot.com')).toEqual([
      'a.b.someone.blogspot.com',
      'b.someone.blogspot.com',
      'someone.blogspot.com',
    ]);
    expect(hostCandidates('shop.myshopify.com')).toEqual(['shop.myshopify.com']);
    expect(hostCandidates('a.b.ons.gov.uk')).toEqual(['a.b.ons.gov.uk', 'b.ons.gov.uk', 'ons.gov.uk']);
    expect(hostCandidates('news.service.gov.uk')).toEqual(['news.service.gov.uk']); // service.gov.uk is a suffix too
    expect(hostCandidates('www.parliament.nz')).toEqual(['www.parliament.nz']);
    expect(hostCandidates('blogspot.com')).toEqual(['blogspot.com']);
    expect(hostCandidates('gov.uk')).toEqual(['gov.uk']);
  });

  it('even an entry that is a suffix (which the list checks refuse) flags that host alone, never its sub-sites', () => {
    // createEngine does not validate: this is the engine's own guarantee, beneath the list checks.
    const template = lists.indicators.find((i) => i.kind === 'domain' && i.value === 'washingtonpost.pm') as Indicator;
    const suffixes = ['blogspot.com', 'myshopify.com', 'gov.uk', 'parliament.nz'];
    const withSuffixes: CompiledLists = {
      ...lists,
      indicators: [...lists.indicators, ...suffixes.map((value) => ({ ...template, value, impersonates: undefined }))],
    };
    const e = createEngine(withSuffixes);
    for (const suffix of suffixes) expect(e.judge(`https://${suffix}/`, undefined, { now: NOW }).level, suffix).toBe('high');
    for (const url of [
      'https://someone.blogspot.com/',
      'https://a.b.someone.blogspot.com/p',
      'https://shop.myshopify.com/',
      'https://www.gov.uk/',
      'https://service.gov.uk/',
      'https://www.parliament.nz/',
    ]) {
      expect(e.judge(url, undefined, { now: NOW }), url).toEqual({ target: url, level: 'none', findings: [] });
      expect(e.flagged([url], { now: NOW })).toEqual([]);
    }
  });
});

describe('lookalikes', () => {
  it('a public suffix is never taken for a lookalike of an outlet whose name its label spells', () => {
    // A protected outlet named like a public suffix's first label: the same label on a registered
    // domain is a lookalike, the suffix itself (a registry's or platform's namespace) is not.
    const outlet = { ...lists.outlets[0]!, id: 'shopify-news', name: 'Myshopify News', names: [], domains: ['myshopify.news'] };
    const e = createEngine({ ...lists, outlets: [...lists.outlets, outlet] });
    expect(e.judge('https://myshopify.org/', undefined, { now: NOW }).findings.map((f) => f.reason)).toEqual(['lookalike-domain']);
    expect(e.judge('https://myshopify.com/', undefined, { now: NOW }).level).toBe('none');
  });
});
