import { describe, expect, it } from 'vitest';
import { parseProfile, profileUrl } from '../../../src/core/handles';
import { describeProfile } from '../../../src/core/summaries';

const key = (url: string) => parseProfile(url)?.key ?? null;

describe('parseProfile: X / Twitter', () => {
  it('treats twitter.com, x.com, mobile. and www. as one site, case-insensitively', () => {
    for (const url of [
      'https://x.com/Institute_IBI',
      'http://twitter.com/institute_ibi',
      'https://mobile.twitter.com/institute_ibi/',
      'https://www.x.com/INSTITUTE_IBI',
      'x.com/institute_ibi',
      'https://m.twitter.com/institute_ibi?ref=abc#top',
    ]) {
      expect(key(url), url).toBe('x:institute_ibi');
    }
  });
  it('gives a post to its author', () => {
    expect(key('https://x.com/bd_politico/status/1790000000000000000')).toBe('x:bd_politico');
    expect(key('https://twitter.com/bd_politico/photo')).toBe('x:bd_politico');
  });
  it('never matches reserved paths', () => {
    for (const path of [
      'home',
      'search?q=x',
      'explore',
      'intent/tweet?text=a',
      'share',
      'hashtag/x',
      'i/lists/1',
      'settings',
      'messages',
      'notifications',
      'login',
      'signup',
      'tos',
      'privacy',
    ]) {
      expect(key(`https://x.com/${path}`), path).toBeNull();
    }
    expect(key('https://x.com/')).toBeNull();
  });
  it('rejects names X cannot have', () => {
    expect(key('https://x.com/not-a-name')).toBeNull();
    expect(key('https://x.com/a.b')).toBeNull();
  });
});

describe('parseProfile: Telegram, YouTube, TikTok', () => {
  it('parses t.me, telegram.me and /s/ previews, and posts', () => {
    expect(key('http://t.me/institute_ibi')).toBe('telegram:institute_ibi');
    expect(key('https://t.me/s/Institute_IBI')).toBe('telegram:institute_ibi');
    expect(key('https://telegram.me/institute_ibi/45')).toBe('telegram:institute_ibi');
  });
  it('never matches Telegram share, sticker and invite links', () => {
    expect(key('https://t.me/share/url?url=x')).toBeNull();
    expect(key('https://t.me/addstickers/pack')).toBeNull();
    expect(key('https://t.me/joinchat/AAAA')).toBeNull();
    expect(key('https://t.me/+AbCdEf123')).toBeNull();
  });
  it('keeps YouTube namespaces apart; channel ids are case-sensitive', () => {
    expect(key('https://www.youtube.com/@CamilleLefevre')).toBe('youtube:@camillelefevre');
    expect(key('https://m.youtube.com/@camillelefevre/videos')).toBe('youtube:@camillelefevre');
    expect(key('https://www.youtube.com/c/SGTNewsNetwrok')).toBe('youtube:c:sgtnewsnetwrok');
    expect(key('https://www.youtube.com/user/SomeUser')).toBe('youtube:user:someuser');
    expect(key('https://www.youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA')).toBe('youtube:channel:UCHa42HrKBenuE2BdmOHqlfA');
    expect(key('https://www.youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA')).not.toBe(
      key('https://www.youtube.com/channel/UCHA42HRKBENUE2BDMOHQLFA'),
    );
  });
  it('never matches YouTube watch, results and feed pages', () => {
    expect(key('https://www.youtube.com/watch?v=abc')).toBeNull();
    expect(key('https://www.youtube.com/results?search_query=x')).toBeNull();
    expect(key('https://www.youtube.com/feed/trending')).toBeNull();
    expect(key('https://youtu.be/abc')).toBeNull();
  });
  it('parses TikTok /@name and videos, not discover pages', () => {
    expect(key('http://tiktok.com/@camille_lefevre_fr')).toBe('tiktok:camille_lefevre_fr');
    expect(key('https://www.tiktok.com/@Camille_Lefevre_FR/video/123')).toBe('tiktok:camille_lefevre_fr');
    expect(key('https://www.tiktok.com/discover/x')).toBeNull();
    expect(key('https://www.tiktok.com/tag/x')).toBeNull();
  });
});

