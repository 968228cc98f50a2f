/**
 * English: word for word the sentences of ../summaries.ts (test/unit/core/i18n.test.ts holds them
 * equal), so that `summary` and the English rendering never differ. Wording rules are in the
 * comment at the top of summaries.ts and in docs/glossary.md.
 */
import { unreadableTargetSummary, withArticle } from '../summaries';
import { campaignsInBrackets, capitalise, joinAnd } from './forms';
import type { Catalogue, ListedParams, OwnList, Publisher, Status, Subject, Who } from './types';

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (via ${p.via}, a secondary compilation)` : `${p.name} (via a secondary compilation)`;
}

function who(w: Who): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return 'A cited source';
  if (names.length <= 2) return joinAnd(names, 'and');
  return `${names[0]}, ${names[1]} and others`;
}

function lists(w: Who): string {
  return w.names.length > 1 ? 'list' : 'lists';
}

function ownList(own: OwnList): string {
  const quoted = own.names.map((n) => `“${n}”`);
  const from = own.partly ? 'Partly from' : 'From';
  return quoted.length === 1 ? `${from} your list ${quoted[0]}` : `${from} your lists ${joinAnd(quoted, 'and')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}: ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} on ${s.platform}`;
    case 'page':
      return 'this page';
    case 'account':
      return 'this account';
  }
}

function noun(kind: ListedParams['kind']): string {
  return kind === 'domain' ? 'site' : kind === 'handle' ? 'account' : 'page';
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  const when = st.date ? ` ${st.date.length === 10 ? 'on' : 'in'} ${st.date}` : '';
  if (st.state === 'seized') return `; it was seized${st.by ? ` by ${st.by}` : ''}${when}`;
  return `; it has been reported offline${when}`;
}

/** The sentence frame every listed finding shares: "{Who} lists {subject} as {what}{status}." */
function listed(p: ListedParams, what: string): string {
  return ownFirst(capitalise(`${who(p.who)} ${lists(p.who)} ${subject(p.subject)} as ${what}${status(p.status)}.`), p.ownList);
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, `${what}${recentTail}`);
  const changed = p.kind === 'url' ? 'the page may have changed since' : 'the domain may have changed hands since';
  const longAgo =
    p.stale.year !== null ? ` in ${p.stale.year}; that was long ago and ${changed}` : ` without a date; it may be old and ${changed}`;
  return ownFirst(capitalise(`${who(p.who)} listed ${subject(p.subject)} as ${what}${longAgo}${status(p.status)}.`), p.ownList);
}

const thing = (kind: ListedParams['kind']): string => (kind === 'url' ? 'link' : 'domain');

const EDITS = {
  omission: 'a letter left out',
  repetition: 'a letter repeated',
  insertion: 'a letter added',
  replacement: 'a letter changed',
  transposition: 'two letters swapped',
} as const;

function lookalikeTail(p: { also?: import('./types').LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, and the page presents itself as “${also.name}”.`;
  if (also.kind === 'namedOtherwise') {
    return `, but the page presents itself as “${also.name}”, not as ${p.outletName}: a weak sign on its own.`;
  }
  return `; “${also.label}” is also a common word or short name: check whether the page claims to be ${p.outletName}.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `a site run by ${c}`,
  impersonation: (c) => `${withArticle(c)} site imitating a real outlet`,
  redirector: (c) => `${withArticle(c)} redirect domain`,
  phishing: (c) => `${withArticle(c)} credential-phishing domain`,
  persona: (c) => `an account run by ${c}`,
  amplifier: (c) => `an amplifier of ${c} narratives`,
  'placed-article': (c) => `an item placed by ${c}`,
  infrastructure: (c) => `infrastructure used by ${c}`,
};

export const en: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, `a ${noun(p.kind)} run by ${p.campaign}`),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `${withArticle(p.campaign)} site imitating ${p.outlet.name} (${p.outlet.domain})`
        : `${withArticle(p.campaign)} site imitating a real outlet`,
    ),
  'listed.redirector': (p) => timeBound(p, `a redirect ${thing(p.kind)} used by ${p.campaign}`, ''),
  'listed.phishing': (p) => timeBound(p, `a credential-phishing ${thing(p.kind)} used by ${p.campaign}`, '; do not enter passwords there'),
  'listed.persona': (p) => listed(p, `an account run by ${p.campaign}`),
  'listed.amplifier': (p) => ownFirst(`Named by ${who(p.who)} as an amplifier of ${p.campaign} narratives${status(p.status)}.`, p.ownList),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${lists(p.who)} this page as an item placed by ${p.campaign}; the site itself is not listed${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `infrastructure used by ${p.campaign}`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(`${who(p.who)} ${lists(p.who)} ${subject(p.subject)} in connection with ${p.campaign}${status(p.status)}.`),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) =>
    `This address uses the name of ${p.outletDomain} with another domain ending (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `This address (${p.host}) imitates ${p.outletDomain} with look-alike characters`
      : `This address (${p.display}, written ${p.host}) imitates ${p.outletDomain} with look-alike characters`) + lookalikeTail(p),
  'lookalike.edit': (p) => `This address (${p.host}) differs from the name of ${p.outletDomain} by ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `This address (${p.host}) writes the name of ${p.outletDomain} with a hyphen${lookalikeTail(p)}`,
  'lookalike.embedded': (p) => `This address (${p.host}) contains the name of ${p.outletDomain} inside a longer address${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `This address (${p.host}) carries the name of ${p.outletDomain}, a site ${who(p.who)} documents as run by ${p.campaign}; this address itself is not in the lists`;
    if (p.sign === 'claimed')
      return ownFirst(`${base}, and the page uses that name too: it may be a new address of the same site.`, p.ownList);
    if (p.sign === 'commonWords') {
      return ownFirst(`${base}. The name is made of common words, so this is a weak sign: check what the page calls itself.`, p.ownList);
    }
    return ownFirst(`${base}: it may be a new address of the same site.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `This page presents itself under a name close to ${p.outletName} (“${p.claimed}”), but it is not on ${p.outletDomain} or any other address of that outlet.`
      : `This page presents itself as ${p.outletName}, but it is not on ${p.outletDomain} or any other address of that outlet.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `This page presents itself under a name close to “${p.brand}” (“${p.claimed}”), a site ${who(p.who)} ties to ${p.campaign}; this address is not in the lists.`
        : `This page presents itself as “${p.brand}”, the name of a site ${who(p.who)} ties to ${p.campaign}; this address is not in the lists.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `This page presents itself as “${p.claimed}”, the name of ${p.address}, a site ${who(p.who)} documents as run by ${p.campaign}; this address is not in the lists.`,
      p.ownList,
    ),

  artifact: (p) =>
    `The page text contains “${p.phrase}”, a leftover of machine rewriting that ${who(p.who)} found on ${p.campaign ?? 'influence operation'} sites; on its own this is a weak sign.`,
  links: (p) =>
    p.count === 1
      ? `This page links to a site or account in the lists${campaignsInBrackets(p.campaigns)}; the page itself is not listed.`
      : `This page links to ${p.count} sites or accounts in the lists${campaignsInBrackets(p.campaigns)}; the page itself is not listed.`,
  accounts: (p) =>
    p.count === 1
      ? `This page shows an account in the lists${campaignsInBrackets(p.campaigns)}; the page itself is not listed.`
      : `This page shows ${p.count} accounts in the lists${campaignsInBrackets(p.campaigns)}; the page itself is not listed.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `linked to ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `Listed by ${who(p.who)} as ${what}${p.stale ? ' (reported long ago)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) => unreadableTargetSummary(p),
};
