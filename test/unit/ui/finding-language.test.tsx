// @vitest-environment happy-dom
/**
 * The finding sentences speak the page's language (src/core/i18n): the report's cards and
 * flagged links, the popup, the bulk table and the warning bar's headline (rendered in the page by
 * the bar, with the one language's sentences the background injects before it) all render the
 * engine's message in `uiLang()`, and keep the English summary only when a finding has no message.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngine } from '../../../src/core/engine';
import { renderMessage } from '../../../src/core/i18n/render';
import type { Finding } from '../../../src/core/types';
import { sentenceScript, warningInfo } from '../../../src/extension/background/page-marks';
import { cssString } from '../../../src/extension/content/page-text';
import { offerSentences } from '../../../src/extension/bar-sentences';
import { runWarningBar, type WarningState } from '../../../src/extension/content/warning-bar';
import { WARNING_STATE, type WithWarningState } from '../../../src/extension/content/mark-key';
import { pl } from '../../../src/core/i18n/pl';
import type { WarningInfo } from '../../../src/extension/messages';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings';
import { PopupView } from '../../../src/ui/components/PopupView';
import { ReportView } from '../../../src/ui/components/ReportView';
import { rowSummary } from '../../../src/tools/bulk-rows';
import { headline } from '../../../src/ui/view-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCompiled } from '../../../src/lists/compiled';
import { LISTS, state } from './fixtures';
import { getMessage } from './messages';
import { useRenderContainer } from './render';

// The engine's fixture lists (test/fixtures/engine), read by path: happy-dom has no file: URLs.
const fixtureLists = parseCompiled(readFileSync(resolve(__dirname, '../../fixtures/engine/lists.json'), 'utf8'));
const NOW = new Date('2026-11-21T00:00:00Z');
const engine = createEngine(fixtureLists);
const spoof = engine.judge('https://washingtonpost.pm/', undefined, { now: NOW });
const flagged = engine.flagged(['https://washingtonpost.pm/', 'https://rrn.media/'], { now: NOW });

/** The extension's pages in `lang`: the `uiLang` message names it, as each locale's catalogue does. */
function speak(lang: string): void {
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = (key, subs) => (key === 'uiLang' ? lang : getMessage(key, subs));
}

describe('finding sentences in the page language', () => {
  let container: HTMLElement;
  useRenderContainer((c) => (container = c));

  it('the report renders each finding and each flagged link in German', () => {
    speak('de');
    const top = spoof.findings[0]!;
    render(<ReportView view={{ kind: 'state', state: state({ verdict: spoof, flagged }) }} lists={LISTS} mistakeHref={null} />, container);
    const text = container.textContent ?? '';
    const german = renderMessage('de', top.message!);
    expect(german).toContain('nachahmt');
    expect(container.querySelector('.finding-summary')?.textContent).toBe(german);
    expect(text).not.toContain(top.summary);
    for (const f of flagged) {
      expect(text).toContain(renderMessage('de', f.message!));
      expect(text).not.toContain(f.summary);
    }
  });

  it('the popup renders in Ukrainian a headline that is the sentence itself', () => {
    speak('uk');
    // A resemblance the page contradicts by naming itself otherwise: its headline is its sentence.
    const weak = engine.judge(
      'https://washingtonpost.ltd/',
      { claimedNames: [{ source: 'og:site_name', value: 'Local Weather Daily' }] },
      { now: NOW },
    );
    expect(weak.findings[0]).toMatchObject({ reason: 'lookalike-domain', level: 'low' });
    const trust = { target: null, trustedNow: false, onTrust: () => {}, onUntrust: () => {} };
    render(
      <PopupView
        view={{ kind: 'state', state: state({ verdict: weak }) }}
        lists={LISTS}
        trust={trust}
        mistakeHref={null}
        onOpenReport={() => {}}
        onOpenOptions={() => {}}
      />,
      container,
    );
    const top = weak.findings[0]!;
    expect(container.querySelector('h1.headline')?.textContent).toBe(renderMessage('uk', top.message!));
    expect(container.textContent).not.toContain(top.summary);
  });

  it('English pages show the English summary, and a finding without a message keeps it', () => {
    speak('en');
    const top = spoof.findings[0]!;
    render(<ReportView view={{ kind: 'state', state: state({ verdict: spoof }) }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.querySelector('.finding-summary')?.textContent).toBe(top.summary);
    speak('de');
    const bare: Finding = { ...top, message: undefined };
    render(
      <ReportView view={{ kind: 'state', state: state({ verdict: { ...spoof, findings: [bare] } }) }} lists={LISTS} mistakeHref={null} />,
      container,
    );
    expect(container.querySelector('.finding-summary')?.textContent).toBe(top.summary);
  });

  it("a headline that is the finding's own sentence is in the page language too", () => {
    speak('fr');
    // A lookalike without the outlet's domain falls back to the sentence.
    const lookalike = engine.judge('https://washingtonpost.ltd/', undefined, { now: NOW }).findings[0]!;
    const unnamed: Finding = { ...lookalike, impersonates: undefined };
    expect(headline(unnamed)).toBe(renderMessage('fr', lookalike.message!));
  });
});

describe('the warning bar and the bulk table', () => {
  /** The bar's stylesheet (its words are CSS generated content) after a run with `info`. */
  async function barCss(info: WarningInfo | null, state: WarningState): Promise<string> {
    const api = {
      runtime: { sendMessage: async () => info },
      i18n: { getMessage: (key: string) => key },
    };
    await runWarningBar(document, api, state);
    return state.bar?.root.querySelector('style')?.textContent ?? '';
  }

  it('the bar renders its headline in the language the background speaks, with only that catalogue', async () => {
    const tab = {
      tabId: 1,
      url: 'https://washingtonpost.pm/',
      phase: 'page' as const,
      verdict: spoof,
      flagged: [],
      allowlisted: false,
      judgedAt: 0,
      listsVersion: 't',
    };
    const top = spoof.findings[0]!;
    const polish = renderMessage('pl', top.message!);
    speak('pl');
    const info = warningInfo(tab, DEFAULT_SETTINGS, []);
    // The background sends the message and the English sentence, and names the script to inject first.
    expect(info).toMatchObject({ headline: top.summary, sentence: { lang: 'pl', message: top.message } });
    expect(sentenceScript('pl')).toBe('/sentences-pl.js');
    // The isolated world's state that /sentences-pl.js and /warning.js share.
    const g = globalThis as WithWarningState;
    const state: WarningState = (g[WARNING_STATE] = {});
    offerSentences('pl', pl); // what /sentences-pl.js does
    const css = await barCss(info, state);
    expect(css).toContain(cssString(polish));
    expect(css).not.toContain(cssString(top.summary));
    // Without the language's sentences (not injected), the English sentence.
    expect(await barCss(info, {})).toContain(cssString(top.summary));
    // In English the background sends no message: the headline is the summary, which the English
    // catalogue renders identically.
    speak('en');
    const english = warningInfo(tab, DEFAULT_SETTINGS, []);
    expect(english?.sentence).toBeUndefined();
    expect(english?.headline).toBe(renderMessage('en', top.message!));
    delete g[WARNING_STATE];
  });

  it("the bulk table's reason follows the language it is given; exports stay English by default", () => {
    const row = { line: 1, target: 'washingtonpost.pm', verdict: spoof };
    expect(rowSummary(row, 'ru').reason).toBe(renderMessage('ru', spoof.findings[0]!.message!));
    expect(rowSummary(row).reason).toBe(spoof.findings[0]!.summary);
  });
});