describe('parseProfile: Facebook, Instagram, Threads, Bluesky', () => {
  it('parses Facebook names and numeric ids', () => {
    expect(key('https://www.facebook.com/SomePage')).toBe('facebook:somepage');
    expect(key('https://m.facebook.com/somepage/posts/1')).toBe('facebook:somepage');
    expect(key('https://facebook.com/profile.php?id=61553686025208')).toBe('facebook:id:61553686025208');
    expect(key('https://www.facebook.com/people/Some-Name/61553686025208/')).toBe('facebook:id:61553686025208');
  });
  it('never matches Facebook groups, events, watch, marketplace, sharer, login, help', () => {
    for (const path of [
      'groups/123',
      'events/1',
      'watch/?v=1',
      'marketplace',
      'sharer/sharer.php?u=x',
      'sharer.php?u=x',
      'login',
      'help',
      'profile.php',
    ]) {
      expect(key(`https://www.facebook.com/${path}`), path).toBeNull();
    }
  });
  it('parses Instagram, Threads /@ and Bluesky profiles', () => {
    expect(key('https://www.instagram.com/Some.Name/')).toBe('instagram:some.name');
    expect(key('https://www.instagram.com/p/ABC/')).toBeNull();
    expect(key('https://www.threads.net/@Some.Name')).toBe('threads:some.name');
    expect(key('https://www.threads.net/somename')).toBeNull();
    expect(key('https://bsky.app/profile/Name.bsky.social')).toBe('bluesky:name.bsky.social');
    expect(key('https://bsky.app/search?q=x')).toBeNull();
  });
});

describe('parseProfile: Reddit, Medium, Substack, VK, Rumble, Pinterest, Tumblr, LinkedIn, Quora', () => {
  it('Reddit users, never communities', () => {
    expect(key('https://www.reddit.com/user/New-Europe-1993')).toBe('reddit:new-europe-1993');
    expect(key('https://old.reddit.com/u/new-europe-1993/')).toBe('reddit:new-europe-1993');
    expect(key('https://www.reddit.com/r/worldnews')).toBeNull();
  });
  it('Medium /@name and name.medium.com', () => {
    expect(key('https://medium.com/@KatelynWilsonKWK')).toBe('medium:katelynwilsonkwk');
    expect(key('https://vozanoticias.medium.com/some-post-123')).toBe('medium:vozanoticias');
    expect(key('https://medium.com/some-publication')).toBeNull();
    expect(key('https://help.medium.com/')).toBeNull();
  });
  it('Substack publications and @handles are separate namespaces', () => {
    expect(key('burkeinstitute.substack.com')).toBe('substack:burkeinstitute');
    expect(key('https://burkeinstitute.substack.com/p/post')).toBe('substack:burkeinstitute');
    expect(key('https://substack.com/@burkeinstitute')).toBe('substack:@burkeinstitute');
    expect(key('https://substack.com/')).toBeNull();
  });
  it('VK, Rumble /c/, Pinterest country sub-domains, Tumblr both forms, LinkedIn, Quora', () => {
    expect(key('http://vk.com/id464508604')).toBe('vk:id464508604');
    expect(key('https://vk.com/feed')).toBeNull();
    expect(key('https://rumble.com/c/SomeChannel')).toBe('rumble:c:somechannel');
    expect(key('https://rumble.com/v4abc-title.html')).toBeNull();
    expect(key('http://ca.pinterest.com/franolcadriw')).toBe('pinterest:franolcadriw');
    expect(key('https://www.pinterest.com/shi3adodelharb/board/')).toBe('pinterest:shi3adodelharb');
    expect(key('https://www.pinterest.com/pin/123/')).toBeNull();
    expect(key('https://www.tumblr.com/copsandyuderu')).toBe('tumblr:copsandyuderu');
    expect(key('https://jovialfurybasement.tumblr.com/post/1')).toBe('tumblr:jovialfurybasement');
    expect(key('https://www.tumblr.com/dashboard')).toBeNull();
    expect(key('https://www.linkedin.com/in/sgtnewsnetwork')).toBe('linkedin:in:sgtnewsnetwork');
    expect(key('https://uk.linkedin.com/company/Some-Co')).toBe('linkedin:company:some-co');
    expect(key('https://www.linkedin.com/feed/')).toBeNull();
    expect(key('https://www.quora.com/profile/Some-Name')).toBe('quora:some-name');
    expect(key('https://lucysusmyhome.quora.com/Please-ask')).toBe('quora:space:lucysusmyhome');
    expect(key('https://jp.quora.com/profile/Ada-Park')).toBe('quora:ada-park');
    expect(key('https://jp.quora.com/')).toBeNull();
  });
  it('returns null for other sites and junk', () => {
    for (const input of ['https://example.com/user', 'javascript:alert(1)', '', 'not a url at all', 'https://', 'x'.repeat(5000)]) {
      expect(key(input), input.slice(0, 30)).toBeNull();
    }
    expect(parseProfile(undefined as unknown as string)).toBeNull();
  });
  it('describes accounts as people write them', () => {
    expect(describeProfile(parseProfile('https://x.com/AlertChannel')!)).toBe('@AlertChannel on X');
    expect(describeProfile(parseProfile('https://t.me/institute_ibi')!)).toBe('institute_ibi on Telegram');
    expect(describeProfile(parseProfile('https://www.youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA')!)).toBe(
      'UCHa42HrKBenuE2BdmOHqlfA on YouTube',
    );
  });
});

