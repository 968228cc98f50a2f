/**
 * Unmask in the browser's own language, in both real browsers, for German, French,
 * Ukrainian, Polish and Russian: the browser is started in the language the way a person's system
 * would start it (Chromium: the `LANGUAGE` environment; Firefox: `intl.locale.requested`, with
 * Debian's language pack installed), Unmask's Language setting stays on Automatic, and the browser
 * itself must report the language to the extension (`i18n.getUILanguage()`). A browser without
 * its language pack falls back to English: the test then fails with one line naming the apt
 * package to install.
 *
 * One browser start per language and browser, with every case open in it: a flagged clone
 * (washingtonpost.pm, Doppelganger), a persona account (x.com/baranowski21205), an amplifier
 * (x.com/ChayBowes), a research article about the campaign (dfrlab.org), a clean page
 * (clean.example) and the real outlet (washingtonpost.com). For each, the popup and the full
 * report; then the options page. On every page, at 400 px wide: `<html lang>` says the language,
 * nothing overflows (the body and every button fit their box), and no English is left but names:
 * - no piece of the English catalogue that the translation does not also contain;
 * - no operation's English summary (the report gives it from lists/i18n/campaigns.<lang>.json), and
 *   no finding's English sentence (the engine's `summary` beside its message key);
 * - no common English word, once the names the page shows are taken out (report titles,
 *   publishers, DISARM technique names, the operation's and outlet's names, handles, addresses).
 * The lists' notes (what a DISARM technique or an attribution means for the operation, how a source
 * was read) are checked the same way in a test of their own, so that a failure says which part is
 * English.
 * Screenshots go to test-results/screenshots/i18n-<lang>-<case>-<page>-<browser>.png.
 *
 * Only the body and the buttons are measured: a scrollbar (Firefox) narrows the root of a page
 * sized for a 400 px popup, which the browser's popup window does not have.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languagePack } from '../support/browsers';
import { EXTENSION_DIRS, launch, SCREENSHOT_DIR, type BrowserKind, type Harness, type TestPage } from './harness';

const ROOT = join(EXTENSION_DIRS.chromium, '..', '..');
const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8')) as T;

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue => readJson<Catalogue>('public/_locales', lang, 'messages.json');
const EN = catalogue('en');

const LANGS = ['de', 'fr', 'uk', 'pl', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** Text as the page shows it: one space between words, typographic quotes as they are. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The English catalogue's sentences, cut at their placeholders: every piece of two or more words
 * that is not also in the translation (the words a language spells the same, allowlisted in
 * test/unit/i18n/locales.test.ts) must not be on a translated page.
 */
