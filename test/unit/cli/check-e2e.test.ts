/**
 * The check CLI end to end: the real engine (src/core/engine.ts) on the engine's fixture index
 * (test/fixtures/engine/lists.json, built from real indicator rows), through `main`, and once as a
 * spawned process for the real exit codes.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io, type JsonVerdict } from '../../../src/cli/check';
import { renderMessage } from '../../../src/core/i18n/render';
import type { SummaryMessage } from '../../../src/core/i18n/types';

const REPO = resolve(__dirname, '../../..');
const INDEX = 'test/fixtures/engine/lists.json';
const PAGES = 'test/fixtures/pages';

async function check(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: { UNMASK_INDEX: INDEX }, cwd: REPO };
  const code = await main(argv, io);
  return { code, out, err };
}

async function json(argv: string[]): Promise<{ code: number; verdicts: JsonVerdict[]; err: string[] }> {
  const r = await check(['--json', ...argv]);
  return { code: r.code, verdicts: r.out.map((l) => JSON.parse(l) as JsonVerdict), err: r.err };
}

const FINDING_KEYS = [
  'reason',
  'level',
  'summary',
  'summaryKey',
  'summaryParams',
  'indicator',
  'campaign',
  'actor',
  'impersonates',
  'sources',
];

/** Every key at every depth is a contract key, in contract order. */
function expectContractShape(v: JsonVerdict): void {
  expect(Object.keys(v)).toEqual(['target', 'level', 'findings']);
  for (const f of v.findings) {
    const keys = Object.keys(f);
    expect(keys).toEqual(FINDING_KEYS.filter((k) => keys.includes(k)));
    for (const k of ['reason', 'level', 'summary', 'summaryKey', 'summaryParams', 'sources']) expect(keys).toContain(k);
    if (f.campaign) expect(Object.keys(f.campaign)).toEqual(['id', 'name']);
    if (f.actor) expect(Object.keys(f.actor)).toEqual(['id', 'name', 'country']);
    for (const s of f.sources) {
      expect(Object.keys(s)).toEqual(['publisher', 'title', 'url', 'date']);
      expect(s.url).toMatch(/^https:\/\//);
    }
  }
}

describe('check on the fixture index', () => {
  it('a listed spoof: high, with campaign, actor, the imitated outlet and sources', async () => {
    const { code, verdicts } = await json(['washingtonpost.pm', 'https://washingtonpost.pm/politics/2024/02/01/story/']);
    expect(code).toBe(0);
    expect(verdicts).toHaveLength(2);
    for (const v of verdicts) {
      expectContractShape(v);
      expect(v.level).toBe('high');
      const f = v.findings[0]!;
      expect(f).toMatchObject({
        reason: 'listed-domain',
        level: 'high',
        indicator: 'washingtonpost.pm',
        campaign: { id: 'doppelganger', name: 'Doppelganger' },
        actor: { id: 'social-design-agency', country: 'RU' },
        impersonates: 'washingtonpost.com',
      });
      expect(f.sources.map((s) => s.publisher)).toContain('Meta');
    }
    expect(verdicts.map((v) => v.target)).toEqual(['washingtonpost.pm', 'https://washingtonpost.pm/politics/2024/02/01/story/']);
  });

  it('a bare host that is not listed, and the real outlet: none', async () => {
    const { code, verdicts } = await json(['example.com', 'www.washingtonpost.com', 'https://www.washingtonpost.com/politics/']);
    expect(code).toBe(0);
    expect(verdicts.map((v) => [v.target, v.level, v.findings.length])).toEqual([
      ['example.com', 'none', 0],
      ['www.washingtonpost.com', 'none', 0],
      ['https://www.washingtonpost.com/politics/', 'none', 0],
    ]);
  });

  it('a profile URL, with and without scheme, on x.com and twitter.com', async () => {
    const { code, verdicts } = await json([
      'https://x.com/institute_ibi',
      'twitter.com/institute_ibi',
      'https://x.com/someone_else_entirely',
    ]);
    expect(code).toBe(0);
    for (const v of verdicts.slice(0, 2)) {
      expectContractShape(v);
      expect(v.level).toBe('high');
      expect(v.findings[0]).toMatchObject({ reason: 'listed-account', campaign: { id: 'burke-institute' } });
    }
    expect(verdicts[2]?.level).toBe('none');
  });

  it('--html: a clone of The Washington Post on an unlisted domain is recognised by what it claims', async () => {
    const { code, verdicts } = await json([
      '--html',
      `${PAGES}/wapo-clone.html`,
      'https://daily-report-news.example/politics/2024/03/12/council/',
    ]);
    expect(code).toBe(0);
    const v = verdicts[0]!;
    expectContractShape(v);
    expect(['high', 'medium']).toContain(v.level);
    expect(v.findings.some((f) => f.reason === 'claims-outlet-name' && f.impersonates === 'washingtonpost.com')).toBe(true);
    // The same bare domain without the page is nothing known: the page is the evidence.
    const bare = await json(['https://daily-report-news.example/politics/2024/03/12/council/']);
    expect(bare.verdicts[0]?.level).toBe('none');
  });

  it('--html: a Nio Thinker clone on a new domain is tied to its campaign', async () => {
    const { verdicts } = await json(['--html', `${PAGES}/niothinker.html`, 'https://nio-thinker.example/2024/08/01/library-hours/']);
    const v = verdicts[0]!;
    expectContractShape(v);
    expect(v.level).toBe('medium');
    expect(v.findings[0]).toMatchObject({ reason: 'claims-campaign-brand', campaign: { id: 'storm-2035' } });
  });

  it('--html: the research article that links to washingtonpost.pm is info, never flagged itself', async () => {
    const { code, verdicts } = await json([
      '--html',
      `${PAGES}/research-doppelganger.html`,
      'https://dfrlab.org/2024/02/20/doppelganger-clones/',
    ]);
    expect(code).toBe(0);
    const v = verdicts[0]!;
    expectContractShape(v);
    expect(v.level).toBe('info');
    expect(v.findings.every((f) => f.level === 'info')).toBe(true);
    expect(v.findings.some((f) => f.reason === 'links-to-flagged' && f.campaign?.id === 'doppelganger')).toBe(true);
  });

  it('--html: the real outlet page on its own domain is clean', async () => {
    const { verdicts } = await json([
      '--html',
      `${PAGES}/real-outlet.html`,
      'https://www.washingtonpost.com/arts-entertainment/2024/06/01/museum-hours/',
    ]);
    expect(verdicts[0]).toEqual({
      target: 'https://www.washingtonpost.com/arts-entertainment/2024/06/01/museum-hours/',
      level: 'none',
      findings: [],
    });
  });

  it('--html: a feed that shows a listed persona is info', async () => {
    const { verdicts } = await json(['--html', `${PAGES}/x-feed.html`, 'https://x.com/home']);
    expect(verdicts[0]?.level).toBe('info');
    expect(verdicts[0]?.findings.some((f) => f.campaign?.id === 'burke-institute')).toBe(true);
  });

  it('a host that is itself a public suffix is a site to judge, not bad input: exit 0, none', async () => {
    const targets = ['https://www.parliament.nz/', 'myshopify.com', 'gov.uk', 'blogspot.com', 'https://www.gov.uk/government/news'];
    const { code, verdicts, err } = await json(targets);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(verdicts).toEqual(targets.map((target) => ({ target, level: 'none', findings: [] })));
    // Its sub-sites are still sites of their own, judged on their own.
    expect((await json(['someone.blogspot.com', 'shop.myshopify.com'])).verdicts.map((v) => v.level)).toEqual(['none', 'none']);
  });

  it('an unparseable target among good ones: exit 2, the others judged in order', async () => {
    const { code, verdicts, err } = await json(['washingtonpost.pm', 'not a target', '@institute_ibi', 'example.com']);
    expect(code).toBe(2);
    expect(verdicts.map((v) => [v.target, v.level])).toEqual([
      ['washingtonpost.pm', 'high'],
      ['example.com', 'none'],
    ]);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^check: cannot parse "not a target"/);
    expect(err[1]).toMatch(/^check: cannot parse "@institute_ibi".*ambiguous/);
  });

  it('a missing --html file: exit 2 and a message naming it', async () => {
    const r = await check(['--html', `${PAGES}/missing.html`, 'https://washingtonpost.pm/']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`check: --html ${PAGES}/missing.html: no such file or it cannot be read`]);
  });

  it('the readable report names level, campaign, actor and country, the outlet and the sources', async () => {
    const r = await check(['washingtonpost.pm']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(r.out[0]).toBe('washingtonpost.pm: HIGH: Documented influence operation');
    expect(text).toContain('Campaign: Doppelganger (doppelganger)');
    expect(text).toContain('Actor: Social Design Agency (Russia, RU)');
    expect(text).toContain('Impersonates: washingtonpost.com');
    expect(text).toMatch(/- Meta, "[^"]+", \d{4}(-\d\d)?(-\d\d)?\n\s+https:\/\//);
  });
});

