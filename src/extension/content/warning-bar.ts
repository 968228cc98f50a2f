/**
 * The in-page warning bar. Injected by the background (scripting.executeScript) only into pages at
 * or above the person's warning level, never into clean pages; run again, it updates or removes
 * itself. Framework-free and small (no Preact, no polyfill: it uses the browser's own
 * `browser`/`chrome` namespace, chosen by own-api.ts).
 *
 * What the page can see of it (PRIVACY.md says the same to people):
 * - One attribute-less `<div>` under `<html>`, with a CLOSED shadow root: no product name, no
 *   level, no class, no inline style. The page cannot open the root, restyle it or read its nodes
 *   (it can still remove or cover the host element: the toolbar badge is the surface a page cannot
 *   touch).
 * - No words: every word of the bar is CSS generated content in the root's own stylesheet
 *   (page-text.ts), because `window.find()` finds text nodes even inside closed shadow roots. The
 *   host's own style is the same for every level; the level's colours apply only inside the root.
 * - `position: fixed` at the top, highest z-index, `all: initial` inside: it overlays the page and
 *   never shifts its layout.
 * - The headline comes from our own engine (never page HTML), escaped as a CSS string. In English
 *   it is the finding's summary; in another language the background sends the finding's message
 *   and injects that language's sentences first (src/extension/bar-sentences.ts), kept in this world's own state.
 * - "See why" asks the background to open `report.html?tab=<this tab>`: our pages are not
 *   web-accessible, so a page can never frame or open them itself.
 * - Only trusted (real) clicks count: a page can dispatch synthetic events at the host element.
 */
import type { Lang, SummaryMessage } from '../../core/i18n/types';
import type { Level } from '../../core/types';
import type { WarningInfo } from '../messages';
import { textRule } from './page-text';

interface Api {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

interface BarHandle {
  host: HTMLElement;
  root: ShadowRoot;
}

/** The bar scripts' state in the isolated world (under `WARNING_STATE`, mark-key.ts): the bar, and the sentences given to it. */
export interface WarningState {
  bar?: BarHandle | null;
  /** A language's sentence renderer (null: a message it cannot read), set by src/extension/bar-sentences.ts. */
  sentences?: Partial<Record<Lang, (message: SummaryMessage) => string | null>>;
}

/** The headline: the finding's sentence in the language it was sent in, else its English sentence. */
function headlineOf(info: WarningInfo, state: WarningState): string {
  const s = info.sentence;
  const text = s && typeof s === 'object' ? state.sentences?.[s.lang]?.(s.message) : null;
  return typeof text === 'string' && text !== '' ? text : info.headline;
}

const COLORS: Record<Exclude<Level, 'none'>, { bg: string; fg: string; border: string }> = {
  high: { bg: '#FDECEA', fg: '#5F1410', border: '#B3261E' },
  medium: { bg: '#FFF4D6', fg: '#4A3200', border: '#B07D00' },
  low: { bg: '#F1F3F4', fg: '#202124', border: '#5F6368' },
  info: { bg: '#E8F0FE', fg: '#0B2E5C', border: '#1A5FB4' },
};

// The host's own box is set here: `!important` in the shadow tree beats the page's `!important`
// (inner context wins for important declarations), so page CSS cannot move or hide it by selector.
const CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;right:0!important;\
z-index:2147483647!important;display:block!important}\
.bar{box-sizing:border-box;display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;width:100%;padding:10px 16px;\
font:15px/1.4 system-ui,sans-serif;border-bottom:3px solid var(--b);background:var(--bg);color:var(--fg);box-shadow:0 2px 6px #0004}\
p{margin:0;flex:1 1 320px}b{margin-right:.4em}\
button{font:600 14px/1.2 system-ui,sans-serif;cursor:pointer;padding:6px 12px;border-radius:4px;border:2px solid var(--b);color:var(--fg);background:#fff}\
.primary{background:var(--b);color:#fff}button:focus-visible{outline:3px solid #1A5FB4;outline-offset:2px}\
@media print{.bar{display:none}}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}

function render(doc: Document, root: ShadowRoot, info: WarningInfo, headline: string, api: Api, remove: () => void): void {
  const colors = COLORS[info.level];
  // The background's words when the options chose a language; else the browser's own.
  const say = (key: string, substitutions?: string[]) => {
    const word = info.words?.[key];
    return typeof word == 'string' ? word : api.i18n.getMessage(key, substitutions);
  };
  root.replaceChildren();
  const style = el(doc, 'style');
  style.textContent =
    CSS +
    `.bar{--bg:${colors.bg};--fg:${colors.fg};--b:${colors.border}}` +
    textRule('b', say('warningBarLevel', [info.levelName])) +
    textRule('span', headline) +
    textRule('.primary', say('warningBarOpenReport')) +
    textRule('.dismiss', say('warningBarDismiss'));
  const bar = el(doc, 'div', 'bar');
  bar.setAttribute('role', 'alert');
  bar.setAttribute('aria-label', say('warningBarLabel'));
  const text = el(doc, 'p');
  text.append(el(doc, 'b'), el(doc, 'span'));
  const open = el(doc, 'button', 'primary');
  open.type = 'button';
  const dismiss = el(doc, 'button', 'dismiss');
  dismiss.type = 'button';
  open.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    void api.runtime.sendMessage({ type: 'cs-bg-open-report' }).catch(() => undefined);
  });
  dismiss.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    remove();
    void api.runtime.sendMessage({ type: 'cs-bg-warning-dismissed' }).catch(() => undefined);
  });
  bar.append(text, open, dismiss);
  root.append(style, bar);
}

/**
 * Shows, updates or removes the bar for this page. `state` is the isolated world's own global
 * (shared by our scripts in this frame, invisible to the page), where the closed root is kept.
 */
export async function runWarningBar(doc: Document, api: Api, state: WarningState): Promise<void> {
  const info = (await api.runtime.sendMessage({ type: 'cs-bg-warning' })) as WarningInfo | null | undefined;
  const remove = () => {
    state.bar?.host.remove();
    state.bar = null;
  };
  if (
    !info ||
    typeof info !== 'object' ||
    typeof info.headline !== 'string' ||
    typeof info.levelName !== 'string' ||
    !(info.level in COLORS)
  ) {
    remove();
    return;
  }
  let bar = state.bar;
  if (!bar || !bar.host.isConnected) {
    // No attribute at all: a page must not learn from its DOM which extension its visitor runs.
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    (doc.documentElement ?? doc).appendChild(host);
    bar = { host, root };
    state.bar = bar;
  }
  render(doc, bar.root, info, headlineOf(info, state), api, remove);
}
