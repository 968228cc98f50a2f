/**
 * Sites whose pages change without a page load, or grow without end: on these the content script
 * follows navigation and new content (src/extension/content/run.ts). The background tells it so in
 * its answer to the page's first signals, which keeps this table out of the script every page runs.
 */
const DYNAMIC_SITES = [
  'x.com',
  'twitter.com',
  'web.telegram.org',
  't.me',
  'youtube.com',
  'tiktok.com',
  'facebook.com',
  'reddit.com',
  'instagram.com',
  'threads.net',
  'threads.com',
  'bsky.app',
  'vk.com',
  'linkedin.com',
];

/** True for a dynamic site's host name, sub-domains included (`mobile.twitter.com`). */
export function isDynamicSite(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return DYNAMIC_SITES.some((d) => h === d || h.endsWith(`.${d}`));
}
