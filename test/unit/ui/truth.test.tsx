// @vitest-environment happy-dom
/**
 * Every screen and export says exactly what is true.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Finding, SourceRef } from '../../../src/core/types';
import type { BulkRow } from '../../../src/tools/bulk-rows';
import { toCsv } from '../../../src/tools/export/csv';
import { toMarkdown } from '../../../src/tools/export/markdown';
import { toStixBundle } from '../../../src/tools/export/stix';
import { OptionsView } from '../../../src/ui/components/OptionsView';
import { PopupView, type TrustProps } from '../../../src/ui/components/PopupView';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings';
import { ReportView } from '../../../src/ui/components/ReportView';
import { SourceList } from '../../../src/ui/components/SourceList';
import { aliasLine, checkedItems, citationText, findingCitation } from '../../../src/ui/view-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../../src/core/engine';
import { parseCompiled } from '../../../src/lists/compiled';
import { CLEAN_STATE, DOJ, HIGH_STATE, LISTS, META, state } from './fixtures';
import { useRenderContainer } from './render';

// happy-dom gives import.meta.url an http scheme: read the engine fixture from the repository root.
const engine = createEngine(parseCompiled(readFileSync(join(process.cwd(), 'test/fixtures/engine/lists.json'), 'utf8')));
const NOW = new Date('2026-11-21T00:00:00Z');

let container: HTMLElement;
useRenderContainer((el) => {
  container = el;
});

const noTrust: TrustProps = { target: null, trustedNow: false, onTrust: () => {}, onUntrust: () => {} };
function popup(s: ReturnType<typeof state>) {
  render(
    <PopupView
      view={{ kind: 'state', state: s }}
      lists={LISTS}
      trust={noTrust}
      mistakeHref={null}
      onOpenReport={() => {}}
      onOpenOptions={() => {}}
    />,
    container,
  );
  return container;
}

describe('4. unknown is not safe', () => {
  it('"nothing known" has a neutral look: no check mark, no green', () => {
    const root = popup(CLEAN_STATE);
    const banner = root.querySelector('.level-banner')!;
    expect(banner.classList.contains('level-none')).toBe(true);
    expect(banner.querySelector('polyline')).toBeNull();
  });

  it('the engine knows an official address of a protected outlet, and only that', () => {
    expect(engine.judge('https://www.washingtonpost.com/politics/', undefined, { now: NOW }).official).toEqual({
      outlet: 'The Washington Post',
      domain: 'washingtonpost.com',
    });
    expect(engine.judge('https://example.org/', undefined, { now: NOW }).official).toBeUndefined();
    expect(engine.judge('https://washingtonpost.pm/', undefined, { now: NOW }).official).toBeUndefined();
  });

  it('the popup and the report say the one positive fact on an official address', () => {
    const official = state({
      url: 'https://www.washingtonpost.com/',
      verdict: {
        target: 'https://www.washingtonpost.com/',
        level: 'none',
        findings: [],
        official: { outlet: 'The Washington Post', domain: 'washingtonpost.com' },
      },
    });
    expect(popup(official).querySelector('h1')!.textContent).toBe('This is the official address of The Washington Post.');
    render(<ReportView view={{ kind: 'state', state: official }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.textContent).toContain('This is the official address of The Washington Post.');
  });
});

const LOOKALIKE: Finding = engine.judge('https://washingtonpost.best/', undefined, { now: NOW }).findings[0]!;
const AMPLIFIER: Finding = engine.judge('https://x.com/AlertChannel', undefined, { now: NOW }).findings[0]!;
const rows: BulkRow[] = [
  { line: 1, target: 'washingtonpost.best', verdict: { target: 'washingtonpost.best', level: LOOKALIKE.level, findings: [LOOKALIKE] } },
];

describe('5. exports cite only the evidence', () => {
  it("the fixture gives an unlisted lookalike whose only sources are the outlet's earlier impersonations", () => {
    expect(LOOKALIKE.reason).toBe('lookalike-domain');
    expect(LOOKALIKE.campaign).toBeUndefined();
    expect(LOOKALIKE.sources.map((s) => s.publisher).join()).toMatch(/Meta/);
    expect(AMPLIFIER.role).toBe('amplifier');
  });

  it('CSV: no sources for the lookalike; the impersonation reports in a labelled context column', () => {
    const [header, line] = toCsv(rows).split('\r\n');
    const cells = header!.split(',');
    // The sources columns are empty; the reports are in `context`, said to be context.
    const row = line!;
    expect(cells.slice(-2)).toEqual(['line', 'context']);
    expect(row).toMatch(/,,,1,"?Context, not about this target: the imitated outlet was impersonated in Meta/);
  });

  it('Markdown: the reports are marked as context, in the table and in the list', () => {
    const md = toMarkdown(rows);
    const tableRow = md.split('\n').find((l) => l.includes('washingtonpost.best'))!;
    expect(tableRow).toMatch(/\| context \[1\]( \[2\])? \|$/);
    expect(md).toMatch(/1\. Context, not about the targets: a report that the imitated outlet was impersonated before\. Meta/);
  });

  it("STIX: the lookalike's references are context; an amplifier is no indicator of the campaign", () => {
    const bundle = toStixBundle(
      [
        ...rows,
        {
          line: 2,
          target: 'https://x.com/AlertChannel',
          verdict: { target: 'https://x.com/AlertChannel', level: AMPLIFIER.level, findings: [AMPLIFIER] },
        },
      ],
      { ...LISTS, campaigns: new Map([...LISTS.campaigns]) },
      { now: NOW },
    );
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    expect(indicators.map((o) => o.name)).toEqual(['washingtonpost.best']);
    const refs = indicators[0]!.external_references as { description: string }[];
    expect(refs.every((r) => r.description.startsWith('Context, not about this indicator'))).toBe(true);
    expect(bundle.objects.some((o) => o.type === 'relationship' && o.relationship_type === 'indicates')).toBe(false);
  });

  it('copy citation: the reports follow a line that says they are context', () => {
    const text = findingCitation(LOOKALIKE, 'https://washingtonpost.best/');
    const lines = text.split('\n');
    expect(lines[2]).toBe('Context, not about this page: reports that the imitated outlet was impersonated before.');
  });
});

describe('6. aliases on one clean line', () => {
  it('each alias once, with who uses it, no nested parentheses', () => {
    const line = aliasLine({
      name: 'Doppelganger',
      aliases: [
        { name: 'Doppelganger', by: 'EU DisinfoLab' },
        { name: 'RRN', by: 'the campaign itself ("Reliable Recent News")' },
        { name: 'Reliable Recent News', by: 'the campaign itself' },
        { name: 'Storm-1099', by: 'Microsoft (MISP galaxy)' },
        { name: 'storm-1099', by: 'Microsoft' },
      ],
    });
    expect(line).toBe('RRN and Reliable Recent News (its own names); Storm-1099 (Microsoft, MISP galaxy)');
  });
});

describe('7. no repeated heading, "1 links" or double parentheses; primary sources first', () => {
  it('a clean popup does not say "nothing known" twice', () => {
    const root = popup(CLEAN_STATE);
    const banner = root.querySelector('.level-words')!.textContent!;
    expect(root.querySelector('h1')!.textContent).not.toBe(banner);
    expect(root.textContent!.split('Nothing known').length - 1).toBe(1);
  });

  it('one link is "one link"', () => {
    const s = state({ ...CLEAN_STATE, checked: { claimedNames: [], links: 1, handles: 1, text: 0 } });
    const lines = checkedItems(s, LISTS).join(' ');
    expect(lines).toContain('One link on the page.');
    expect(lines).toContain('One account shown on the page.');
    expect(lines).not.toMatch(/\b1 (links|accounts)\b.*page/);
  });

  it('a note with parentheses of its own gives no double parentheses', () => {
    const source: SourceRef = { ...META, via: 'quoted in a compilation (ref. 1, "Sub-cases")' };
    expect(citationText(source)).not.toMatch(/\)\)/);
    expect(citationText(source)).toContain('— quoted in a compilation');
  });

  it('primary sources first, the note under the link', () => {
    const secondary: SourceRef = {
      id: 's',
      publisher: 'A newspaper',
      title: 'A story',
      url: 'https://news.example/',
      tier: 'secondary',
      via: 'a long note',
    };
    render(<SourceList sources={[secondary, DOJ, META]} />, container);
    const publishers = [...container.querySelectorAll('.source-publisher')].map((e) => e.textContent);
    expect(publishers).toEqual(['Meta', 'US Department of Justice', 'A newspaper']);
  });
});

describe('one screen: the options page has a short navigation to its sections', () => {
  it('every link of the navigation leads to a section with a heading, in page order', () => {
    render(<OptionsView settings={DEFAULT_SETTINGS} lists={LISTS} onChange={async () => true} onExport={() => {}} />, container);
    const nav = container.querySelector('nav.options-nav')!;
    const targets = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1));
    expect(targets.length).toBeGreaterThanOrEqual(6);
    const sections = [...container.querySelectorAll('main > section[id]')].map((s) => s.id);
    expect(targets).toEqual(sections);
    for (const id of targets) expect(container.querySelector(`#${id} h2`), id).not.toBeNull();
  });
});

describe('one screen: the popup', () => {
  it('puts the four actions before the folded details; copy citation per source; links to the tools', async () => {
    const copied: string[] = [];
    const tools: string[] = [];
    render(
      <PopupView
        view={{ kind: 'state', state: HIGH_STATE }}
        lists={LISTS}
        trust={{ ...noTrust, target: { entry: 'washingtonpost.pm', kind: 'site', label: 'washingtonpost.pm' } }}
        mistakeHref="https://github.com/unmask-project/unmask/issues/new"
        onOpenReport={() => {}}
        onOpenOptions={() => {}}
        onCopyCitation={async (text) => (copied.push(text), true)}
        onOpenTool={(tool) => tools.push(tool)}
      />,
      container,
    );
    const order = [...container.querySelectorAll('#open-report, #copy-citation, #report-mistake, #trust-site, details.popup-more')].map(
      (e) => e.id || e.className,
    );
    expect(order).toEqual(['open-report', 'copy-citation', 'report-mistake', 'trust-site', 'popup-more']);
    const perSource = [...container.querySelectorAll('details.popup-more .source-list button')];
    expect(perSource.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy citation of Meta',
      'Copy citation of US Department of Justice',
    ]);
    (perSource[1] as HTMLButtonElement).click();
    (container.querySelector('#copy-citation') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(copied[0]).toMatch(/^US Department of Justice, "Justice Department/);
    expect(copied[1]).toMatch(/^Listed by Meta/);
    (container.querySelector('#open-explorer') as HTMLButtonElement).click();
    (container.querySelector('#open-bulk') as HTMLButtonElement).click();
    expect(tools).toEqual(['explorer', 'bulk']);
  });
});

describe('one screen: a research page', () => {
  const links: Finding = {
    reason: 'links-to-flagged',
    level: 'info',
    summary: 'This page links to 1 site in the lists (Doppelganger); the page itself is not listed.',
    campaign: { id: 'doppelganger', name: 'Doppelganger' },
    evidence: { targets: ['https://spiegel.ltd/a'] },
    sources: [META],
  };
  const research = state({
    url: 'https://www.disinfo.eu/doppelganger/',
    verdict: { target: 'https://www.disinfo.eu/doppelganger/', level: 'info', findings: [links] },
    flagged: [
      { href: 'https://spiegel.ltd/a', level: 'high', campaign: { id: 'doppelganger', name: 'Doppelganger' }, summary: 'Listed by Meta.' },
    ],
  });

  it('the popup names the flagged links; the report lists them before the findings', () => {
    const root = popup(research);
    expect([...root.querySelectorAll('.flagged-links .url')].map((e) => e.textContent)).toEqual(['spiegel.ltd']);
    render(<ReportView view={{ kind: 'state', state: research }} lists={LISTS} mistakeHref={null} />, container);
    const ids = [...container.querySelectorAll('h2[id]')].map((h) => h.id);
    expect(ids.indexOf('flagged-h')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('flagged-h')).toBeLessThan(ids.indexOf('findings-h'));
  });
});
