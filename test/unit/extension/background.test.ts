/**
 * The background, run for real (entrypoints/background.ts main()) against WXT's fakeBrowser, with
 * the engine fixture lists served to its fetch, and a scripted engine where a test is about the
 * machinery for a given level rather than about judgement.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import type { Engine, Level, Verdict } from '../../../src/core/types';
import { startBackground } from '../../../src/extension/background';
import { BADGE } from '../../../src/extension/background/badge';
import { MAX_MESSAGE_CHARS, SIGNAL_CAPS } from '../../../src/extension/background/dispatch';
import { MARKERS_SCRIPT } from '../../../src/extension/background/handlers';
import { signalsKey, tabKey } from '../../../src/extension/background/state';
import type { TabState } from '../../../src/extension/messages';
import { platform } from '../../../src/extension/platform';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings';
import { INDEX_SHARDS, parseCompiled, serializeCompiled, shardOf } from '../../../src/lists/compiled';
import { createEngine } from '../../../src/core/engine';
import { EXT_BASE, EXT_ID, serveIndex } from './serve-index';
import { bundledIndexResponse } from '../../support/bundled-index';

const LISTS = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
const MESSAGES = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

let fetchCalls = { count: 0 };
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  fetchCalls = serveIndex(LISTS);
  // fakeBrowser has no i18n: read the shipped English strings ($1, $2 substituted).
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
    return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as never);
  executeScript = vi.fn(async () => undefined);
  vi.spyOn(platform, 'executeScript').mockImplementation(executeScript as never);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Removes every listener but keeps storage: what a stopped and restarted worker sees. */
function stopWorker(): void {
  const events = [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.tabs.onUpdated,
    fakeBrowser.tabs.onActivated,
    fakeBrowser.tabs.onRemoved,
    fakeBrowser.storage.onChanged,
  ] as unknown as { removeAllListeners(): void }[];
  for (const e of events) e.removeAllListeners();
}

function startReal(): void {
  background.main();
}

async function send(message: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return (results as unknown[])[0];
}

const contentSender = (tabId: number, url: string, extra: object = {}) => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: { id: tabId, url, index: 0, windowId: 0 },
  ...extra,
});
const pageSender = (path = 'popup.html') => ({ id: EXT_ID, url: `${EXT_BASE}${path}` });

async function openTab(url: string, status: 'loading' | 'complete' = 'complete'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  const id = tab.id!;
  await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url }, { ...tab, status: 'loading' } as never);
  if (status === 'complete') {
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { ...tab, status: 'complete' } as never);
  }
  return id;
}

/** startBackground with the real engine, recording how many indicators each engine it builds has. */
function startCountingBuilds(): number[] {
  const built: number[] = [];
  startBackground({
    createEngine: (lists) => {
      built.push(lists.indicators.length);
      return createEngine(lists);
    },
  });
  return built;
}

/** A listed domain of the fixture lists in another index shard than washingtonpost.pm. */
function otherShardHost(): string {
  const other = LISTS.indicators.find(
    (i) => i.kind === 'domain' && shardOf(i.value, INDEX_SHARDS) !== shardOf('washingtonpost.pm', INDEX_SHARDS),
  );
  expect(other).toBeDefined();
  return other!.value;
}

async function stateOf(tabId: number): Promise<TabState | null> {
  const got = await fakeBrowser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as TabState | undefined) ?? null;
}

async function waitState(tabId: number, accept: (s: TabState) => boolean = () => true): Promise<TabState> {
  let found: TabState | null = null;
  await vi.waitFor(
    async () => {
      found = await stateOf(tabId);
      expect(found && accept(found)).toBe(true);
    },
    { timeout: 15_000, interval: 5 },
  );
  return found!;
}

async function badge(tabId: number) {
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
  };
}

const WAPO_CLONE_SIGNALS = {
  claimedNames: [
    { source: 'og:site_name' as const, value: 'The Washington Post' },
    { source: 'title' as const, value: 'Council weighs new transit funding plan - The Washington Post' },
  ],
  links: ['https://www.washingtonpost.com/politics/'],
  text: 'Members of the regional council met on Tuesday.',
};

// -----------------------------------------------------------------------------------------------