function englishPieces(translation: Catalogue): string[] {
  const translated = Object.values(translation).map((m) => m.message);
  const pieces = new Set<string>();
  for (const { message } of Object.values(EN)) {
    for (const raw of message.split(/\$[1-9$]/)) {
      const piece = raw.replace(/^[\s.,:;()“”"']+|[\s.,:;()“”"']+$/g, '');
      if (piece.length < 10 || piece.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) continue;
      if (translated.some((m) => m.includes(piece))) continue;
      pieces.add(piece);
    }
  }
  return [...pieces];
}

interface ListCampaign {
  id: string;
  name: string;
  summary: string;
  aliases?: { name: string; by?: string }[];
  attribution?: { by?: string; note?: string }[];
  tactics?: { name: string; note?: string }[];
}
const CAMPAIGNS = readJson<ListCampaign[]>('lists/campaigns.json');

/** A text's sentences of three or more words: any of them on a translated page is English left. */
function sentences(text: string): string[] {
  return squash(text)
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.replace(/[.!?]$/, ''))
    .filter((s) => s.split(' ').length >= 3);
}

/** The operations' summaries in English: a translated page gives them in its language. */
const SUMMARY_SENTENCES = [...new Set(CAMPAIGNS.flatMap((c) => sentences(c.summary)))];
/** The lists' notes in English: what each attribution and each DISARM technique means. */
const NOTE_SENTENCES = [
  ...new Set(
    CAMPAIGNS.flatMap((c) => [...(c.attribution ?? []).map((a) => a.note ?? ''), ...(c.tactics ?? []).map((t) => t.note ?? '')]).flatMap(
      sentences,
    ),
  ),
];

/** How each source was read, from lists/sources.json (`via`): the lists' words, shown after the source. */
const RAW_VIAS = readJson<{ via?: string }[]>('lists/sources.json')
  .map((s) => s.via ?? '')
  .filter((via) => via !== '');
const SOURCE_VIAS = RAW_VIAS.map(squash);

/**
 * The same notes as lists/i18n/notes.<lang>.json translates them: shown after a source in that
 * language. They may name English publications ("The Jerusalem Post"), which are names.
 */
function localVias(lang: string): string[] {
  const notes = readJson<Record<string, string>>('lists/i18n', `notes.${lang}.json`);
  return RAW_VIAS.flatMap((via) => (typeof notes[via] === 'string' ? [squash(notes[via])] : []));
}

/**
 * Common English words no other of the five languages writes as a word of its own ("to", "by",
 * "on", "a", "or", "page", "site" are French or Polish words too, "was", "will", "also" German).
 */
const ENGLISH_WORDS = new Set(
  (
    'the and this that these those with which from were have has been your you are not its about than ' +
    'when only who what why how there their they would could should into over under after before ' +
    'because while whether does doesn did didn isn aren wasn don can cannot won shown listed named ' +
    'documented says said run runs imitates impersonates spreading account accounts address ' +
    'check checked lists trust trusted report reported mistake settings language automatic open close ' +
    'copy copied find found level high low none official clean'
  ).split(' '),
);

interface Case {
  name: string;
  url: string;
  level: 'high' | 'medium' | 'info' | 'none';
}
const CASES: Case[] = [
  { name: 'clone', url: 'http://washingtonpost.pm/', level: 'high' },
  { name: 'persona', url: 'http://x.com/baranowski21205', level: 'high' },
  { name: 'amplifier', url: 'http://x.com/ChayBowes/status/1', level: 'medium' },
  { name: 'research', url: 'http://dfrlab.org/', level: 'info' },
  { name: 'clean', url: 'http://clean.example/', level: 'none' },
  { name: 'official', url: 'http://washingtonpost.com/', level: 'none' },
];

const WIDTH = 400;

async function setWidth(page: TestPage, width: number): Promise<void> {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).setViewportSize({ width, height: 800 });
  else await (page.raw as import('puppeteer-core').Page).setViewport({ width, height: 800 });
}

async function shoot(page: TestPage, name: string, selector: string): Promise<void> {
  const path = join(SCREENSHOT_DIR, `${name}-${page.kind}.png`);
  if (page.kind === 'chromium') {
    await (page.raw as import('playwright-core').Page).locator(selector).first().screenshot({ path });
  } else {
    const el = await (page.raw as import('puppeteer-core').Page).$(selector);
    if (!el) throw new Error(`${selector} not found for the screenshot`);
    await el.screenshot({ path: path as `${string}.png` });
  }
}

interface PageFacts {
  lang: string;
  /** Elements wider than their box at 400 px: the body, or a button (with its text). */
  overflowing: string[];
  /** The page's whole text. */
  text: string;
  /**
   * The text without the elements that hold names only (report titles, publishers, DISARM names)
   * and without the operation's notes.
   */
  words: string;
  /**
   * The lists' notes: what each DISARM technique and each attribution means for the operation, and
   * how each source was read.
   */
  notes: string[];
}

async function factsOf(page: TestPage, vias: readonly string[] = SOURCE_VIAS): Promise<PageFacts> {
  await setWidth(page, WIDTH);
  // Two frames: layout settles at the new width before anything is measured.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const facts = await page.evaluate(() => {
    const overflowing: string[] = [];
    const body = document.body;
    if (body.scrollWidth > body.clientWidth) overflowing.push(`body ${body.scrollWidth} > ${body.clientWidth}`);
    for (const button of document.querySelectorAll<HTMLElement>('button, select, .button, a[role="button"]')) {
      if (button.offsetParent === null) continue;
      if (button.scrollWidth > button.clientWidth + 1)
        overflowing.push(
          `${button.tagName.toLowerCase()} “${(button.textContent ?? '').trim()}” ${button.scrollWidth} > ${button.clientWidth}`,
        );
    }
    const textOf = (root: HTMLElement): string => {
      // Block boundaries become spaces, so that two controls' words never read as one sentence.
      for (const node of root.querySelectorAll('script, style')) node.remove();
      for (const node of root.querySelectorAll('*')) node.append(' ');
      return (root.textContent ?? '').replace(/\s+/g, ' ');
    };
    const NOTES = '.tactic-note, .attribution-note-text';
    const notes = [...body.querySelectorAll(NOTES)].map((n) => (n.textContent ?? '').replace(/^:\s*/, ''));
    const named = body.cloneNode(true) as HTMLElement;
    // Names: report titles, publishers and DISARM's technique names. Notes are checked on their own.
    for (const node of named.querySelectorAll(`.source-title, .source-publisher, .tactic-name, ${NOTES}`)) node.remove();
    return {
      lang: document.documentElement.lang,
      overflowing,
      text: textOf(body.cloneNode(true) as HTMLElement),
      words: textOf(named),
      notes,
    };
  });
  // A source's `via` is the lists' note on how it was read, inline after the source's kind.
  let words = squash(facts.words);
  for (const via of vias) {
    if (!words.includes(via)) continue;
    facts.notes.push(via);
    words = words.split(via).join(' ');
  }
  return { ...facts, words };
}

