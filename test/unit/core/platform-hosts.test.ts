// @vitest-environment happy-dom
/**
 * One table of platform hosts (src/core/platform-hosts.ts) for the parser, the list checks and the
 * content script: every host in it must be one the account parser reads as that platform, and the
 * content script must send profile links of every one of them.
 */
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/handles';
import { PLATFORM_HOSTS } from '../../../src/core/platform-hosts';
import { PLATFORM_DOMAINS } from '../../../src/lists/handles';
import { extractSignals } from '../../../src/signals/extract';

/** A profile path each platform's parser accepts. */
const SAMPLE: Record<keyof typeof PLATFORM_HOSTS, string> = {
  x: '/someone_1',
  telegram: '/someone_1',
  youtube: '/@someone1',
  tiktok: '/@someone1',
  facebook: '/someone.1',
  instagram: '/someone_1',
  threads: '/@someone_1',
  bluesky: '/profile/someone.bsky.social',
  reddit: '/user/someone_1',
  medium: '/@someone1',
  substack: '/@someone1',
  vk: '/someone_1',
  rumble: '/c/someone1',
  pinterest: '/someone1/',
  tumblr: '/someone1',
  quora: '/profile/Someone-1',
  linkedin: '/in/someone-1',
};

describe('platform hosts: one table', () => {
  for (const [platform, hosts] of Object.entries(PLATFORM_HOSTS) as [keyof typeof PLATFORM_HOSTS, readonly string[]][]) {
    it(`${platform}: every host is read by the account parser as ${platform}, and sent by the content script`, () => {
      for (const host of hosts) {
        const url = `https://${host}${SAMPLE[platform]}`;
        expect(parseProfile(url)?.platform, url).toBe(platform);
        const doc = document.implementation.createHTMLDocument('');
        const a = doc.createElement('a');
        a.setAttribute('href', url);
        doc.body.append(a);
        expect(extractSignals(doc, 'https://news.example/').handles, url).toContain(url);
      }
    });
  }

  it('every platform host has two labels (the content script tests a link host by its last two)', () => {
    for (const host of Object.values(PLATFORM_HOSTS).flat()) expect(host.split('.'), host).toHaveLength(2);
    // ...so sub-domains of a platform count, and look-alike hosts do not.
    const doc = document.implementation.createHTMLDocument('');
    for (const href of [
      'https://mobile.twitter.com/someone_1',
      'https://a.b.c.youtube.com/@someone1',
      'https://x.com.evil.example/someone_1',
      'https://notx.com/someone_1',
    ]) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      doc.body.append(a);
    }
    expect(extractSignals(doc, 'https://news.example/').handles).toEqual([
      'https://mobile.twitter.com/someone_1',
      'https://a.b.c.youtube.com/@someone1',
    ]);
  });

  it('the list checks read the same table', () => {
    expect(PLATFORM_DOMAINS).toBe(PLATFORM_HOSTS);
  });
});

describe('accounts on sub-domains', () => {
  it('only the platforms that host accounts on sub-domains; a platform page on a sub-domain is no account', () => {
    for (const host of ['someone.substack.com', 'someone.medium.com', 'someone.tumblr.com', 'someone.quora.com']) {
      expect(parseProfile(`https://${host}/`), host).not.toBeNull();
    }
    const doc = document.implementation.createHTMLDocument('');
    for (const href of [
      'https://someone.substack.com/',
      'https://about.fb.com/news/2023/08/q2-2023-adversarial-threat-report/',
      'https://m.x.com/someone_1',
    ]) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      doc.body.append(a);
    }
    const handles = extractSignals(doc, 'https://news.example/').handles;
    expect(handles).toContain('https://someone.substack.com/');
    expect(handles).toContain('https://m.x.com/someone_1');
    expect(handles).not.toContain('https://about.fb.com/news/2023/08/q2-2023-adversarial-threat-report/');
  });
});