describe('background: judging tabs (real engine, fixture lists)', () => {
  it('startBackground reads the index once, on the first verdict (the request background.js makes as it loads is prefetch.ts, tested on its own)', async () => {
    startReal();
    expect(fetchCalls.count).toBe(0);
    const a = await openTab('https://washingtonpost.pm/politics/1');
    await waitState(a);
    const b = await openTab('https://www.washingtonpost.com/');
    await waitState(b);
    expect(fetchCalls.count).toBe(1);
  });

  it("a cold worker judges its first URL from the index head and that domain's shard, then builds the engine over every list once", async () => {
    const built = startCountingBuilds();
    // Two listed hosts in different shards (src/lists/compiled.ts).
    const first = 'washingtonpost.pm';
    const other = otherShardHost();
    const a = await openTab(`https://${first}/politics/1`, 'loading');
    expect((await waitState(a)).verdict.level).toBe('high');
    // The first engine had the head and one shard only; the full one follows in its own task.
    await vi.waitFor(() => expect(built).toHaveLength(2), { timeout: 15_000, interval: 5 });
    expect(built[0]).toBeLessThan(LISTS.indicators.length);
    expect(built[1]).toBe(LISTS.indicators.length);
    // A host in another shard, a page's signals: the full engine, nothing built again, one index read.
    const b = await openTab(`https://${other}/`, 'loading');
    const sb = await waitState(b);
    expect(sb.verdict.level).not.toBe('none');
    expect(sb.verdict).toEqual(createEngine(LISTS).judge(`https://${other}/`));
    await send({ type: 'cs-bg-signals', signals: WAPO_CLONE_SIGNALS }, contentSender(a, `https://${first}/politics/1`));
    expect((await waitState(a, (s) => s.phase === 'page')).verdict.level).toBe('high');
    expect(built).toHaveLength(2);
    expect(fetchCalls.count).toBe(1);
  });

  it('a cold worker woken by two tabs on different domains at once judges each with every list it needs', async () => {
    const built = startCountingBuilds();
    const other = otherShardHost();
    const [a, b] = await Promise.all([openTab('https://washingtonpost.pm/', 'loading'), openTab(`https://${other}/`, 'loading')]);
    const [sa, sb] = await Promise.all([waitState(a), waitState(b)]);
    expect(sa.verdict.level).toBe('high');
    expect(sb.verdict).toEqual(createEngine(LISTS).judge(`https://${other}/`));
    expect(sb.verdict.level).not.toBe('none');
    await vi.waitFor(() => expect(built).toHaveLength(2), { timeout: 15_000, interval: 5 });
    expect(fetchCalls.count).toBe(1);
  });

  it('judges a listed spoof from its URL alone, before any content script: high badge, title in words', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/politics/1', 'loading');
    const state = await waitState(id);
    expect(state.phase).toBe('url');
    expect(state.verdict.level).toBe('high');
    expect(state.verdict.findings[0]?.campaign?.id).toBe('doppelganger');
    expect(state.listsVersion).toBe(LISTS.version);
    expect(await badge(id)).toEqual({ text: '!', title: `Unmask: ${MESSAGES.levelHigh!.message}` });
  });

  it('a common-word resemblance (bild.xyz) shows no badge until the page is read; the page settles it', async () => {
    startReal();
    const id = await openTab('https://bild.xyz/a');
    const before = await waitState(id);
    expect(before.phase).toBe('url');
    expect(before.verdict.level).toBe('low');
    expect((await badge(id)).text).toBe('');
    // The page claims to be BILD: high, and the badge shows it.
    await send(
      { type: 'cs-bg-signals', signals: { claimedNames: [{ source: 'og:site_name', value: 'BILD' }] } },
      contentSender(id, 'https://bild.xyz/a'),
    );
    expect((await waitState(id, (s) => s.phase === 'page')).verdict.level).toBe('high');
    expect((await badge(id)).text).toBe('!');
    // Another tab whose page names itself otherwise: nothing, at no point.
    const other = await openTab('https://bild.hu/');
    expect((await badge(other)).text).toBe('');
    await send(
      { type: 'cs-bg-signals', signals: { claimedNames: [{ source: 'og:site_name', value: 'Bild Magyar Kiadó' }] } },
      contentSender(other, 'https://bild.hu/'),
    );
    expect((await waitState(other, (s) => s.phase === 'page')).verdict.level).toBe('none');
    expect((await badge(other)).text).toBe('');
  });

  it('judges the real outlet none, with no badge text and no warning bar', async () => {
    startReal();
    const id = await openTab('https://www.washingtonpost.com/');
    const state = await waitState(id);
    expect(state.verdict.level).toBe('none');
    expect((await badge(id)).text).toBe('');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('judges every open tab at install from tab.url (tabs open before the extension)', async () => {
    const t1 = await fakeBrowser.tabs.create({ url: 'https://washingtonpost.pm/' });
    const t2 = await fakeBrowser.tabs.create({ url: 'https://www.washingtonpost.com/' });
    const t3 = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    startReal();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    expect((await waitState(t1.id!)).verdict.level).toBe('high');
    expect((await waitState(t2.id!)).verdict.level).toBe('none');
    expect(await stateOf(t3.id!)).toBeNull();
    expect((await badge(t1.id!)).text).toBe('!');
  });

  it('tells the content script to follow single-page apps and feeds (sub-domains too), and no other page', async () => {
    startReal();
    const signals = { links: ['https://example.org/'] };
    for (const [url, watch] of [
      ['https://x.com/home', true],
      ['https://mobile.twitter.com/someone', true],
      ['https://web.telegram.org/k/', true],
      ['https://www.washingtonpost.com/', false],
      ['https://x.com.evil.example/', false],
      ['https://telegram.org/', false],
    ] as const) {
      const id = await openTab(url);
      const reply = (await send({ type: 'cs-bg-signals', signals }, contentSender(id, url))) as { watch?: true };
      expect(reply.watch, url).toBe(watch ? true : undefined);
    }
  });

  it('refines the verdict with the page signals; the address comes from the sender, never the payload', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.ltd/news');
    // A lookalike not in the lists: from the URL alone it is at most a suspicion.
    const before = await waitState(id);
    expect(before.phase).toBe('url');
    const reply = await send({ type: 'cs-bg-signals', signals: WAPO_CLONE_SIGNALS }, contentSender(id, 'https://washingtonpost.ltd/news'));
    expect(reply).toEqual({ markers: [] });
    const after = await waitState(id, (s) => s.phase === 'page');
    expect(after.url).toBe('https://washingtonpost.ltd/news');
    expect(after.checked?.links).toBe(1);
    expect(['high', 'medium']).toContain(after.verdict.level);
    expect(after.verdict.findings.some((f) => f.reason === 'lookalike-domain')).toBe(true);
  });

  it("asks for the page's text only with the text heuristics on, once, and judges it when it comes", async () => {
    startReal();
    const url = 'https://plain-news.example/story';
    const id = await openTab(url);
    const phrase = 'Note: this article is written with the context provided by the text prompt.';
    // Default sensitivity: no text asked for.
    expect(await send({ type: 'cs-bg-signals', signals: { links: ['https://example.org/'] } }, contentSender(id, url))).toEqual({
      markers: [],
    });

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sensitivity: 'text' } });
    const url2 = 'https://plain-news.example/story-2';
    await fakeBrowser.tabs.onUpdated.trigger(id, { url: url2, status: 'loading' }, { id, url: url2, status: 'loading' } as never);
    expect(await send({ type: 'cs-bg-signals', signals: { links: ['https://example.org/'] } }, contentSender(id, url2))).toEqual({
      markers: [],
      wantText: true,
    });
    // The text arrives alone and is merged with the first batch; it is not asked for again.
    expect(await send({ type: 'cs-bg-signals', signals: { text: phrase } }, contentSender(id, url2))).toEqual({ markers: [] });
    const state = await waitState(id, (s) => s.url === url2 && (s.checked?.text ?? 0) > 0);
    expect(state.checked?.links).toBe(1);
    expect(state.verdict.findings.map((f) => f.reason)).toContain('rewrite-artifact');
    expect(await send({ type: 'cs-bg-signals', signals: { links: ['https://example.net/'] } }, contentSender(id, url2))).toEqual({
      markers: [],
    });
  });

  it('keeps flagged links, answers markers only when the person turned them on, and never flags a research page', async () => {
    startReal();
    const url = 'https://dfrlab.org/doppelganger';
    const id = await openTab(url);
    const signals = {
      claimedNames: [{ source: 'og:site_name' as const, value: 'DFRLab' }],
      links: ['https://washingtonpost.pm/politics/2024/02/01/example-article/', 'https://www.washingtonpost.com/'],
    };
    expect(await send({ type: 'cs-bg-signals', signals }, contentSender(id, url))).toEqual({ markers: [] });
    const state = await waitState(id, (s) => s.phase === 'page');
    expect(state.verdict.level).toBe('info');
    expect(state.flagged.map((f) => f.href)).toEqual(['https://washingtonpost.pm/politics/2024/02/01/example-article/']);
    expect((await badge(id)).text).toBe('i');
    expect(executeScript).not.toHaveBeenCalled(); // info never gets a warning bar

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, linkMarkers: true } });
    // The markers' script reaches the page before the answer that the content script hands to it.
    let injectedBeforeAnswer = false;
    executeScript.mockImplementation(async (_tab: number, files: string[]) => {
      if (!files.includes(MARKERS_SCRIPT)) return;
      await new Promise((done) => setTimeout(done, 20));
      injectedBeforeAnswer = true;
    });
    const reply = (await send({ type: 'cs-bg-signals', signals }, contentSender(id, url))) as { markers: { href: string }[] };
    // The link and its level only: no sentence, no campaign goes into the page's process.
    expect(reply.markers).toEqual([{ href: 'https://washingtonpost.pm/politics/2024/02/01/example-article/', level: 'high' }]);
    expect(injectedBeforeAnswer).toBe(true);
    expect(executeScript).toHaveBeenCalledWith(id, ['/markers.js']);
    // Badge only: no markers, whatever linkMarkers says, and no markers' script.
    executeScript.mockClear();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, linkMarkers: true, badgeOnly: true } });
    expect(await send({ type: 'cs-bg-signals', signals }, contentSender(id, url))).toEqual({ markers: [] });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('merges later batches from the same URL (feeds) and drops signals when the URL changes', async () => {
    startReal();
    const url = 'https://x.com/home';
    const id = await openTab(url);
    await send({ type: 'cs-bg-signals', signals: { handles: ['https://x.com/someone'] } }, contentSender(id, url));
    await send({ type: 'cs-bg-signals', signals: { handles: ['https://x.com/institute_ibi'] } }, contentSender(id, url));
    const state = await waitState(id, (s) => s.checked?.handles === 2);
    expect(state.flagged.map((f) => f.href)).toEqual(['https://x.com/institute_ibi']);
    // pushState to a profile: the browser reports the new URL; old signals are dropped.
    const profile = 'https://x.com/institute_ibi';
    await fakeBrowser.tabs.onUpdated.trigger(id, { url: profile }, { id, url: profile, status: 'complete' } as never);
    const moved = await waitState(id, (s) => s.url === profile);
    expect(moved.phase).toBe('url');
    expect(moved.verdict.level).toBe('high');
    const stored = await fakeBrowser.storage.session.get(signalsKey(id));
    expect(stored[signalsKey(id)]).toBeUndefined();
  });

  it('clears the badge when the tab moves to a clean page, and forgets closed tabs', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    expect((await badge(id)).text).toBe('!');
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url: 'https://example.org/' }, { id } as never);
    await waitState(id, (s) => s.url === 'https://example.org/');
    expect(await badge(id)).toEqual({ text: '', title: `Unmask: ${MESSAGES.levelNone!.message}` });
    await fakeBrowser.tabs.onRemoved.trigger(id, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await stateOf(id)).toBeNull());
  });

  it('keeps every verdict across a worker restart (storage.session), with no new judgement needed', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await send({ type: 'cs-bg-signals', signals: WAPO_CLONE_SIGNALS }, contentSender(id, 'https://washingtonpost.pm/'));
    const before = await waitState(id, (s) => s.phase === 'page');
    stopWorker();
    fetchCalls.count = 0;
    startReal();
    const after = (await send({ type: 'ui-bg-tab-state', tabId: id }, pageSender())) as TabState;
    expect(after).toEqual(before);
    expect(fetchCalls.count).toBe(0); // answered from storage, no index load
  });

  it('re-judges open tabs when settings change: allowlisting makes a tab none and allowlisted', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, allowlist: ['washingtonpost.pm'] } });
    const state = await waitState(id, (s) => s.allowlisted);
    expect(state.verdict.level).toBe('none');
    expect(await badge(id)).toEqual({ text: '', title: MESSAGES.badgeTitleAllowlisted!.message });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS } });
    expect((await waitState(id, (s) => !s.allowlisted)).verdict.level).toBe('high');
  });

  it('a trusted account is allowlisted on its posts, with what the lists say kept; other accounts on the platform are not', async () => {
    startReal();
    const post = await openTab('https://t.me/institute_ibi/45');
    const other = await openTab('https://x.com/bd_politico');
    await waitState(post, (s) => s.verdict.level === 'high');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, allowlist: ['https://t.me/institute_ibi'] } });
    const state = await waitState(post, (s) => s.allowlisted);
    expect(state.verdict).toMatchObject({ level: 'none', findings: [], trusted: { entry: 'https://t.me/institute_ibi', level: 'high' } });
    expect(await badge(post)).toEqual({ text: '', title: MESSAGES.badgeTitleAllowlisted!.message });
    const untouched = await waitState(other);
    expect(untouched.allowlisted).toBe(false);
    expect(untouched.verdict.level).toBe('high');
  });

  it('answers ui-bg-judge-target with a verdict, and a person-readable error for bad input', async () => {
    startReal();
    const ok = (await send({ type: 'ui-bg-judge-target', target: 'washingtonpost.pm' }, pageSender('report.html'))) as {
      ok: true;
      verdict: Verdict;
    };
    expect(ok.ok).toBe(true);
    expect(ok.verdict.level).toBe('high');
    const bad = (await send({ type: 'ui-bg-judge-target', target: '@someone' }, pageSender())) as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(bad.error.length).toBeGreaterThan(10);
    // A host that is itself a public suffix is a site (or a platform's home) to check, not bad input.
    for (const target of ['https://www.parliament.nz/', 'myshopify.com', 'gov.uk', 'blogspot.com']) {
      const reply = (await send({ type: 'ui-bg-judge-target', target }, pageSender())) as { ok: boolean; verdict: Verdict };
      expect(reply, target).toEqual({ ok: true, verdict: { target, level: 'none', findings: [] } });
    }
  });

  it('without a usable index: no verdict, no badge, a clear error for the UI, and a retry on the next event', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => bundledIndexResponse('{"not":"an index"}')),
    );
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await new Promise((r) => setTimeout(r, 20));
    expect(await stateOf(id)).toBeNull();
    expect((await badge(id)).text).toBe('');
    const reply = (await send({ type: 'ui-bg-judge-target', target: 'washingtonpost.pm' }, pageSender())) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/lists could not be loaded.*not a compiled index/);
    // The index is fixed (an update): the next event loads it.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => bundledIndexResponse(serializeCompiled(LISTS))),
    );
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url: 'https://washingtonpost.pm/' }, { id } as never);
    expect((await waitState(id)).verdict.level).toBe('high');
  });
});