/** Every string in a value: for the parts of a tab's state that hold names only. */
function namesIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.trim() !== '') into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) namesIn(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) namesIn(v, into);
  }
  return into;
}

/**
 * The names in a tab's state: each finding's parameters (operation, outlet, publisher, handle,
 * platform), the names the page gives itself, and the outlet an official address belongs to.
 * Never a finding's `summary`, which is the engine's English.
 */
function namesInState(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) namesInState(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'summaryParams' || key === 'claimedNames') namesIn(v, into);
      else if (key === 'official') namesIn((v as { outlet?: unknown }).outlet, into);
      else namesInState(v, into);
    }
  }
  return into;
}

/** Words of `text` that are common English words, once every name is taken out. */
function englishWordsIn(text: string, names: Iterable<string>): string[] {
  let rest = text;
  // Longest first, so that "The Washington Post" goes before "Washington".
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  // Addresses and handles are names too. A hyphenated compound ("Hack-and-Leak") is one word of the
  // language it is written in.
  rest = rest.replace(/\S*(?:\.[a-z]{2,}|@)\S*/gi, ' ');
  const found = (rest.match(/\p{L}+(?:[-’]\p{L}+)*/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => ENGLISH_WORDS.has(w));
  return [...new Set(found)];
}

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('Unmask in the browser’s language, %s', (kind) => {
  describe.each(LANGS)('%s', (lang: Lang) => {
    const own = catalogue(lang);
    const pieces = englishPieces(own);
    const campaigns = readJson<Record<string, { name: string; summary: string } | 'en'>>('lists/i18n', `campaigns.${lang}.json`);
    /** How each source was read, in English and in this language: notes, checked on their own. */
    const local = localVias(lang);
    const vias = [...SOURCE_VIAS, ...local];
    let h: Harness;
    const tabs = new Map<string, number>();
    /** Names the pages may show as they are: from the lists and from each finding's parameters. */
    const names = new Set<string>();
    /**
     * An operation's English name is a name only where its language has none of its own: where
     * lists/i18n gives one, the English name on the page is English left.
     */
    const renamed = CAMPAIGNS.flatMap((c) => {
      const translated = campaigns[c.id];
      return typeof translated === 'object' && !translated.name.includes(c.name) ? [c.name] : [];
    });

    /** Soft: every page of a case is checked and each problem reported, not only the first. */
    function expectSpoken(facts: PageFacts, page: string, englishSentences: readonly string[]): void {
      expect.soft(facts.lang, `${page}: <html lang>`).toBe(lang);
      expect.soft(facts.overflowing, `${page}: wider than its box at ${WIDTH} px`).toEqual([]);
      // Report titles may be English: they are names, and only the text around them is checked.
      const text = squash(facts.words);
      expect
        .soft(
          [...pieces, ...SUMMARY_SENTENCES, ...renamed, ...englishSentences].filter((piece) => text.includes(piece)),
          `${page}: English left`,
        )
        .toEqual([]);
      expect.soft(englishWordsIn(facts.words, names), `${page}: English words left`).toEqual([]);
    }

    beforeAll(async () => {
      h = await launch(kind, { locale: lang });
      const [reported, spoken] = await h.extEval(() => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return [api.i18n.getUILanguage() as string, api.i18n.getMessage('uiLang') as string];
      });
      if (reported.split('-')[0] !== lang) {
        throw new Error(
          `${kind} was started in ${lang} but reports ${reported}: install its language pack with "sudo apt-get install -y ${languagePack(kind, lang)}"`,
        );
      }
      // The browser's language reaches Unmask's catalogue, with the setting left on Automatic.
      expect(spoken).toBe(lang);
      expect(
        await h.extEval(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return (await api.storage.local.get('settings')).settings?.language ?? 'auto';
        }),
      ).toBe('auto');
      for (const c of CAMPAIGNS) {
        if (!renamed.includes(c.name)) names.add(c.name);
        for (const a of c.aliases ?? []) names.add(a.name);
        for (const a of c.attribution ?? []) if (a.by) names.add(a.by);
        for (const t of c.tactics ?? []) names.add(t.name);
        const translated = campaigns[c.id];
        if (typeof translated === 'object') names.add(translated.name);
      }
      for (const c of CASES) {
        const site = await h.open(c.url);
        const id = await h.tabIdOf(site);
        await h.waitForTabState(id, (s) => s?.phase === 'page');
        const state = await h.waitForTabState(id, (s) => s?.verdict.level === c.level);
        namesInState(state, names);
        for (const name of renamed) names.delete(name);
        tabs.set(c.name, id);
      }
    }, 180_000);
    afterAll(async () => {
      await h?.close();
    });

    /** The operation's notes each case's popup and report showed, for the test of the notes. */
    const notesShown = new Map<string, string[]>();

    it.each(CASES)('the popup and the report for the $name page speak the language and fit 400 px', async (c) => {
      const id = tabs.get(c.name)!;
      const state = await h.tabState(id);
      const english = state!.verdict.findings.flatMap((f) => sentences(f.summary ?? ''));
      const shown: string[] = [];
      for (const view of ['popup', 'report'] as const) {
        const page = await h.openExtensionPage(`${view}.html?tab=${id}`);
        await page.waitFor(`main#${view}[data-level="${c.level}"]`);
        // The popup reads the lists (operation details, notes in the language) after the verdict,
        // when the verdict names an operation or is clean (entrypoints/popup/main.tsx).
        const findings = state!.verdict.findings;
        if (view === 'popup' && (findings.length === 0 || findings.some((f) => f.campaign)))
          await page.waitFor('main#popup[data-lists="loaded"]');
        const facts = await factsOf(page, vias);
        if (view === 'report') {
          expect(facts.text).toContain(own.reportTitle!.message);
          // The operation's summary comes from lists/i18n/ in the page's language.
          for (const f of state!.verdict.findings) {
            const translated = f.campaign && campaigns[f.campaign.id];
            if (!f.campaign) continue;
            expect.soft(typeof translated, `${f.campaign.id}: no translation in lists/i18n/campaigns.${lang}.json`).toBe('object');
            if (typeof translated === 'object') expect.soft(squash(facts.text)).toContain(squash(translated.summary));
          }
        }
        expectSpoken(facts, `${view} (${c.name})`, english);
        shown.push(...facts.notes);
        await shoot(page, `i18n-${lang}-${c.name}-${view}`, `main#${view}`);
        await page.close();
      }
      notesShown.set(c.name, shown);
    });

    it.each(CASES.filter((c) => c.level !== 'none'))('the lists’ notes on the $name page are in the language', (c) => {
      const shown = notesShown.get(c.name);
      expect(shown, 'the popup and report were not read').toBeDefined();
      const english = shown!.filter(
        (note) =>
          NOTE_SENTENCES.some((sentence) => squash(note).includes(sentence)) ||
          SOURCE_VIAS.includes(squash(note)) ||
          // The lists' own translation of a source's note (checked by test/unit/lists/note-i18n.test.ts).
          (!local.includes(squash(note)) && englishWordsIn(note, names).length > 0),
      );
      expect(english, 'notes in English (lists/campaigns.json tactics[].note, attribution[].note; lists/sources.json via)').toEqual([]);
    });

    it('the options page speaks the language, keeps Automatic and fits 400 px', async () => {
      const options = await h.openExtensionPage('options.html');
      await options.waitFor('main#options select#language');
      const facts = await factsOf(options);
      expect(facts.text).toContain(own.optionsTitle!.message);
      expect(await options.evaluate(() => (document.querySelector('select#language') as HTMLSelectElement).value)).toBe('auto');
      expectSpoken(facts, 'options', []);
      await shoot(options, `i18n-${lang}-options`, 'main#options');
      await options.close();
    });
  });
});
