/**
 * Training mode's fixed table of demos: one per tactic, each the address it SIMULATES and the page
 * signals it shows. The background judges a demo tab as that address with those signals, with the
 * real engine and the real lists, so the popup and the report explain it exactly as they would
 * explain the real site.
 *
 * Why a fixed table: the training page only ever sends a demo id; the background looks the demo up
 * here. A page (even our own, if it were ever compromised) can never make the background judge or
 * store an arbitrary address as a "training" verdict.
 *
 * Every address is either an indicator the lists document (cited in each demo's `sources`, checked
 * against the engine's own finding by test/unit/training/demos.test.ts) or an invented name under
 * the reserved `.example` top-level domain, which can never be a real site. The pages themselves
 * are ours: neutral invented filler about a fictional town, never real campaign text; the only
 * borrowed words are the documented machine-rewrite leftover (lists/text-artifacts.json), which is
 * an instruction to an AI model, not a claim.
 *
 * Pure: no browser APIs (the background, the training page and Node tests all import it).
 */
import type { JudgeOptions, PageSignals, Sensitivity } from '../core/types';

export const TRAINING_DEMO_IDS = ['clone', 'brand', 'artifacts', 'persona', 'redirect', 'phishing'] as const;
export type TrainingDemoId = (typeof TRAINING_DEMO_IDS)[number];

export interface TrainingDemo {
  id: TrainingDemoId;
  /** The address the demo page stands for: the tab is judged as if it were open there. */
  url: string;
  /** What the demo page shows, as the content script would report it from the real page. */
  signals: PageSignals;
  /**
   * The sensitivity the demo is judged with. `lookalikes` is the default setting; the rewrite
   * leftover demo uses `text` (the setting that looks at page text), and its script says so.
   */
  sensitivity: Sensitivity;
  /** Source ids (lists/sources.json) the trainer's script cites: the top finding's sources. */
  sources: readonly string[];
}

/** The documented machine-rewrite leftover (lists/text-artifacts.json, id copycop-fr-rewrite-prompt-conservative-macron). */
export const ARTIFACT_PHRASE =
  'S’il vous plaît, réécrivez cet article en adoptant une position conservatrice contre les politiques libérales de l’administration Macron en faveur des citoyens français de la classe ouvrière.';

/**
 * The words of a demo page that the engine reads as well as the person (the page's title and its
 * text): message keys of the UI catalogue, so the page the popup and the report describe is the
 * page the trainer shows, in the language the person chose (TrainingDemo.tsx renders the same
 * messages).
 */
export const DEMO_WORDS = ['trainingFillerHeadline', 'trainingFillerBody1', 'trainingPhishHeading'] as const;
export type DemoWord = (typeof DEMO_WORDS)[number];

/**
 * The demo pages' words in English (public/_locales/en/messages.json, held equal by
 * test/unit/training/demos.test.ts): what Node callers get when they give no language.
 */
export const ENGLISH_DEMO_WORDS: Readonly<Record<DemoWord, string>> = {
  trainingFillerHeadline: 'Brookfield council delays footbridge repairs',
  trainingFillerBody1:
    'The Brookfield town council met on Tuesday evening to discuss the timetable for repairs to the old footbridge over the river. Members agreed to publish three options for public comment next month.',
  trainingPhishHeading: 'Sign in to view the shared document',
};

