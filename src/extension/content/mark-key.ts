import type { PageMarker } from '../messages';
import type { WarningState } from './warning-bar';

/**
 * Where our scripts in a page's frame leave things for each other: properties of the extension's
 * isolated world, under symbols. A page's elements appear on `window` by their `id` or `name`
 * (named access reaches the isolated world too: `<form id="x"><input name="bar">` would be an
 * `x` with a `bar`), but never under a symbol.
 */
/** markers.js's marking function, for the content script. */
export const MARK_LINKS = Symbol.for('unmask.markLinks');
/** The warning bar's state: its closed root and the sentences given to it (warning-bar.ts, bar-sentences.ts). */
export const WARNING_STATE = Symbol.for('unmask.warning');

export type WithWarningState = typeof globalThis & { [WARNING_STATE]?: WarningState };

export type MarkLinks = (markers: readonly PageMarker[]) => void;

export type WithMarkLinks = typeof globalThis & { [MARK_LINKS]?: MarkLinks };