// -----------------------------------------------------------------------------------------------

describe('background: the dispatcher rejects what is not ours', () => {
  async function judgedTab(): Promise<number> {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id);
    return id;
  }

  it('rejects another extension, a missing id, and messages that are not plain objects', async () => {
    const id = await judgedTab();
    const url = 'https://washingtonpost.pm/';
    expect(await send({ type: 'ui-bg-tab-state', tabId: id }, { ...pageSender(), id: 'evil-extension' })).toBeUndefined();
    expect(await send({ type: 'ui-bg-tab-state', tabId: id }, { url: pageSender().url })).toBeUndefined();
    expect(await send('ui-bg-tab-state', pageSender())).toBeUndefined();
    expect(await send(null, pageSender())).toBeUndefined();
    expect(await send([{ type: 'ui-bg-tab-state' }], pageSender())).toBeUndefined();
    expect(await send({ type: 'cs-bg-signals', signals: {} }, { ...contentSender(id, url), id: 'x' })).toBeUndefined();
  });

  it('rejects unknown types and unknown keys', async () => {
    const id = await judgedTab();
    expect(await send({ type: 'ui-bg-set-settings', settings: {} }, pageSender())).toBeUndefined();
    expect(await send({ type: 'bg-anything' }, pageSender())).toBeUndefined();
    expect(await send({ type: 'ui-bg-tab-state', tabId: id, extra: 1 }, pageSender())).toBeUndefined();
    expect(await send({ type: 'cs-bg-warning', url: 'https://x.org' }, contentSender(id, 'https://washingtonpost.pm/'))).toBeUndefined();
  });

  it('answers ui-bg-* only to extension pages: a content script asking for another tab gets nothing', async () => {
    const id = await judgedTab();
    expect(await send({ type: 'ui-bg-tab-state', tabId: id }, contentSender(99, 'https://evil.example/'))).toBeUndefined();
    expect(await send({ type: 'ui-bg-tab-state', tabId: id }, { id: EXT_ID, url: 'https://evil.example/' })).toBeUndefined();
    expect(await send({ type: 'ui-bg-judge-target', target: 'a.com' }, contentSender(99, 'https://evil.example/'))).toBeUndefined();
    expect(((await send({ type: 'ui-bg-tab-state', tabId: id }, pageSender())) as TabState).tabId).toBe(id);
    expect(await send({ type: 'ui-bg-tab-state', tabId: -1 }, pageSender())).toBeUndefined();
    expect(await send({ type: 'ui-bg-tab-state', tabId: '1' }, pageSender())).toBeUndefined();
    expect(await send({ type: 'ui-bg-judge-target', target: 'a'.repeat(5000) }, pageSender())).toBeUndefined();
  });

  it('rejects cs-bg-* without a tab, from sub-frames, from non-web pages and from extension pages', async () => {
    const id = await judgedTab();
    const msg = { type: 'cs-bg-signals', signals: WAPO_CLONE_SIGNALS };
    expect(await send(msg, { id: EXT_ID, url: 'https://washingtonpost.ltd/' })).toBeUndefined();
    expect(await send(msg, contentSender(id, 'https://washingtonpost.ltd/', { frameId: 3 }))).toBeUndefined();
    expect(await send(msg, contentSender(id, 'file:///etc/passwd'))).toBeUndefined();
    expect(await send(msg, contentSender(id, `${EXT_BASE}popup.html`))).toBeUndefined();
  });

  it('takes the page address from the sender: a payload cannot name another page', async () => {
    const id = await judgedTab();
    // A payload with a `url` is rejected outright (unknown key) ...
    expect(
      await send(
        { type: 'cs-bg-signals', url: 'https://www.washingtonpost.com/', signals: {} },
        contentSender(id, 'https://washingtonpost.pm/'),
      ),
    ).toBeUndefined();
    // ... and what the content script sends is stored under the sender's URL.
    await send({ type: 'cs-bg-signals', signals: { links: ['https://example.org/'] } }, contentSender(id, 'https://washingtonpost.pm/'));
    const state = await waitState(id, (s) => s.phase === 'page');
    expect(state.url).toBe('https://washingtonpost.pm/');
    expect(state.verdict.level).toBe('high');
  });

  it('rejects oversized payloads: total size, list lengths, string lengths, malformed names', async () => {
    const id = await judgedTab();
    const url = 'https://washingtonpost.pm/';
    const signals = (s: object) => ({ type: 'cs-bg-signals', signals: s });
    const tooMany = Array.from({ length: SIGNAL_CAPS.links + 1 }, (_, i) => `https://e${i}.org/`);
    expect(await send(signals({ links: tooMany }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ links: ['https://e.org/' + 'a'.repeat(SIGNAL_CAPS.urlChars)] }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ text: 'a'.repeat(SIGNAL_CAPS.textChars + 1) }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ claimedNames: [{ source: 'h1', value: 'X' }] }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ claimedNames: [{ source: 'title', value: 5 }] }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ links: [5] }), contentSender(id, url))).toBeUndefined();
    expect(await send(signals({ handles: 'https://x.com/a' }), contentSender(id, url))).toBeUndefined();
    const huge = { type: 'cs-bg-signals', signals: { bylines: ['a'] }, padding: 'x'.repeat(MAX_MESSAGE_CHARS) };
    expect(await send(huge, contentSender(id, url))).toBeUndefined();
    // Nothing of it was stored.
    expect((await stateOf(id))?.phase).toBe('url');
  });
});

