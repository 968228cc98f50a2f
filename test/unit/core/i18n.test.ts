/**
 * Finding sentences as data (src/core/i18n): English rendered through the catalogue is exactly
 * today's `summary` for every finding kind, the other five languages have every key with the same
 * parameters, their plural forms are right, and the role words keep their precision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TargetError, createEngine, targetUrl } from '../../../src/core/engine';
import {
  artifactSummary,
  claimsBrandSummary,
  claimsOutletSummary,
  flaggedTargetSummary,
  fromYourList,
  handlesSummary,
  linksSummary,
  listedSummary,
  lookalikeSummary,
  successorSummary,
  type ListedWording,
  type LookalikeWording,
} from '../../../src/core/summaries';
import {
  artifactMessage,
  claimsBrandMessage,
  claimsOutletMessage,
  flaggedMessage,
  linksMessage,
  listedMessage,
  lookalikeMessage,
  ownListOf,
  successorMessage,
} from '../../../src/core/i18n/build';
import { CATALOGUES, LANGS, findingSentence, flaggedSentence, parseLang, renderMessage } from '../../../src/core/i18n/render';
import type { Lang, Subject, SummaryKey, SummaryMessage } from '../../../src/core/i18n/types';
import type { CompiledLists, Engine, FlaggedTarget, Finding, Indicator, PageSignals, Role, SourceRef } from '../../../src/core/types';
import { ROLES } from '../../../src/core/types';
import { parseCompiled } from '../../../src/lists/compiled';
import { lists as fixtureLists, NOW } from './fixture';
import { OWN_COMPILED } from '../ui/own-list-fixtures';

const ALL_KEYS = Object.keys(CATALOGUES.en).sort() as SummaryKey[];

// ---------------------------------------------------------------------------------------------
// Every wording the English functions accept, built both ways
// ---------------------------------------------------------------------------------------------

const src = (publisher: string, tier: SourceRef['tier'], extra: Partial<SourceRef> = {}): SourceRef => ({
  id: `${publisher}-${tier}`,
  publisher,
  title: 'A report',
  url: 'https://example.org/',
  tier,
  ...extra,
});

const META = src('Meta', 'primary-indicator-file');
const DOJ = src('US Department of Justice', 'primary-report');
const OPENAI = src('OpenAI', 'primary-report');
const DIMA = src('DIMA (M82 Project)', 'secondary', {
  title: "DIMA (M82 Project) compilation citing VIGINUM's Storm-1516 report (May 2025)",
});
const SECONDARY = src('Some compilation', 'secondary');
const MINE = { ...META, id: 'user:x:a', list: 'My “research”' };
const THEIRS = { ...DOJ, id: 'user:y:b', list: 'Other list' };

const SOURCE_SETS: SourceRef[][] = [
  [META],
  [META, DOJ],
  [META, DOJ, OPENAI],
  [META, DIMA],
  [DIMA],
  [SECONDARY],
  [],
  [MINE],
  [META, MINE],
  [MINE, THEIRS],
];

const SUBJECTS: { display: string; shown: Subject; kind: Indicator['kind'] }[] = [
  { display: 'washingtonpost.pm', shown: { kind: 'host', host: 'washingtonpost.pm' }, kind: 'domain' },
  {
    display: 'wаshingtonpost.com (xn--wshingtonpost-w1k.com)',
    shown: { kind: 'host', host: 'wаshingtonpost.com (xn--wshingtonpost-w1k.com)' },
    kind: 'domain',
  },
  { display: 'this page', shown: { kind: 'page' }, kind: 'url' },
  { display: 'this account', shown: { kind: 'account' }, kind: 'url' },
  { display: '@bd_politico on X', shown: { kind: 'profile', handle: '@bd_politico', platform: 'X' }, kind: 'handle' },
];

const STATUSES: Indicator['status'][] = [
  undefined,
  { state: 'seized', date: '2024-09-04', by: 'the US Department of Justice' },
  { state: 'seized', date: '2024-09' },
  { state: 'seized', date: '2024' },
  { state: 'seized' },
  { state: 'defunct', date: '2023-05' },
  { state: 'defunct', date: '2023-05-17' },
  { state: 'defunct' },
  { state: 'active' },
];

function listedCases(): { summary: string; message: SummaryMessage }[] {
  const out: { summary: string; message: SummaryMessage }[] = [];
  const add = (w: ListedWording, shown: Subject): void => {
    out.push({ summary: listedSummary(w), message: listedMessage(w, shown) });
  };
  const indicator = (role: Role, kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator => ({
    value: 'x',
    kind,
    platform: 'web',
    role,
    campaign: 'c',
    sources: [],
    ...extra,
  });
  const OUTLET = { name: 'The Washington Post', domain: 'washingtonpost.com' };
  for (const role of [...ROLES, 'something-new' as Role]) {
    const timeBound = role === 'redirector' || role === 'phishing';
    for (const subject of SUBJECTS) {
      // Who says it, and whose list: every source set once.
      for (const sources of SOURCE_SETS) {
        const w = { subject: subject.display, kind: subject.kind, role, campaignName: 'Doppelganger', sources, stale: false };
        add({ ...w, indicator: indicator(role, subject.kind) }, subject.shown);
        if (role === 'impersonation') add({ ...w, indicator: indicator(role, subject.kind), outlet: OUTLET }, subject.shown);
      }
      // Status, dates and staleness.
      for (const status of STATUSES) {
        for (const stale of timeBound ? [false, true] : [false]) {
          for (const firstReported of stale ? ['2023-02-10', undefined] : ['2023-02-10']) {
            for (const campaignName of ['Doppelganger', 'IUVM / Endless Mayfly', 'FSB']) {
              const extra: Partial<Indicator> = { ...(firstReported ? { firstReported } : {}), ...(status ? { status } : {}) };
              add(
                {
                  indicator: indicator(role, subject.kind, extra),
                  subject: subject.display,
                  kind: subject.kind,
                  role,
                  campaignName,
                  sources: [META, DOJ],
                  stale,
                },
                subject.shown,
              );
            }
          }
        }
      }
    }
  }
  return out;
}

function otherCases(): { summary: string; message: SummaryMessage }[] {
  const out: { summary: string; message: SummaryMessage }[] = [];
  const kinds: LookalikeWording['kind'][] = ['other-suffix', 'confusable', 'edit', 'embedded', 'hyphenation'];
  const edits = ['omission', 'repetition', 'insertion', 'replacement', 'transposition'] as const;
  const tails: Partial<LookalikeWording>[] = [
    {},
    { claimed: { source: 'og:site_name', value: '  The   Washington\nPost ' } },
    { claimed: { source: 'title', value: 'x'.repeat(120) } },
    { namedOtherwise: 'Local Weather Daily' },
    { commonWord: true, label: 'bild' },
  ];
  for (const kind of kinds) {
    for (const edit of kind === 'edit' ? edits : [undefined]) {
      for (const tail of tails) {
        for (const [host, display] of [
          ['washingtonpost.pm', 'washingtonpost.pm'],
          ['xn--wshingtonpost-w1k.com', 'wаshingtonpost.com'],
        ]) {
          const w: LookalikeWording = {
            host: host!,
            display: display!,
            kind,
            ...(edit ? { edit } : {}),
            suffix: 'pm',
            outletDomain: 'washingtonpost.com',
            outletName: 'The Washington Post',
            ...tail,
          };
          out.push({ summary: lookalikeSummary(w), message: lookalikeMessage(w) });
        }
      }
    }
  }
  for (const sources of SOURCE_SETS) {
    for (const [claimed, commonWords] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const w = { host: 'niothinker.info', outletDomain: 'niothinker.com', campaignName: 'Spamouflage', sources, commonWords, claimed };
      out.push({ summary: successorSummary(w), message: successorMessage(w) });
    }
    for (const fuzzy of [false, true]) {
      out.push({
        summary: claimsBrandSummary('Nio  Thinker', 'Nio Thinker', 'Spamouflage', sources, fuzzy),
        message: claimsBrandMessage('Nio  Thinker', 'Nio Thinker', 'Spamouflage', sources, fuzzy),
      });
    }
    out.push({
      summary: claimsBrandSummary('Rrn', 'Rrn', 'Doppelganger', sources, false, 'rrn.media'),
      message: claimsBrandMessage('Rrn', 'Rrn', 'Doppelganger', sources, false, 'rrn.media'),
    });
    out.push({
      summary: artifactSummary('As an AI language model', 'CopyCop', sources),
      message: artifactMessage('As an AI language model', 'CopyCop', sources),
    });
    out.push({
      summary: artifactSummary('As an AI language model', 'influence operation', sources),
      message: artifactMessage('As an AI language model', null, sources),
    });
    for (const role of [...ROLES, 'something-new' as Role]) {
      for (const stale of [false, true]) {
        for (const c of ['Doppelganger', 'IUVM', 'FSB']) {
          out.push({ summary: flaggedTargetSummary(role, c, sources, stale), message: flaggedMessage(role, c, sources, stale) });
        }
      }
    }
  }
  for (const fuzzy of [false, true]) {
    out.push({
      summary: claimsOutletSummary('Washington  Posst', 'The Washington Post', 'washingtonpost.com', fuzzy),
      message: claimsOutletMessage('Washington  Posst', 'The Washington Post', 'washingtonpost.com', fuzzy),
    });
  }
  for (const sources of SOURCE_SETS) {
    const own = ownListOf(sources);
    if (own !== undefined) out.push({ summary: fromYourList(sources)!, message: { key: 'ownList', params: own } });
  }
  for (const count of [1, 2, 5, 21]) {
    for (const campaigns of [[], ['Doppelganger'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
      out.push({ summary: linksSummary(count, campaigns), message: linksMessage('links-to-flagged', count, campaigns) });
      out.push({ summary: handlesSummary(count, campaigns), message: linksMessage('shows-flagged-account', count, campaigns) });
    }
  }
  // Targets the bulk check and the CLI cannot read: the engine's English error is the sentence.
  for (const target of ['@name', 'ftp://files.example/', 'two words', 'https://user:pw@example.com/']) {
    try {
      targetUrl(target);
    } catch (error) {
      if (error instanceof TargetError && error.sentence) out.push({ summary: error.message, message: error.sentence });
    }
  }
  return out;
}

const CASES = [...listedCases(), ...otherCases()];

describe('English through the catalogue', () => {
  it('equals the English summary for every wording the engine can build', () => {
    const differ = CASES.filter((c) => renderMessage('en', c.message) !== c.summary).map((c) => [
      c.summary,
      renderMessage('en', c.message),
    ]);
    expect(differ.slice(0, 5)).toEqual([]);
    expect(new Set(CASES.map((c) => c.message.key))).toEqual(new Set(ALL_KEYS));
  });

  it('messages are plain JSON (they travel in runtime messages and --json)', () => {
    for (const c of CASES.slice(0, 2000)) expect(JSON.parse(JSON.stringify(c.message))).toEqual(c.message);
  });
});

// ---------------------------------------------------------------------------------------------
// Every finding the engine gives, over the fixture, the own-list fixture and the shipped lists
// ---------------------------------------------------------------------------------------------

function urlOf(i: Indicator): string {
  if (i.kind === 'domain') return `https://${i.value}/`;
  return /^https?:\/\//.test(i.value) ? i.value : `https://${i.value}/`;
}

function harvest(lists: CompiledLists, engine: Engine, outletSample = Infinity): { findings: Finding[]; flagged: FlaggedTarget[] } {
  const findings: Finding[] = [];
  const take = (url: string, signals?: PageSignals): void => {
    for (const now of [NOW, new Date('2040-01-01T00:00:00Z'), new Date('2000-01-01T00:00:00Z')]) {
      const v = engine.judge(url, signals, { now, sensitivity: 'text' });
      findings.push(...v.findings);
    }
  };
  const urls = lists.indicators.map(urlOf);
  for (const i of lists.indicators) {
    take(urlOf(i));
    for (const brand of i.brands ?? [])
      take('https://unrelated-example-host.org/', { claimedNames: [{ source: 'og:site_name', value: brand }] });
    if (i.kind === 'domain') {
      const label = i.value.split('.')[0]!;
      take(`https://${label}.info/`);
      take(`https://${label}.info/`, { claimedNames: [{ source: 'og:site_name', value: label }] });
      take(`https://other-example.org/`, { claimedNames: [{ source: 'og:site_name', value: label }] });
    }
  }
  for (const outlet of lists.outlets.slice(0, outletSample)) {
    const domain = outlet.domains[0];
    if (!domain) continue;
    const label = domain.split('.')[0]!;
    const hosts = [
      `${label}.pm`,
      `${label}s.com`,
      `${label}${label.at(-1)}.com`,
      `${label.slice(0, -1)}.com`,
      `${label.slice(0, 2)}-${label.slice(2)}.com`,
      `${label}-news.net`,
      `news-${label}.info`,
      `${label.replace('a', '\u0430').replace('o', '\u043e')}.com`,
    ];
    for (const host of hosts) {
      take(`https://${host}/`);
      take(`https://${host}/`, { claimedNames: [{ source: 'og:site_name', value: outlet.name }] });
      take(`https://${host}/`, { claimedNames: [{ source: 'og:site_name', value: 'Local Weather Daily' }] });
    }
    take('https://unrelated-example-host.org/', { claimedNames: [{ source: 'og:site_name', value: outlet.name }] });
    take('https://unrelated-example-host.org/', { claimedNames: [{ source: 'og:site_name', value: `${outlet.name}s` }] });
  }
  for (const a of lists.artifacts) take('https://unrelated-example-host.org/', { text: `Some text. ${a.phrase}. More text.` });
  for (let n = 1; n <= 3; n++) {
    take('https://unrelated-example-host.org/', { links: urls.slice(0, n * 7), handles: urls.slice(-n * 5) });
  }
  take('https://unrelated-example-host.org/', { links: urls.slice(0, 1), handles: urls.filter((u) => /x\.com|t\.me/.test(u)).slice(0, 1) });
  const flagged = [NOW, new Date('2040-01-01T00:00:00Z')].flatMap((now) => engine.flagged(urls, { now }));
  return { findings, flagged };
}

function expectEnglishEqual({ findings, flagged }: { findings: Finding[]; flagged: FlaggedTarget[] }): Set<string> {
  const keys = new Set<string>();
  const differ: [string, string][] = [];
  for (const f of [...findings, ...flagged]) {
    expect(f.message, f.summary).toBeDefined();
    keys.add(f.message!.key);
    const en = renderMessage('en', f.message!);
    if (en !== f.summary) differ.push([f.summary, en]);
    // The other languages render it too, without a hole.
    for (const lang of LANGS) expect(renderMessage(lang, f.message!)).not.toMatch(/\bundefined\b|\[object|\bNaN\b/);
  }
  expect(differ.slice(0, 5)).toEqual([]);
  return keys;
}

describe('engine findings carry their message', () => {
  it('fixture lists: every finding and flagged link renders in English as its summary', () => {
    const keys = expectEnglishEqual(harvest(fixtureLists, createEngine(fixtureLists)));
    for (const key of [
      'listed.impersonation',
      'listed.redirector',
      'lookalike.otherSuffix',
      'claims.outlet',
      'links',
      'accounts',
      'flagged',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("the person's own lists: the sentences that name the list", () => {
    const found = harvest(OWN_COMPILED, createEngine(OWN_COMPILED));
    expectEnglishEqual(found);
    expect(found.findings.some((f) => f.message && 'ownList' in f.message.params)).toBe(true);
  });

  const indexPath = fileURLToPath(new URL('../../../public/unmask-index.json', import.meta.url));
  it.skipIf(!existsSync(indexPath))(
    'shipped lists: every finding and flagged link renders in English as its summary',
    () => {
      const real = parseCompiled(readFileSync(indexPath, 'utf8'));
      const keys = expectEnglishEqual(harvest(real, createEngine(real), 60));
      expect(keys.size).toBeGreaterThan(12);
    },
    120_000,
  );
});

// ---------------------------------------------------------------------------------------------
// Six languages
// ---------------------------------------------------------------------------------------------

/** The parameter values a sentence must show, whatever the language. */
function shownValues(m: SummaryMessage, lang: Lang): string[] {
  const p = m.params as Record<string, unknown>;
  const out: string[] = [];
  const str = (k: string): void => {
    if (typeof p[k] === 'string') out.push(p[k] as string);
  };
  for (const k of ['campaign', 'outletDomain', 'brand', 'address', 'phrase', 'suffix']) str(k);
  // A lookalike names the outlet's domain; its name only when the page's own name is weighed.
  if (
    m.key.startsWith('claims.') ||
    (m.key.startsWith('lookalike.') && p.also !== undefined && (p.also as { kind: string }).kind !== 'claimed')
  )
    str('outletName');
  // An exact claim is said by the name it matched; a close one quotes what the page wrote too.
  if (p.fuzzy !== false) str('claimed');
  // "This address uses the name of x.com with another domain ending (.pm)": the suffix stands for the host.
  if (m.key !== 'lookalike.otherSuffix') str('host');
  const who = p.who as { names: { name: string; via?: string }[] } | undefined;
  for (const n of who?.names.slice(0, 2) ?? []) out.push(n.name, ...(n.via ? [n.via] : []));
  const own = (m.key === 'ownList' ? p : p.ownList) as { names: string[] } | undefined;
  out.push(...(own?.names ?? []));
  // English names no subject for an amplifier ("Named by Meta as an amplifier of ..."), as always;
  // a placed item is "this page" in every language.
  const subject =
    (lang === 'en' && m.key === 'listed.amplifier') || m.key === 'listed.placedArticle' ? undefined : (p.subject as Subject | undefined);
  if (subject?.kind === 'host') out.push(subject.host);
  if (subject?.kind === 'profile') out.push(subject.handle, subject.platform);
  const outlet = p.outlet as { name: string; domain: string } | undefined;
  if (outlet) out.push(outlet.name, outlet.domain);
  const status = p.status as { by?: string } | undefined;
  if (status?.by) out.push(lang === 'en' ? status.by : status.by.replace(/^the /, ''));
  const stale = p.stale as { year: string | null } | undefined;
  if (stale?.year) out.push(stale.year);
  if (Array.isArray(p.campaigns)) out.push(...(p.campaigns as string[]).slice(0, 3));
  if (typeof p.count === 'number' && p.count !== 1) out.push(String(p.count));
  const also = p.also as { name?: string; label?: string } | undefined;
  if (also?.name) out.push(also.name);
  if (also?.label) out.push(also.label);
  return out;
}

