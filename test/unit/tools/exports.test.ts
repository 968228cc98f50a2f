import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import type { Finding, Verdict } from '../../../src/core/types';
import { parseBulkInput } from '../../../src/tools/bulk-input';
import { runBulk } from '../../../src/tools/bulk-run';
import type { BulkRow } from '../../../src/tools/bulk-rows';
import { csvCell, toCsv } from '../../../src/tools/export/csv';
import { mdCell, mdCode, mdProse, toMarkdown } from '../../../src/tools/export/markdown';
import { partialDateStart, patternFor, patternString, toStixBundle, toStixJson } from '../../../src/tools/export/stix';
import { sha1, uuidv5 } from '../../../src/tools/uuid';
import { indexLists } from '../../../src/ui/lists';
import { LISTS, META, WAPO_FINDING } from '../ui/fixtures';
import { validateBundle, validatePattern } from '../../support/stix-validate';
import { parseCompiled } from '../../../src/lists/compiled';

const PERSONA: Finding = {
  reason: 'listed-account',
  level: 'high',
  summary: "Listed by Meta as a Doppelganger account | 'run' by *it*.",
  indicator: 'https://ca.pinterest.com/franolcadriw',
  role: 'persona',
  campaign: { id: 'doppelganger', name: 'Doppelganger' },
  evidence: {},
  sources: [META],
};
const verdict = (target: string, findings: Finding[]): Verdict => ({ target, level: findings[0]?.level ?? 'none', findings });
const ROWS: BulkRow[] = [
  { line: 1, target: 'washingtonpost.pm', verdict: verdict('washingtonpost.pm', [WAPO_FINDING]) },
  { line: 2, target: '=HYPERLINK("http://evil.example","x")', error: 'cannot parse "=HYPERLINK": expected a URL' },
  { line: 3, target: 'example.org', verdict: verdict('example.org', []) },
  { line: 4, target: 'https://ca.pinterest.com/franolcadriw', verdict: verdict('https://ca.pinterest.com/franolcadriw', [PERSONA]) },
];
const NOW = new Date(Date.UTC(2026, 10, 21, 9, 0, 0));
const META_URL = META.url;
const DOJ_URL = 'https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign';