// -----------------------------------------------------------------------------------------------

describe('background: addresses a page can move its tab to', () => {
  /** The browser reports a new address for the tab (with its opener, as tabs.onUpdated's tab carries it). */
  async function moveTo(id: number, url: string, openerTabId?: number): Promise<void> {
    const tab = { id, url, status: 'loading', ...(openerTabId === undefined ? {} : { openerTabId }) };
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url }, tab as never);
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { ...tab, status: 'complete' } as never);
  }
  const settle = () => new Promise((r) => setTimeout(r, 30));

  it('a listed page that moves to a blob: document of its origin: judged as that origin, badge kept', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/politics/1');
    await waitState(id, (s) => s.verdict.level === 'high');
    await moveTo(id, 'blob:https://washingtonpost.pm/2f7f0f6e-4b0a-4d7c-9a43-2c1f0c0b9d11');
    const state = await waitState(id, (s) => s.url === 'https://washingtonpost.pm/');
    expect(state.verdict.level).toBe('high');
    expect((await badge(id)).text).toBe('!');
    // A blob: of a clean origin is clean.
    await moveTo(id, 'blob:https://example.org/1234');
    await waitState(id, (s) => s.url === 'https://example.org/');
    expect((await badge(id)).text).toBe('');
  });

  it('about:blank and data: keep the verdict the tab had; the next web page is judged as usual', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    const before = await waitState(id, (s) => s.verdict.level === 'high');
    for (const url of ['about:blank', 'data:image/png;base64,iVBORw0KGgo=', 'about:blank#x']) {
      await moveTo(id, url);
      await settle();
      expect(await stateOf(id), url).toEqual(before);
      expect((await badge(id)).text, url).toBe('!');
    }
    await moveTo(id, 'https://example.org/');
    await waitState(id, (s) => s.url === 'https://example.org/');
    expect((await badge(id)).text).toBe('');
    await moveTo(id, 'about:blank');
    await settle();
    expect((await stateOf(id))?.verdict.level).toBe('none');
  });

  it("a blank tab opened by a page has its opener's verdict; with no opener or an unknown one, none", async () => {
    startReal();
    const listed = await openTab('https://washingtonpost.pm/');
    await waitState(listed, (s) => s.verdict.level === 'high');
    const clean = await openTab('https://example.org/');
    await waitState(clean);

    const popup = (await fakeBrowser.tabs.create({ url: 'about:blank' })).id!;
    await moveTo(popup, 'about:blank', listed);
    const inherited = await waitState(popup);
    expect(inherited).toEqual({ ...(await stateOf(listed))!, tabId: popup });
    expect((await badge(popup)).text).toBe('!');
    // It goes somewhere clean: judged as that page.
    await moveTo(popup, 'https://example.org/next', listed);
    await waitState(popup, (s) => s.url === 'https://example.org/next' && s.verdict.level === 'none');

    const fromClean = (await fakeBrowser.tabs.create({ url: 'about:blank' })).id!;
    await moveTo(fromClean, 'about:blank', clean);
    expect((await waitState(fromClean)).verdict.level).toBe('none');

    for (const opener of [undefined, 12345]) {
      const lone = (await fakeBrowser.tabs.create({ url: 'about:blank' })).id!;
      await moveTo(lone, 'about:blank', opener);
      await settle();
      expect(await stateOf(lone)).toBeNull();
      expect((await badge(lone)).text).toBe('');
    }
  });

  it('browser pages and files are still forgotten', async () => {
    startReal();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    await moveTo(id, 'chrome://newtab/');
    await vi.waitFor(async () => expect(await stateOf(id)).toBeNull());
    expect((await badge(id)).text).toBe('');
  });

  it("reads a blob: document's signals as its origin's; never an about:blank or data: document's, nor a prerendered one's", async () => {
    startReal();
    const blobUrl = 'blob:https://washingtonpost.ltd/2f7f0f6e';
    const id = await openTab(blobUrl);
    await waitState(id, (s) => s.url === 'https://washingtonpost.ltd/');
    const msg = { type: 'cs-bg-signals', signals: WAPO_CLONE_SIGNALS };
    expect(await send(msg, contentSender(id, blobUrl))).toEqual({ markers: [] });
    const read = await waitState(id, (s) => s.phase === 'page');
    expect(read.url).toBe('https://washingtonpost.ltd/');
    expect(read.checked?.claimedNames?.map((n) => n.value)).toContain('The Washington Post');
    // A blob: document of another origin than the tab's is not this tab's page.
    expect(await send(msg, { ...contentSender(id, 'blob:https://example.org/1'), tab: { id, url: blobUrl } })).toBeUndefined();

    const blank = await openTab('about:blank');
    expect(await send(msg, contentSender(blank, 'about:blank'))).toBeUndefined();
    expect(await send(msg, contentSender(blank, 'data:text/html,x'))).toBeUndefined();
    // Chrome's prerendered (or cached) document: its tab still shows another page.
    const shown = await openTab('https://example.org/');
    await waitState(shown);
    const prerendered = { ...contentSender(shown, 'https://example.org/next'), tab: { id: shown, url: 'https://example.org/' } };
    expect(await send(msg, { ...prerendered, documentLifecycle: 'prerender' })).toBeUndefined();
    expect(await send(msg, { ...prerendered, frameId: 0, documentLifecycle: 'cached' })).toBeUndefined();
    expect((await stateOf(shown))?.phase).toBe('url');
    expect(await send(msg, { ...contentSender(shown, 'https://example.org/'), documentLifecycle: 'active' })).toEqual({ markers: [] });
  });
});