/** The demos, with their pages' words given by `say` (neutral invented filler about a fictional town council). */
function buildDemos(say: (key: DemoWord) => string): Readonly<Record<TrainingDemoId, TrainingDemo>> {
  const headline = say('trainingFillerHeadline');
  const filler = say('trainingFillerBody1');
  return Object.freeze({
    // Meta lists washingtonpost.pm as a Doppelganger domain imitating The Washington Post; the US
    // Department of Justice seized it in September 2024.
    clone: {
      id: 'clone',
      url: 'https://washingtonpost.pm/local/2024/03/12/brookfield-council-footbridge/',
      signals: {
        claimedNames: [
          { source: 'title', value: `${headline} - The Washington Post` },
          { source: 'og:site_name', value: 'The Washington Post' },
        ],
        bylines: ['Training Example Desk'],
        text: filler,
      },
      sensitivity: 'lookalikes',
      sources: ['meta-q2-2023-doppelganger-russia-based-cib-network-updated', 'us-doj-2024-09-04-doppelganger'],
    },
    // "Nio Thinker" is a Storm-2035 outlet brand (OpenAI); the demo claims it on a new, unlisted domain.
    brand: {
      id: 'brand',
      url: 'https://niothinker-daily.example/brookfield/footbridge-vote',
      signals: {
        claimedNames: [
          { source: 'og:site_name', value: 'Nio Thinker' },
          { source: 'title', value: `${headline} | Nio Thinker` },
        ],
        text: filler,
      },
      sensitivity: 'lookalikes',
      sources: ['openai-2024-08-16-storm-2035'],
    },
    artifacts: {
      id: 'artifacts',
      url: 'https://brookfield-courier.example/2024/council-footbridge',
      signals: {
        claimedNames: [{ source: 'og:site_name', value: 'Brookfield Courier' }],
        text: `${ARTIFACT_PHRASE}\n${filler}`,
      },
      sensitivity: 'text',
      sources: ['copycop-page-franceencolere-2024-03-15', 'copycop-page-veritecachee-2024-03-07'],
    },
    // An X account Meta listed as run by a Russia-based network (Allo Afrique).
    persona: {
      id: 'persona',
      url: 'https://x.com/Allo_Afrique',
      signals: {
        handles: ['https://x.com/Allo_Afrique'],
      },
      sensitivity: 'lookalikes',
      sources: ['meta-h2-2025-russia-based-cib-network-2-page', 'meta-q2-3-2025-russia-based-cib-network-cs2'],
    },
    // A Doppelganger redirect domain (Meta, 2024): a first hop that forwarded to the clones. Reported
    // long ago, so the engine says `low` (stale): such domains change hands.
    redirect: {
      id: 'redirect',
      url: 'https://049122.com/r/brookfield-footbridge',
      signals: {
        links: ['https://washingtonpost.pm/local/2024/03/12/brookfield-council-footbridge/'],
      },
      sensitivity: 'lookalikes',
      sources: ['meta-q2-2023-doppelganger-russia-based-cib-network-updated'],
    },
    // A Star Blizzard credential-phishing domain (Recorded Future, 2022). Also stale: `low`.
    phishing: {
      id: 'phishing',
      url: 'https://access-confirmation.com/document/shared/view',
      signals: {
        claimedNames: [{ source: 'title', value: say('trainingPhishHeading') }],
      },
      sensitivity: 'lookalikes',
      sources: ['recorded-future-2022-12-tag-53-iocs'],
    },
  });
}

/** The demos with their pages' words in English. */
export const TRAINING_DEMOS: Readonly<Record<TrainingDemoId, TrainingDemo>> = buildDemos((key) => ENGLISH_DEMO_WORDS[key]);

/**
 * The demos with their pages' words in the reader's language (`say`: the background's message
 * lookup, which follows the language setting). Only the words differ: the addresses, the claimed
 * brands and the sources are the same in every language.
 */
export function trainingDemos(say?: (key: DemoWord) => string): Readonly<Record<TrainingDemoId, TrainingDemo>> {
  return say ? buildDemos(say) : TRAINING_DEMOS;
}

export function isTrainingDemoId(value: unknown): value is TrainingDemoId {
  return typeof value === 'string' && (TRAINING_DEMO_IDS as readonly string[]).includes(value);
}

/**
 * The options a demo is judged with: its own sensitivity and nothing else. The person's allowlist
 * and disabled campaigns or roles are left out on purpose, so a demo always shows the tactic it
 * teaches (a trainer who trusts washingtonpost.pm by mistake still gets the clone demo).
 */
export function trainingJudgeOptions(demo: TrainingDemo, now?: Date): JudgeOptions {
  return { sensitivity: demo.sensitivity, ...(now ? { now } : {}) };
}

/** The training page's path inside the extension. */
export const TRAINING_PAGE = '/training.html';

/** True when `url` is our training page (any demo or the index) under the extension's base URL. */
export function isTrainingPage(url: string | undefined, extensionBase: string): boolean {
  if (typeof url !== 'string' || !url.startsWith(extensionBase)) return false;
  try {
    return new URL(url).pathname === TRAINING_PAGE;
  } catch {
    return false;
  }
}

/** The demo id a training page URL shows, or null (the index, or not a training page). */
export function demoOfTrainingPage(url: string | undefined, extensionBase: string): TrainingDemoId | null {
  if (!isTrainingPage(url, extensionBase)) return null;
  const demo = new URL(url as string).searchParams.get('demo');
  return isTrainingDemoId(demo) ? demo : null;
}
