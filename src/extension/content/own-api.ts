/**
 * The extension's own API namespace, for the scripts that run in a page's frame (the content
 * script, markers.js, warning.js).
 *
 * Not WXT's `browser` (`globalThis.browser?.runtime?.id ? browser : chrome`): a page's elements
 * appear on `window` by their `id` or `name`, and that named access reaches the extension's isolated
 * world too (mark-key.ts). Chrome defines no `browser` there, so `<form id="browser"><input
 * name="runtime" id="x">` would be taken for it (its `runtime.id` is "x"), and a plain
 * `<div id="browser">` would shadow `globalThis.browser ?? chrome`: either way a page could keep
 * its signals from the background and its warning bar from showing. What a page cannot give an
 * element is a function in our world, so the test is `runtime.sendMessage`. (Chrome's `chrome` is
 * no own property of the world either: with an `<img name="chrome">` in the page, Chrome puts its
 * API on that element's wrapper, which works, so the type of the object is not checked. Callers
 * take the API once, at start: a page that removed the element later would take it away.)
 */
export function ownApi<T extends { runtime: object }>(): T | undefined {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  for (const api of [g.browser, g.chrome]) {
    try {
      if (typeof (api as { runtime: { sendMessage?: unknown } }).runtime.sendMessage == 'function') return api as T;
    } catch {
      // Absent, or a cross-origin frame's window (`<iframe name="browser">`), which throws on access.
    }
  }
  return undefined;
}
