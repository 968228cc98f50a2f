/**
 * The social platforms whose URLs name accounts, and the registrable domains each one serves
 * profiles on: ONE table, read by the account parser (src/core/handles.ts), the list checks
 * (src/lists/handles.ts: "this value is on another platform") and the content script
 * (src/signals/extract.ts: which links are worth sending as accounts shown). Dependency-free on
 * purpose: the content script ships it in every page. Sub-domains count (`m.`, `web.`,
 * `name.substack.com`); Pinterest's country domains (`pinterest.co.uk`) are matched by
 * `PINTEREST_COUNTRY` rather than listed. test/unit/core/platform-hosts.test.ts checks that the
 * parser reads every host here as its platform and the content script sends its profile links.
 */
import type { Platform } from './types';

export const PLATFORM_HOSTS = {
  x: ['x.com', 'twitter.com'],
  telegram: ['t.me', 'telegram.me', 'telegram.dog'],
  youtube: ['youtube.com'],
  tiktok: ['tiktok.com'],
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  threads: ['threads.net', 'threads.com'],
  bluesky: ['bsky.app'],
  reddit: ['reddit.com'],
  medium: ['medium.com'],
  substack: ['substack.com'],
  vk: ['vk.com', 'vk.ru'],
  rumble: ['rumble.com'],
  pinterest: ['pinterest.com'],
  tumblr: ['tumblr.com'],
  quora: ['quora.com'],
  linkedin: ['linkedin.com'],
} as const satisfies Partial<Record<Platform, readonly string[]>>;

/** Pinterest on a country domain: `pinterest.de`, `pinterest.co.uk`, `pinterest.com.au`. */
export const PINTEREST_COUNTRY = /(?:^|\.)pinterest\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** Platforms that host accounts on their own sub-domains (`name.substack.com`). */
export const HOSTED_ACCOUNT_HOSTS: readonly string[] = ['substack.com', 'medium.com', 'tumblr.com', 'quora.com'];
