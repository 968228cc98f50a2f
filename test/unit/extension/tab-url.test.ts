/**
 * The mapping from a tab's address to the URL the background judges: every
 * address a page can move its own tab to is either judged as a web origin or carries the verdict of
 * the page that made it; nothing a page can reach is simply forgotten. The real-browser side (which
 * of these each browser lets a page reach) is test/e2e/navigation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { inheritedState, judgedUrl, tabAddress } from '../../../src/extension/background/tab-url';
import type { TabState } from '../../../src/extension/messages';

const state = (tabId: number, url: string, level: TabState['verdict']['level'], extra: Partial<TabState> = {}): TabState => ({
  tabId,
  url,
  phase: 'page',
  verdict: { target: url, level, findings: [] },
  flagged: [],
  allowlisted: false,
  judgedAt: 1,
  listsVersion: 'test',
  ...extra,
});

describe('tabAddress: what a tab address is judged as', () => {
  it('judges http(s) pages as they are (paths, queries and fragments from pushState included)', () => {
    for (const url of ['http://washingtonpost.pm/', 'https://washingtonpost.pm/other?x=1#top', 'HTTPS://Example.org/a']) {
      expect(tabAddress(url)).toEqual({ kind: 'web', url });
      expect(judgedUrl(tabAddress(url))).toBe(url);
    }
  });

  it('judges a blob: document as its inner origin (the random path says nothing)', () => {
    expect(tabAddress('blob:http://washingtonpost.pm/2f7f0f6e-4b0a-4d7c-9a43-2c1f0c0b9d11')).toEqual({
      kind: 'inner-origin',
      url: 'http://washingtonpost.pm/',
    });
    expect(judgedUrl(tabAddress('blob:https://www.washingtonpost.pm:8443/x'))).toBe('https://www.washingtonpost.pm:8443/');
    // Same answer as the URL parser's own origin for a blob: URL.
    const blob = 'blob:https://sub.washingtonpost.pm/1234';
    expect(judgedUrl(tabAddress(blob))).toBe(`${new URL(blob).origin}/`);
  });

  it('judges a filesystem: document as its inner origin too (a scheme the URL parser does not know)', () => {
    expect(judgedUrl(tabAddress('filesystem:http://washingtonpost.pm/temporary/x.html'))).toBe('http://washingtonpost.pm/');
    expect(judgedUrl(tabAddress('filesystem:https://washingtonpost.pm/persistent/a/b'))).toBe('https://washingtonpost.pm/');
  });

  it("gives documents a page made with no site of their own (about:blank, about:srcdoc, data:, opaque blob:) their creator's verdict", () => {
    for (const url of [
      'about:blank',
      'about:blank#x',
      'about:blank?y',
      'ABOUT:BLANK',
      'about:srcdoc',
      'data:text/html,<h1>hi</h1>',
      'data:image/png;base64,iVBORw0KGgo=',
      'DATA:application/json,{}',
      'blob:null/2f7f0f6e-4b0a-4d7c-9a43-2c1f0c0b9d11',
    ]) {
      expect(tabAddress(url), url).toEqual({ kind: 'inherited' });
      expect(judgedUrl(tabAddress(url)), url).toBeNull();
    }
  });

  it('judges nothing else: browser pages, files, extension pages, blobs of those, view-source, junk', () => {
    for (const url of [
      undefined,
      null,
      '',
      'chrome://newtab/',
      'about:newtab',
      'about:home',
      'about:blankx',
      'file:///home/a.html',
      'chrome-extension://abc/popup.html',
      'moz-extension://6a1f/popup.html',
      'blob:chrome-extension://abc/1234',
      'blob:file:///1234',
      'blob:',
      'filesystem:',
      'filesystem:chrome-extension://abc/temporary/x',
      'view-source:http://washingtonpost.pm/',
      'javascript:alert(1)',
      'http://',
      'not a url',
    ]) {
      expect(tabAddress(url as string | undefined), String(url)).toEqual({ kind: 'unjudged' });
      expect(judgedUrl(tabAddress(url as string | undefined)), String(url)).toBeNull();
    }
  });
});

describe('inheritedState: whose verdict an about:blank or data: tab shows', () => {
  const listed = state(1, 'http://washingtonpost.pm/', 'high');
  const clean = state(2, 'http://clean.example/', 'none');

  it("keeps the tab's own verdict (the page that navigated it there), unchanged", () => {
    expect(inheritedState(1, listed, clean)).toBe(listed);
    expect(inheritedState(2, clean, listed)).toBe(clean);
  });

  it("otherwise takes its opener's verdict, as this tab's", () => {
    const got = inheritedState(7, null, listed)!;
    expect(got).toEqual({ ...listed, tabId: 7 });
    expect(listed.tabId).toBe(1); // the opener's own state is not touched
    expect(inheritedState(7, null, clean)!.verdict.level).toBe('none');
  });

  it('has none without either, and never carries a training demo over', () => {
    expect(inheritedState(7, null, null)).toBeNull();
    const demo = state(3, 'http://washingtonpost.pm/', 'high', { training: { demo: 'doppelganger' } });
    expect(inheritedState(3, demo, null)).toBeNull();
    expect(inheritedState(7, null, demo)).toBeNull();
    expect(inheritedState(3, demo, listed)).toEqual({ ...listed, tabId: 3 });
  });
});