describe('check as a process', () => {
  const tsx = resolve(REPO, 'node_modules/.bin/tsx');
  const spawn = (args: string[], env: Record<string, string> = { UNMASK_INDEX: INDEX }) =>
    spawnSync(tsx, ['src/cli/check.ts', ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: REPO, ...env },
      timeout: 60_000,
    });

  it('exits 0, 2 and 2 (missing index) with the real process', () => {
    const ok = spawn(['--json', 'washingtonpost.pm', 'example.com']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    const lines = ok.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as JsonVerdict).level)).toEqual(['high', 'none']);

    const bad = spawn(['--json', 'washingtonpost.pm', 'not a target']);
    expect(bad.status).toBe(2);
    expect(bad.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^check: cannot parse "not a target"/);

    const noIndex = spawn(['washingtonpost.pm'], { UNMASK_INDEX: 'test/fixtures/cli/absent.json' });
    expect(noIndex.status).toBe(2);
    expect(noIndex.stdout).toBe('');
    expect(noIndex.stderr).toContain('run `npm run lists` first');
  });
});

describe('check in other languages', () => {
  it('--json keeps the English summary and adds summaryKey and summaryParams, which render it', async () => {
    const { code, verdicts } = await json(['--lang', 'de', 'washingtonpost.pm', 'https://x.com/bd_politico']);
    expect(code).toBe(0);
    const [spoof, persona] = verdicts.map((v) => v.findings[0]!);
    expect(spoof!.summary).toBe(
      'Meta and US Department of Justice list washingtonpost.pm as a Doppelganger site imitating The Washington Post (washingtonpost.com); it was seized by the US Department of Justice on 2024-09-04.',
    );
    expect(spoof!.summaryKey).toBe('listed.impersonation');
    expect(spoof!.summaryParams).toMatchObject({
      who: { names: [{ name: 'Meta' }, { name: 'US Department of Justice' }] },
      subject: { kind: 'host', host: 'washingtonpost.pm' },
      campaign: 'Doppelganger',
      outlet: { name: 'The Washington Post', domain: 'washingtonpost.com' },
      status: { state: 'seized', by: 'the US Department of Justice', date: '2024-09-04' },
    });
    expect(persona!.summaryKey).toBe('listed.persona');
    expect(persona!.summaryParams).toMatchObject({ subject: { kind: 'profile', handle: '@bd_politico', platform: 'X' } });
    for (const v of verdicts) {
      for (const f of v.findings) {
        const message = { key: f.summaryKey, params: f.summaryParams } as SummaryMessage;
        expect(renderMessage('en', message)).toBe(f.summary);
      }
    }
  });

  it('--lang de writes the report in German', async () => {
    const r = await check(['--lang', 'de', 'washingtonpost.pm']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out[1]).toBe(
      '  1. [high] Meta und US Department of Justice führen washingtonpost.pm als eine Website von Doppelganger, die The Washington Post (washingtonpost.com) nachahmt, auf; die Adresse wurde von US Department of Justice am 4. September 2024 beschlagnahmt.',
    );
    expect(r.out).toContain('     Treffer: washingtonpost.pm');
    expect(r.out).toContain('     Operation: Doppelganger (doppelganger)');
    expect(r.out.find((l) => l.includes('Akteur:'))).toMatch(/Russland, RU/);
    expect(r.out).toContain('     Quellen:');
    const clean = await check(['--lang=de', 'example.com']);
    expect(clean.out[1]).toBe('  Keine Befunde.');
  });

  it('--lang uk and ru write Cyrillic, --lang en the English summary', async () => {
    const uk = await check(['--lang', 'uk', 'rrn.media']);
    expect(uk.out[1]).toMatch(/^ {2}1\. \[high\] .*вносить до списку rrn\.media як сайт, яким керує Doppelganger/);
    const ru = await check(['--lang', 'RU', 'rrn.media']);
    expect(ru.out[1]).toMatch(/вносит в список rrn\.media как сайт, которым управляет Doppelganger/);
    const en = await check(['--lang', 'en', '--json', 'rrn.media']);
    const plain = await check(['--json', 'rrn.media']);
    expect(en.out).toEqual(plain.out);
  });

  it('an unknown language is one line naming it, exit 2, and nothing judged', async () => {
    const r = await check(['--lang', 'es', 'washingtonpost.pm']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['check: unknown language "es" for --lang (use en, de, fr, uk, pl, ru)']);
    const missing = await check(['washingtonpost.pm', '--lang']);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual(['check: --lang needs a LANG (en, de, fr, uk, pl, ru)']);
  });
});