describe('six languages', () => {
  it('every language has every key, and nothing else', () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(ALL_KEYS);
  });

  it('every language shows every parameter of every message, with no hole', () => {
    const missing: string[] = [];
    for (const c of CASES) {
      for (const lang of LANGS) {
        const text = renderMessage(lang, c.message);
        if (/undefined|null|\[object|NaN|\$\{/.test(text) || text.trim() === '') missing.push(`${lang} ${c.message.key}: ${text}`);
        for (const value of shownValues(c.message, lang))
          if (!text.includes(value)) missing.push(`${lang} ${c.message.key} lacks ${value}: ${text}`);
      }
    }
    expect(missing.slice(0, 5)).toEqual([]);
  });

  it('the other languages are translated, not English', () => {
    for (const c of CASES.slice(0, 3000)) {
      const en = renderMessage('en', c.message);
      for (const lang of LANGS.filter((l) => l !== 'en')) expect(renderMessage(lang, c.message), lang).not.toBe(en);
    }
  });

  const links = (lang: Lang, count: number): string => renderMessage(lang, linksMessage('links-to-flagged', count, ['Pravda']));
  const accounts = (lang: Lang, count: number): string => renderMessage(lang, linksMessage('shows-flagged-account', count, []));

  it('Ukrainian plural forms for 1, 2, 5, 21', () => {
    expect(links('uk', 1)).toBe('Ця сторінка посилається на сайт або акаунт зі списків (Pravda); саму сторінку до списків не внесено.');
    expect(links('uk', 2)).toContain('на 2 сайти або акаунти зі списків');
    expect(links('uk', 5)).toContain('на 5 сайтів або акаунтів зі списків');
    expect(links('uk', 21)).toContain('на 21 сайт або акаунт зі списків');
    expect([1, 2, 5, 21].map((n) => accounts('uk', n).split(' зі ')[0])).toEqual([
      'Ця сторінка показує акаунт',
      'Ця сторінка показує 2 акаунти',
      'Ця сторінка показує 5 акаунтів',
      'Ця сторінка показує 21 акаунт',
    ]);
  });

  it('Polish plural forms for 1, 2, 5, 21 (and 22)', () => {
    expect([1, 2, 5, 21, 22].map((n) => links('pl', n).split(' do ')[0])).toEqual([
      'Ta strona zawiera link',
      'Ta strona zawiera 2 linki',
      'Ta strona zawiera 5 linków',
      'Ta strona zawiera 21 linków',
      'Ta strona zawiera 22 linki',
    ]);
    expect([1, 2, 5, 21].map((n) => accounts('pl', n).split(' z list')[0])).toEqual([
      'Ta strona pokazuje konto',
      'Ta strona pokazuje 2 konta',
      'Ta strona pokazuje 5 kont',
      'Ta strona pokazuje 21 kont',
    ]);
  });

  it('Russian plural forms for 1, 2, 5, 21', () => {
    expect([1, 2, 5, 21].map((n) => links('ru', n).split(' из ')[0])).toEqual([
      'Эта страница ссылается на сайт или аккаунт',
      'Эта страница ссылается на 2 сайта или аккаунта',
      'Эта страница ссылается на 5 сайтов или аккаунтов',
      'Эта страница ссылается на 21 сайт или аккаунт',
    ]);
    expect([1, 2, 5, 21].map((n) => accounts('ru', n).split(' из ')[0])).toEqual([
      'Эта страница показывает аккаунт',
      'Эта страница показывает 2 аккаунта',
      'Эта страница показывает 5 аккаунтов',
      'Эта страница показывает 21 аккаунт',
    ]);
  });

  it('German and French singular and plural', () => {
    expect(links('de', 1)).toBe(
      'Diese Seite verlinkt auf eine Website oder ein Konto aus den Listen (Pravda); die Seite selbst ist nicht aufgeführt.',
    );
    expect(links('de', 21)).toContain('auf 21 Websites oder Konten');
    expect(links('fr', 1)).toContain('renvoie vers un site ou un compte des listes');
    expect(links('fr', 2)).toContain('renvoie vers 2 sites ou comptes des listes');
  });

  it('dates are written in each language', () => {
    const sources = [DOJ];
    const w: ListedWording = {
      indicator: {
        value: 'x',
        kind: 'domain',
        platform: 'web',
        role: 'impersonation',
        campaign: 'c',
        sources: [],
        status: { state: 'seized', date: '2024-09-04', by: 'FBI' },
      },
      subject: 'washingtonpost.pm',
      kind: 'domain',
      role: 'impersonation',
      campaignName: 'Doppelganger',
      sources,
      stale: false,
    };
    const m = listedMessage(w, { kind: 'host', host: 'washingtonpost.pm' });
    expect(renderMessage('de', m)).toContain('von FBI am 4. September 2024 beschlagnahmt');
    expect(renderMessage('fr', m)).toContain('saisie par FBI le 4 septembre 2024');
    expect(renderMessage('uk', m)).toMatch(/вилучено \(FBI\) 4 вересня 2024 року\.$/);
    expect(renderMessage('ru', m)).toMatch(/изъят \(FBI\) 4 сентября 2024 года\.$/);
    expect(renderMessage('pl', m)).toContain('przejęty przez FBI 4 września 2024');
    const month = listedMessage(
      { ...w, indicator: { ...w.indicator, status: { state: 'defunct', date: '2024-09' } } },
      { kind: 'host', host: 'x' },
    );
    expect(renderMessage('uk', month)).toContain('у вересні 2024 року, адреса');
    expect(renderMessage('pl', month)).toMatch(/we wrześniu 2024 roku\.$/);
    expect(renderMessage('ru', month)).toContain('в сентябре 2024 года, адрес');
    expect(renderMessage('de', month)).toContain('im September 2024');
  });
});

describe('wording keeps its precision in every language', () => {
  const message = (role: Role, kind: Indicator['kind'] = 'domain'): SummaryMessage =>
    listedMessage(
      {
        indicator: { value: 'x', kind, platform: 'web', role, campaign: 'c', sources: [], firstReported: '2026-01' },
        subject: 'example.pm',
        kind,
        role,
        campaignName: 'Doppelganger',
        sources: [META],
        stale: false,
      },
      { kind: 'host', host: 'example.pm' },
    );
  /** The glossary's term per role (docs/glossary.md), as each sentence must contain it. */
  const TERMS: Record<Lang, Partial<Record<Role, RegExp>>> = {
    en: {
      'operated-outlet': /run by/,
      impersonation: /imitating/,
      amplifier: /amplifier/,
      redirector: /redirect domain/,
      phishing: /credential-phishing domain/,
    },
    de: {
      'operated-outlet': /betriebene/,
      impersonation: /nachahmt/,
      amplifier: /Verbreiter/,
      redirector: /Weiterleitungsdomain/,
      phishing: /Phishing-Domain für Zugangsdaten/,
    },
    fr: {
      'operated-outlet': /géré par/,
      impersonation: /imite/,
      amplifier: /relais des contenus/,
      redirector: /domaine de redirection/,
      phishing: /domaine d’hameçonnage d’identifiants/,
    },
    uk: {
      'operated-outlet': /яким керує/,
      impersonation: /імітує/,
      amplifier: /поширювачем контенту/,
      redirector: /домен переадресації/,
      phishing: /фішинговий домен для викрадення облікових даних/,
    },
    pl: {
      'operated-outlet': /prowadzoną przez/,
      impersonation: /podszywającą się pod/,
      amplifier: /rozpowszechniające treści/,
      redirector: /domenę przekierowującą/,
      phishing: /domenę phishingową wyłudzającą dane logowania/,
    },
    ru: {
      'operated-outlet': /которым управляет/,
      impersonation: /имитирующий/,
      amplifier: /распространителем контента/,
      redirector: /домен переадресации/,
      phishing: /фишинговый домен для кражи учётных данных/,
    },
  };
  const FORBIDDEN = /fake|propagand|malicious|gefälscht|fälschung|faux|contrefa|фейк|підроб|поддел|fałszyw|fejk|podróbk|пропаганд/i;

  it('each role says its own term, and no role collapses into another', () => {
    for (const lang of LANGS) {
      const texts = ROLES.map((role) => renderMessage(lang, message(role)));
      expect(new Set(texts).size, lang).toBe(ROLES.length);
      for (const [role, term] of Object.entries(TERMS[lang]))
        expect(renderMessage(lang, message(role as Role)), `${lang} ${role}`).toMatch(term!);
    }
  });

  it('no sentence in any language uses a word meaning "fake" or "propaganda"', () => {
    for (const c of CASES) for (const lang of LANGS) expect(renderMessage(lang, c.message)).not.toMatch(FORBIDDEN);
  });

  it('no sentence ends in a doubled full stop or a stray space before punctuation', () => {
    for (const c of CASES) {
      for (const lang of LANGS)
        expect(renderMessage(lang, c.message)).not.toMatch(/(?<!\.)\.\.(?!\.)|[^\u202f\u00a0] (?:[,;:]|\.(?!\.\.))/);
    }
  });

  it('lookalikes say "resembles"/"imitates", never that the site is run by anyone', () => {
    const m = lookalikeMessage({
      host: 'washingtonpost.pm',
      display: 'washingtonpost.pm',
      kind: 'other-suffix',
      suffix: 'pm',
      outletDomain: 'washingtonpost.com',
      outletName: 'The Washington Post',
    });
    for (const lang of LANGS) expect(renderMessage(lang, m)).not.toMatch(/run by|betrieben|géré|керує|prowadzon|управляет/);
  });
});

describe('render', () => {
  const finding = { summary: 'English only', message: linksMessage('links-to-flagged', 2, []) };
  it('reads language tags and falls back to English', () => {
    expect(parseLang('de-AT')).toBe('de');
    expect(parseLang('uk_UA')).toBe('uk');
    expect(parseLang('es')).toBeNull();
    expect(findingSentence(finding, 'es')).toBe(renderMessage('en', finding.message));
    expect(findingSentence(finding, 'de-DE')).toBe(renderMessage('de', finding.message));
  });
  it('a finding without a readable message keeps its English summary', () => {
    expect(findingSentence({ summary: 'English only' }, 'de')).toBe('English only');
    expect(findingSentence({ summary: 'English only', message: { key: 'nope', params: {} } as unknown as SummaryMessage }, 'de')).toBe(
      'English only',
    );
    expect(findingSentence({ summary: 'English only', message: { key: 'links', params: null } as unknown as SummaryMessage }, 'de')).toBe(
      'English only',
    );
    expect(flaggedSentence({ summary: 'Listed by Meta' }, 'fr')).toBe('Listed by Meta');
  });
});
