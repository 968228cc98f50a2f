/**
 * Where list updates are downloaded from, and what a build may be told at build time
 * (wxt.config.ts reads this; docs/list-updates.md says how a maintainer sets it).
 *
 * `LIST_MIRRORS`: the base URLs (https, ending in "/") a release build fetches
 * `manifest.json`, `manifest.sig` and the files they name from, tried in this order. Empty until
 * the maintainers publish the first bundle somewhere: a build with no mirror still installs
 * updates from a file, and its options say that it names no mirror.
 *
 * `UNMASK_LIST_MIRRORS` (space-separated URLs) replaces them for one build; http: is accepted
 * only for the loopback host and the reserved `.test` domain (RFC 2606, never a real site), so
 * that the real-browser tests can serve updates from their local server.
 */
export const LIST_MIRRORS: readonly string[] = [];

/** The mirror base URLs in `text` (space- or comma-separated); throws naming the first bad one. */
export function parseMirrors(text: string): string[] {
  const out: string[] = [];
  for (const item of text.split(/[\s,]+/).filter((s) => s !== '')) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`list mirror ${JSON.stringify(item)} is not a URL`);
    }
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname.endsWith('.test');
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) throw new Error(`list mirror ${item} must be https:`);
    if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') throw new Error(`list mirror ${item} must be a plain base URL`);
    out.push(url.href.endsWith('/') ? url.href : `${url.href}/`);
  }
  return out;
}

/** The origins the extension's CSP must let it connect to for these mirrors. */
export function mirrorOrigins(mirrors: readonly string[]): string[] {
  return [...new Set(mirrors.map((m) => new URL(m).origin))];
}