// -----------------------------------------------------------------------------------------------

describe('background: badge and warning bar per level (scripted engine)', () => {
  /** An engine that gives each host the level its first label names: high.example -> high. */
  function scriptedEngine(): Engine {
    const verdict = (url: string): Verdict => {
      const host = new URL(url).hostname;
      const level = (host.split('.')[0] ?? 'none') as Level;
      const known = ['high', 'medium', 'low', 'info'].includes(level);
      // `imitation` in the host: our own lookalike detection, not a listed indicator.
      const reason = host.includes('.imitation.') ? 'lookalike-domain' : 'listed-domain';
      return {
        target: url,
        level: known ? level : 'none',
        findings: known
          ? [{ reason, level: level as Exclude<Level, 'none'>, summary: `This site is ${level}.`, evidence: {}, sources: [] }]
          : [],
      };
    };
    return {
      lists: { ...LISTS, version: 'scripted' },
      judge: (url) => verdict(url),
      judgeTarget: (t) => verdict(t),
      flagged: () => [],
    };
  }

  function startScripted(): void {
    startBackground({ createEngine: () => scriptedEngine(), loadLists: async () => LISTS });
  }

  it.each(['high', 'medium', 'low', 'info'] as const)('%s: its own badge text, colour and title', async (level) => {
    startScripted();
    const id = await openTab(`https://${level}.example/`);
    await waitState(id);
    await vi.waitFor(async () => expect((await badge(id)).text).not.toBe(''), { timeout: 15_000, interval: 5 });
    const style = BADGE[level];
    expect(await badge(id)).toEqual({
      text: style.text,
      title: `Unmask: ${MESSAGES[style.levelKey]!.message}`,
    });
    const colour = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: id });
    expect(colour).toEqual([
      parseInt(style.background.slice(1, 3), 16),
      parseInt(style.background.slice(3, 5), 16),
      parseInt(style.background.slice(5, 7), 16),
      255,
    ]);
  });

  it('names a high that no source documents (our lookalike detection) an imitation, in the title and the bar', async () => {
    startScripted();
    const id = await openTab('https://high.imitation.example/');
    await waitState(id);
    await vi.waitFor(async () => expect((await badge(id)).text).not.toBe(''), { timeout: 15_000, interval: 5 });
    expect(await badge(id)).toEqual({ text: '!', title: `Unmask: ${MESSAGES.levelHighImitation!.message}` });
    const reply = await send({ type: 'cs-bg-warning' }, contentSender(id, 'https://high.imitation.example/'));
    expect(reply).toEqual({ level: 'high', levelName: MESSAGES.levelHighImitation!.message, headline: 'This site is high.' });
  });

  it('gives every level a different badge text, so colour is never the only difference', () => {
    const texts = (['high', 'medium', 'low', 'info'] as const).map((l) => BADGE[l].text);
    expect(new Set(texts).size).toBe(4);
    expect(texts.every((t) => t.length > 0)).toBe(true);
    expect(BADGE.none.text).toBe('');
  });

  it('injects the warning bar only at or above the warning level, once the page has loaded', async () => {
    startScripted();
    await openTab('https://medium.example/');
    await openTab('https://clean.example/');
    await openTab('https://info.example/');
    const high = await openTab('https://high.example/');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(executeScript).toHaveBeenCalledWith(high, ['/warning.js']);
    const reply = await send({ type: 'cs-bg-warning' }, contentSender(high, 'https://high.example/'));
    expect(reply).toEqual({ level: 'high', levelName: MESSAGES.levelHigh!.message, headline: 'This site is high.' });
    // Not while the page is still loading.
    executeScript.mockClear();
    await openTab('https://high.example/second', 'loading');
    await new Promise((r) => setTimeout(r, 20));
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers a message through sendResponse and keeps the channel open; an unknown one gets no answer', async () => {
    startScripted();
    const high = await openTab('https://high.example/');
    await waitState(high);
    const sender = contentSender(high, 'https://high.example/') as never;
    const answers: unknown[] = [];
    let answered!: () => void;
    const done = new Promise<void>((resolve) => (answered = resolve));
    // The fake's types know only (message, sender); the browser passes sendResponse third.
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>;
    const respond = (reply: unknown) => {
      answers.push(reply);
      answered();
    };
    const [kept] = (await trigger({ type: 'cs-bg-warning' }, sender, respond)) as unknown[];
    expect(kept).toBe(true);
    await done;
    expect(answers).toEqual([{ level: 'high', levelName: MESSAGES.levelHigh!.message, headline: 'This site is high.' }]);
    const [unknown] = (await trigger({ type: 'cs-bg-nonsense' }, sender, respond)) as unknown[];
    expect(unknown).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(answers).toHaveLength(1);
  });

  it("injects the reader's language's sentences just before the bar, and none in English", async () => {
    const english = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      key === 'uiLang' ? 'uk' : english(key as never, subs)) as never);
    startScripted();
    const high = await openTab('https://high.example/');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(executeScript).toHaveBeenCalledWith(high, ['/sentences-uk.js', '/warning.js']);
  });

  it('warns from medium up when the setting says so, never when it is off', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, warningBar: 'medium' } });
    startScripted();
    const medium = await openTab('https://medium.example/');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith(medium, ['/warning.js']));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, warningBar: 'off' } });
    const high = await openTab('https://high.example/');
    await waitState(high);
    expect(await send({ type: 'cs-bg-warning' }, contentSender(high, 'https://high.example/'))).toBeNull();
  });

  it('never injects the bar in badge-only mode', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, warningBar: 'medium', badgeOnly: true } });
    startScripted();
    const high = await openTab('https://high.example/');
    await waitState(high);
    await vi.waitFor(async () => expect((await badge(high)).text).toBe('!'));
    await new Promise((r) => setTimeout(r, 20));
    expect(executeScript).not.toHaveBeenCalled();
    expect(await send({ type: 'cs-bg-warning' }, contentSender(high, 'https://high.example/'))).toBeNull();
  });

  it('remembers a dismissal for the tab and host; another host in the tab warns again', async () => {
    startScripted();
    const id = await openTab('https://high.example/a');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(await send({ type: 'cs-bg-warning-dismissed' }, contentSender(id, 'https://high.example/a'))).toEqual({ ok: true });
    executeScript.mockClear();
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url: 'https://high.example/b' }, { id } as never);
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, {
      id,
      url: 'https://high.example/b',
      status: 'complete',
    } as never);
    await waitState(id, (s) => s.url === 'https://high.example/b');
    expect(await send({ type: 'cs-bg-warning' }, contentSender(id, 'https://high.example/b'))).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url: 'https://high.other/' }, { id } as never);
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { id, url: 'https://high.other/', status: 'complete' } as never);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith(id, ['/warning.js']));
  });

  it('asks a shown bar to remove itself when the tab moves to a clean page', async () => {
    startScripted();
    const id = await openTab('https://high.example/');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    await fakeBrowser.tabs.onUpdated.trigger(id, { url: 'https://clean.example/' }, {
      id,
      url: 'https://clean.example/',
      status: 'complete',
    } as never);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    expect(await send({ type: 'cs-bg-warning' }, contentSender(id, 'https://clean.example/'))).toBeNull();
  });

  it('opens the report for the sender tab only, and only when it has a verdict', async () => {
    startScripted();
    const id = await openTab('https://high.example/');
    await waitState(id);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send({ type: 'cs-bg-open-report' }, contentSender(id, 'https://high.example/'))).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: `${EXT_BASE}report.html?tab=${id}`, openerTabId: id }));
    expect(await send({ type: 'cs-bg-open-report' }, contentSender(4242, 'https://high.example/'))).toEqual({ ok: false });
  });

  it('a burst of open-report messages opens one report tab; a new one only once that tab is closed', async () => {
    startScripted();
    const id = await openTab('https://high.example/');
    await waitState(id);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => send({ type: 'cs-bg-open-report' }, contentSender(id, 'https://high.example/'))),
    );
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    // The person closes the report tab (the browser then refuses to update it).
    vi.spyOn(fakeBrowser.tabs, 'update').mockRejectedValue(new Error('No tab with id'));
    await send({ type: 'cs-bg-open-report' }, contentSender(id, 'https://high.example/'));
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('content-script messages are rate-limited per tab: a flood is dropped, other tabs are still answered', async () => {
    startScripted();
    const flood = await openTab('https://high.example/');
    const other = await openTab('https://high.example/b');
    await waitState(flood);
    await waitState(other);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => send({ type: 'cs-bg-warning' }, contentSender(flood, 'https://high.example/'))),
    );
    const answered = answers.filter((a) => a !== undefined).length;
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThanOrEqual(20);
    expect(await send({ type: 'cs-bg-warning' }, contentSender(other, 'https://high.example/b'))).not.toBeUndefined();
    expect(await send({ type: 'cs-bg-warning' }, contentSender(flood, 'https://high.example/'))).toBeUndefined();
  });
});
