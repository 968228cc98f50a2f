/**
 * Training mode's demos judged by the real engine over the real lists (public/unmask-index.json,
 * `npm run lists`), exactly as the background judges a demo tab: each demo must give the level and
 * the reason its trainer's script describes, with the sources the script cites. When the lists
 * change (an indicator removed, a source renamed), these fail, and the script must be rewritten.
 * The clock is the real one, as in the background: the two stale demos stay stale as time passes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings';
import {
  ARTIFACT_PHRASE,
  DEMO_WORDS,
  ENGLISH_DEMO_WORDS,
  demoOfTrainingPage,
  isTrainingPage,
  TRAINING_DEMO_IDS,
  TRAINING_DEMOS,
  trainingJudgeOptions,
} from '../../../src/training/demos';
import { judgeTrainingDemo } from '../../../src/training/judge';
import { parseCompiled } from '../../../src/lists/compiled';
import { UI_LANGUAGES } from '../../../src/extension/ui-language';

const path = fileURLToPath(new URL('../../../public/unmask-index.json', import.meta.url));
const lists = parseCompiled(readFileSync(path, 'utf8'));
const engine = createEngine(lists);
const ON = { ...DEFAULT_SETTINGS, trainingMode: true };

function judged(id: (typeof TRAINING_DEMO_IDS)[number]) {
  const state = judgeTrainingDemo(engine, ON, id, 7);
  if (!state) throw new Error(`demo ${id} was not judged`);
  return { state, top: state.verdict.findings[0] as Finding };
}

describe('training demos over the shipped lists', () => {
  it('clone: the listed Doppelganger copy of The Washington Post, high, with the impersonated outlet', () => {
    const { state, top } = judged('clone');
    expect(state.verdict.level).toBe('high');
    expect(top).toMatchObject({ reason: 'listed-domain', level: 'high', role: 'impersonation', indicator: 'washingtonpost.pm' });
    expect(top.campaign?.id).toBe('doppelganger');
    expect(top.impersonates).toBe('washingtonpost.com');
    // The page claims the outlet's name: the claim is part of what the demo shows.
    expect(TRAINING_DEMOS.clone.signals.claimedNames?.map((c) => c.value)).toContain('The Washington Post');
  });

  it('brand: "Nio Thinker" claimed on an unlisted .example domain is medium, claims-campaign-brand, Storm-2035', () => {
    const { state, top } = judged('brand');
    expect(state.verdict.level).toBe('medium');
    expect(top.reason).toBe('claims-campaign-brand');
    expect(top.campaign?.id).toBe('storm-2035');
    expect(top.evidence.claimedName?.value).toBe('Nio Thinker');
    // Nothing in the lists: it is the claim alone.
    expect(state.verdict.findings.some((f) => f.reason === 'listed-domain')).toBe(false);
  });

  it('artifacts: the documented rewrite leftover is found at sensitivity "text" (low), and not at the default', () => {
    const { state, top } = judged('artifacts');
    expect(TRAINING_DEMOS.artifacts.sensitivity).toBe('text');
    expect(state.verdict.level).toBe('low');
    expect(top.reason).toBe('rewrite-artifact');
    expect(top.campaign?.id).toBe('storm-1516');
    expect(lists.artifacts.map((a) => a.phrase)).toContain(ARTIFACT_PHRASE);
    // Why the demo sets its own sensitivity (the script says so): at the default it shows nothing.
    const atDefault = engine.judge(TRAINING_DEMOS.artifacts.url, TRAINING_DEMOS.artifacts.signals, { sensitivity: 'lookalikes' });
    expect(atDefault.level).toBe('none');
  });

  it('persona: a listed X account is high, listed-account persona', () => {
    const { state, top } = judged('persona');
    expect(state.verdict.level).toBe('high');
    expect(top).toMatchObject({ reason: 'listed-account', level: 'high', role: 'persona' });
    expect(top.campaign?.id).toBe('ru-allo-afrique-2025');
  });

  it('redirect: a Doppelganger redirector reported long ago is low and stale, and its link to the clone is flagged', () => {
    const { state, top } = judged('redirect');
    expect(state.verdict.level).toBe('low');
    expect(top).toMatchObject({ reason: 'listed-domain', level: 'low', role: 'redirector', evidence: { stale: true } });
    expect(top.campaign?.id).toBe('doppelganger');
    expect(state.flagged.map((f) => f.href)).toEqual(TRAINING_DEMOS.redirect.signals.links);
    expect(state.verdict.findings.some((f) => f.reason === 'links-to-flagged' && f.level === 'info')).toBe(true);
  });

  it('phishing: a Star Blizzard phishing host, listed-domain phishing, low because reported long ago', () => {
    const { state, top } = judged('phishing');
    expect(state.verdict.level).toBe('low');
    expect(top).toMatchObject({ reason: 'listed-domain', role: 'phishing', evidence: { stale: true } });
    expect(top.campaign?.id).toBe('star-blizzard');
  });

  it.each(TRAINING_DEMO_IDS)('%s: the script cites the sources of the top finding, and every one exists in the lists', (id) => {
    const { top } = judged(id);
    const cited = TRAINING_DEMOS[id].sources;
    expect(cited.length).toBeGreaterThan(0);
    const known = new Set(lists.sources.map((s) => s.id));
    for (const source of cited) expect(known.has(source), source).toBe(true);
    expect(top.sources.map((s) => s.id)).toEqual(expect.arrayContaining([...cited]));
  });

  it.each(TRAINING_DEMO_IDS)('%s: the state is marked as training and carries the simulated address', (id) => {
    const { state } = judged(id);
    expect(state.training).toEqual({ demo: id });
    expect(state.url).toBe(TRAINING_DEMOS[id].url);
    expect(state.tabId).toBe(7);
    expect(state.allowlisted).toBe(false);
    expect(state.listsVersion).toBe(lists.version);
  });

  it('invented addresses are under the reserved .example domain; the others are documented indicators', () => {
    const listed = new Set(lists.indicators.map((i) => i.value));
    for (const id of TRAINING_DEMO_IDS) {
      const host = new URL(TRAINING_DEMOS[id].url).hostname;
      const documented = listed.has(host) || listed.has(TRAINING_DEMOS[id].url);
      if (!documented) expect(host.endsWith('.example'), `${id}: ${host}`).toBe(true);
    }
  });
});

describe('training demos in the language the person chose', () => {
  const catalogue = (lang: string) =>
    JSON.parse(readFileSync(fileURLToPath(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url)), 'utf8')) as Record<
      string,
      { message: string }
    >;
  const titleOf = (state: NonNullable<ReturnType<typeof judgeTrainingDemo>>) =>
    state.checked?.claimedNames?.find((c) => c.source === 'title')?.value;

  it('the built-in English words are the English catalogue’s', () => {
    const en = catalogue('en');
    for (const key of DEMO_WORDS) expect(ENGLISH_DEMO_WORDS[key], key).toBe(en[key]!.message);
  });

  it('a German demo page is judged with the German title and text it shows, not the English', () => {
    const de = catalogue('de');
    const say = (key: string) => de[key]!.message;
    const clone = judgeTrainingDemo(engine, ON, 'clone', 7, new Date(), say)!;
    expect(titleOf(clone)).toBe(`${de.trainingFillerHeadline!.message} - The Washington Post`);
    expect(titleOf(clone)).toBe('Brookfielder Rat verschiebt Reparatur der Fußgängerbrücke - The Washington Post');
    expect(clone.checked?.text).toBe(de.trainingFillerBody1!.message.length);
    expect(titleOf(judgeTrainingDemo(engine, ON, 'phishing', 7, new Date(), say)!)).toBe(de.trainingPhishHeading!.message);
  });

  it.each(UI_LANGUAGES)('%s: every demo teaches the same thing as in English (level, reason, campaign)', (lang) => {
    const words = catalogue(lang);
    for (const id of TRAINING_DEMO_IDS) {
      const english = judged(id);
      const local = judgeTrainingDemo(engine, ON, id, 7, new Date(), (key) => words[key]!.message)!;
      expect(local.verdict.level, id).toBe(english.state.verdict.level);
      expect(
        local.verdict.findings.map((f) => [f.reason, f.campaign?.id]),
        id,
      ).toEqual(english.state.verdict.findings.map((f) => [f.reason, f.campaign?.id]));
    }
  });
});

describe('judgeTrainingDemo refuses', () => {
  it('when training mode is off', () => {
    expect(judgeTrainingDemo(engine, DEFAULT_SETTINGS, 'clone', 7)).toBeNull();
  });
  it('an unknown or forged demo id', () => {
    for (const id of ['nope', '', 'https://washingtonpost.pm/', '__proto__', 'toString', null, 3, { id: 'clone' }]) {
      expect(judgeTrainingDemo(engine, ON, id, 7)).toBeNull();
    }
  });
  it('ignores the allowlist and disabled campaigns: a demo always shows its tactic', () => {
    const opts = trainingJudgeOptions(TRAINING_DEMOS.clone);
    expect(opts).toEqual({ sensitivity: 'lookalikes' });
    const settings = { ...ON, allowlist: ['washingtonpost.pm'], disabledCampaigns: ['doppelganger'] };
    expect(judgeTrainingDemo(engine, settings, 'clone', 7)?.verdict.level).toBe('high');
  });
});

describe('training page addresses', () => {
  const base = 'chrome-extension://abc/';
  it('recognises only our own training.html', () => {
    expect(isTrainingPage(`${base}training.html`, base)).toBe(true);
    expect(isTrainingPage(`${base}training.html?demo=clone`, base)).toBe(true);
    expect(isTrainingPage(`${base}popup.html`, base)).toBe(false);
    expect(isTrainingPage('chrome-extension://other/training.html', base)).toBe(false);
    expect(isTrainingPage('https://evil.example/training.html', base)).toBe(false);
    expect(isTrainingPage(undefined, base)).toBe(false);
  });
  it('reads the demo id, and nothing else', () => {
    expect(demoOfTrainingPage(`${base}training.html?demo=persona`, base)).toBe('persona');
    expect(demoOfTrainingPage(`${base}training.html?demo=evil`, base)).toBeNull();
    expect(demoOfTrainingPage(`${base}training.html`, base)).toBeNull();
    expect(demoOfTrainingPage(`${base}report.html?demo=clone`, base)).toBeNull();
  });
});