describe('profileUrl: the stored form of a trusted account', () => {
  it('is an https profile URL that parses back to the same account, on every platform', () => {
    const accounts = [
      'https://twitter.com/Institute_IBI/status/1',
      'https://t.me/s/Institute_IBI',
      'https://t.me/institute_ibi/45',
      'https://www.youtube.com/@Some.Name',
      'https://www.youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA',
      'https://youtube.com/c/SomeName',
      'https://youtube.com/user/SomeName',
      'https://www.tiktok.com/@camille_lefevre_fr/video/1',
      'https://www.facebook.com/profile.php?id=1234',
      'https://www.facebook.com/SomePage',
      'https://www.facebook.com/people/Name/100064/',
      'https://instagram.com/some.name',
      'https://www.threads.com/@some.name',
      'https://bsky.app/profile/name.bsky.social',
      'https://old.reddit.com/u/Some_Name',
      'https://medium.com/@KatelynWilsonKWK',
      'https://vozanoticias.medium.com/some-post-123',
      'https://substack.com/@somename',
      'https://burkeinstitute.substack.com/p/a',
      'https://vk.com/somename',
      'https://rumble.com/c/SomeChannel',
      'https://rumble.com/user/someone',
      'https://ca.pinterest.com/somename/',
      'https://www.tumblr.com/copsandyuderu',
      'https://jovialfurybasement.tumblr.com/post/1',
      'https://uk.linkedin.com/in/some-name',
      'https://www.linkedin.com/company/some-co',
      'https://www.quora.com/profile/Some-Name',
      'https://lucysusmyhome.quora.com/Please-ask',
    ];
    for (const url of accounts) {
      const ref = parseProfile(url);
      expect(ref, url).not.toBeNull();
      const stored = profileUrl(ref!);
      expect(stored, url).toMatch(/^https:\/\//);
      expect(parseProfile(stored)?.key, `${url} -> ${stored}`).toBe(ref!.key);
    }
    expect(profileUrl(parseProfile('https://t.me/Institute_IBI/45')!)).toBe('https://t.me/Institute_IBI');
    expect(profileUrl(parseProfile('https://mobile.twitter.com/AlertChannel/status/1')!)).toBe('https://x.com/AlertChannel');
  });
});