describe('CSV export', () => {
  it('exact output: RFC 4180 quoting, CRLF, and the formula-injection guard', () => {
    expect(toCsv(ROWS)).toBe(
      [
        'target,level,campaign,actor,reason,sources,source_urls,line,context',
        `washingtonpost.pm,high,Doppelganger,Social Design Agency,Listed by Meta and the US Department of Justice as a Doppelganger clone of The Washington Post.,"Meta: Adversarial Threat Report, Q2 2023: Doppelganger (threat indicator file) (2023-08) | US Department of Justice: Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation (2024-09-04)",${META_URL} ${DOJ_URL},1,`,
        `"'=HYPERLINK(""http://evil.example"",""x"")",error,,,"cannot parse ""=HYPERLINK"": expected a URL",,,2,`,
        'example.org,none,,,,,,3,',
        `https://ca.pinterest.com/franolcadriw,high,Doppelganger,,Listed by Meta as a Doppelganger account | 'run' by *it*.,"Meta: Adversarial Threat Report, Q2 2023: Doppelganger (threat indicator file) (2023-08)",${META_URL},4,`,
        '',
      ].join('\r\n'),
    );
  });
  it('every formula trigger is neutralised; harmless text is left alone', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a-b')).toBe('a-b');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('')).toBe('');
  });
  it('a field a spreadsheet would split on its locale separator is quoted, and each piece is guarded', () => {
    // Opened with `;` as the separator (most European locales), `x.com;=1+2` is two cells.
    expect(csvCell('x.com;=1+2')).toBe(`"x.com;'=1+2"`);
    expect(csvCell('x.com,=1+2')).toBe(`"x.com,'=1+2"`);
    expect(csvCell('x.com\t@SUM(A1)')).toBe(`"x.com\t'@SUM(A1)"`);
    // Spaces a spreadsheet trims, and the full-width sign some spreadsheets also read as a formula.
    expect(csvCell('a; =1+2')).toBe(`"a;' =1+2"`);
    expect(csvCell('\uff1d1+2')).toBe("'\uff1d1+2");
    expect(csvCell('a;b')).toBe('"a;b"');
    // Every cell of every split of a whole exported row: none starts with a trigger.
    const csv = toCsv([{ line: 1, target: 'x.com;=cmd|" /C calc"!A0', error: 'x;-2+3,@A1\t+1' }]);
    const row = csv.split('\r\n')[1]!;
    for (const sep of [',', ';', '\t']) {
      for (const cell of row.split(sep)) expect(cell.replace(/^"/, '')).not.toMatch(/^\s*[=+\-@]/);
    }
  });
});

describe('Markdown export', () => {
  it('exact output: flagged rows, numbered citations shared between rows, sources with publisher, title, date and URL', () => {
    expect(toMarkdown(ROWS, { intro: 'Checked with Unmask.' })).toBe(
      [
        'Checked with Unmask.',
        '',
        '| Target | Level | Campaign | Actor | What the source says | Sources |',
        '|---|---|---|---|---|---|',
        '| `washingtonpost.pm` | high | Doppelganger | Social Design Agency | Listed by Meta and the US Department of Justice as a Doppelganger clone of The Washington Post. | [1] [2] |',
        "| `https://ca.pinterest.com/franolcadriw` | high | Doppelganger |  | Listed by Meta as a Doppelganger account \\| 'run' by \\*it\\*. | [1] |",
        '',
        'Sources:',
        '',
        `1. Meta, "Adversarial Threat Report, Q2 2023: Doppelganger \\(threat indicator file\\)", 2023-08. <${META_URL}>`,
        `2. US Department of Justice, "Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation", 2024-09-04. <${DOJ_URL}>`,
        '',
      ].join('\n'),
    );
  });
  it('hostile cells cannot break the table or become links or HTML', () => {
    expect(mdCell('a | b\n<script>[x](javascript:y)')).toBe('a \\| b \\<script\\>\\[x\\]\\(javascript:y\\)');
    expect(mdCode('a`b|c')).toBe('``a`b%7Cc``');
    expect(mdCode('`x')).toBe('`` `x ``');
    const md = toMarkdown([
      { line: 1, target: 'x', verdict: verdict('x', [{ ...PERSONA, sources: [{ ...META, url: 'javascript:alert(1)' }] }]) },
    ]);
    expect(md).not.toContain('<javascript');
    expect(md).toContain('`javascript:alert(1)`');
  });
  it('hosts and addresses in prose are code spans, so that no renderer linkifies them', () => {
    expect(mdProse('washingtonpost.pm looks like washingtonpost.com (The Washington Post).')).toBe(
      '`washingtonpost.pm` looks like `washingtonpost.com` \\(The Washington Post\\).',
    );
    expect(mdProse('See https://evil.example/a?b=1, or www.spiegel.ltd/x; and rrn.world.')).toBe(
      'See `https://evil.example/a?b=1`, or `www.spiegel.ltd/x`; and `rrn.world`.',
    );
    expect(mdProse('An IDN: wаshingtonpost.com')).toBe('An IDN: `wаshingtonpost.com`');
    // Not hosts: abbreviations and numbers stay prose.
    expect(mdProse('U.S. report 2.5, e.g. this')).toBe('U.S. report 2.5, e.g. this');
    const lookalike: Finding = {
      ...PERSONA,
      reason: 'lookalike-domain',
      summary: 'spiegel.ltd imitates spiegel.de, a protected outlet.',
      sources: [{ ...META, title: 'Clones at bild.work', via: 'lists rrn.media' }],
    };
    const md = toMarkdown([{ line: 1, target: 'spiegel.ltd', verdict: verdict('spiegel.ltd', [lookalike]) }]);
    expect(md).toContain('| `spiegel.ltd` imitates `spiegel.de`, a protected outlet. |');
    expect(md).toContain('"Clones at `bild.work`"');
    expect(md).toContain('— lists `rrn.media`');
    // Outside code spans, nothing in the document is a bare host.
    const prose = md.replace(/(`+).*?\1/g, '').replace(/<https:[^>]+>/g, '');
    expect(prose).not.toMatch(/[a-z0-9-]+\.(?:ltd|de|work|media)\b/);
  });
  it('says when nothing was flagged', () => {
    expect(toMarkdown([ROWS[2]!])).toContain('| (nothing flagged) | | | | | |');
  });
});

describe('UUIDv5 and SHA-1', () => {
  it('match the published test vectors', () => {
    const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    // RFC 9562 / Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidv5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe('STIX 2.1 export', () => {
  it('is valid against the rules we encode, and has the expected objects and relationships', () => {
    const bundle = toStixBundle(ROWS, LISTS, { now: NOW });
    expect(validateBundle(bundle)).toEqual([]);
    const types = bundle.objects.map((o) => o.type);
    expect(types).toEqual([
      'identity',
      'threat-actor',
      'campaign',
      'indicator',
      'indicator',
      'relationship',
      'relationship',
      'relationship',
    ]);
    const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
    expect(
      byType('indicator')
        .map((o) => o.pattern)
        .sort(),
    ).toEqual(["[domain-name:value = 'washingtonpost.pm']", "[url:value = 'https://ca.pinterest.com/franolcadriw']"]);
    const wapo = byType('indicator').find((o) => o.name === 'washingtonpost.pm')!;
    expect(wapo).toMatchObject({
      valid_from: '2023-08-01T00:00:00.000Z',
      indicator_types: ['malicious-activity', 'attribution'],
      x_unmask_role: 'impersonation',
    });
    expect(wapo.external_references).toEqual([
      {
        source_name: 'Meta',
        url: META_URL,
        description: 'Adversarial Threat Report, Q2 2023: Doppelganger (threat indicator file); 2023-08',
      },
      {
        source_name: 'US Department of Justice',
        url: DOJ_URL,
        description: 'Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation; 2024-09-04',
      },
    ]);
    const [campaign] = byType('campaign');
    expect(campaign).toMatchObject({ name: 'Doppelganger', aliases: ['RRN', 'Storm-1099'], first_seen: '2022-05-01T00:00:00.000Z' });
    const attributed = byType('relationship').find((o) => o.relationship_type === 'attributed-to')!;
    expect(attributed.description).toBe('Attributed by Meta (high). Attributed by US Department of Justice (confirmed).');
    expect((attributed.external_references as { source_name: string }[]).map((r) => r.source_name)).toEqual([
      'Meta',
      'US Department of Justice',
    ]);
    expect(
      byType('relationship')
        .filter((o) => o.relationship_type === 'indicates')
        .every((o) => o.target_ref === campaign!.id),
    ).toBe(true);
  });
  it('ids are deterministic: the same findings give byte-identical bundles, whatever the row order', () => {
    const a = toStixJson(ROWS, LISTS, { now: NOW });
    expect(toStixJson([...ROWS].reverse(), LISTS, { now: NOW })).toBe(a);
    const bundle = JSON.parse(a);
    expect(bundle.objects.find((o: { type: string }) => o.type === 'identity').id).toBe(
      `identity--${uuidv5('4a5c7a2e-8a3f-4d0b-9c61-3f2b6e1d7a90', 'identity:unmask')}`,
    );
  });
  it('patterns escape quotes and backslashes; the validator rejects broken patterns and bundles', () => {
    expect(patternString("a'b\\c")).toBe("'a\\'b\\\\c'");
    expect(patternFor("https://x.example/it's")).toBe("[url:value = 'https://x.example/it\\'s']");
    expect(patternFor('Spiegel.LTD')).toBe("[domain-name:value = 'spiegel.ltd']");
    expect(validatePattern(patternFor("https://x.example/it's\\"))).toEqual([]);
    expect(validatePattern("[url:value = 'a'b']")).not.toEqual([]);
    expect(validatePattern("[url:value = 'a'")).not.toEqual([]);
    expect(validatePattern("url:value = 'a'")).not.toEqual([]);
    expect(validatePattern('[url:value = a]')).not.toEqual([]);
    const bundle = toStixBundle(ROWS, LISTS, { now: NOW });
    const broken = structuredClone(bundle);
    broken.objects.push({
      type: 'relationship',
      id: 'relationship--not-a-uuid',
      spec_version: '2.1',
      created: '2026-11-21T09:00:00Z',
      modified: '2026-11-21T09:00:00.000Z',
      relationship_type: 'indicates',
      source_ref: 'indicator--00000000-0000-5000-8000-000000000000',
      target_ref: bundle.objects[2]!.id,
    });
    broken.objects.push({
      type: 'malware',
      id: 'malware--00000000-0000-5000-8000-000000000001',
      spec_version: '2.1',
      created: '2026-11-21T09:00:00.000Z',
      modified: '2026-11-21T09:00:00.000Z',
    });
    const errors = validateBundle(broken).join('\n');
    expect(errors).toContain('id is not <type>--<uuid>');
    expect(errors).toContain('created "2026-11-21T09:00:00Z" is not RFC 3339 with ms and Z');
    expect(errors).toContain('source_ref indicator--00000000-0000-5000-8000-000000000000 does not resolve');
    expect(errors).toContain('malware malware--00000000-0000-5000-8000-000000000001: unknown or unexpected type');
  });
  it('partial dates become the first instant of the period', () => {
    expect(partialDateStart('2024')).toBe('2024-01-01T00:00:00.000Z');
    expect(partialDateStart('2024-09')).toBe('2024-09-01T00:00:00.000Z');
    expect(partialDateStart('2024-09-04')).toBe('2024-09-04T00:00:00.000Z');
    expect(partialDateStart('soon')).toBeNull();
  });
  it('a bundle of every indicator in the engine fixture, judged by the real engine, is valid; links-only findings are not indicators', async () => {
    const lists = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
    const engine = createEngine(lists);
    const input = parseBulkInput([...lists.indicators.map((i) => i.value), 'washingtonpost.com', 'wasingtonpost.com', '@x'].join('\n'));
    const { rows } = await runBulk(engine, input.targets, { yieldNow: async () => undefined });
    const bundle = toStixBundle(rows, indexLists(lists), { now: NOW });
    expect(validateBundle(bundle)).toEqual([]);
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    expect(indicators.length).toBeGreaterThanOrEqual(lists.indicators.length);
    // The lookalike is heuristic: anomalous, not attributed to a campaign.
    const lookalike = indicators.find((o) => o.name === 'wasingtonpost.com');
    expect(lookalike?.indicator_types).toEqual(['anomalous-activity']);
    expect(bundle.objects.some((o) => o.type === 'relationship' && o.source_ref === lookalike?.id)).toBe(false);
    expect(indicators.some((o) => o.name === 'washingtonpost.com')).toBe(false);
    expect(bundle.objects.filter((o) => o.type === 'threat-actor').length).toBeGreaterThan(0);
  });
});
