import type { PageMarker } from '../messages';

/**
 * Where markers.js leaves its marking function for the content script: a property of the
 * extension's isolated world, under a symbol. A page's elements appear on `window` by their `id` or
 * `name` (named access reaches the isolated world too), but never under a symbol.
 */
export const MARK_LINKS = Symbol.for('unmask.markLinks');

export type MarkLinks = (markers: readonly PageMarker[]) => void;

export type WithMarkLinks = typeof globalThis & { [MARK_LINKS]?: MarkLinks };
