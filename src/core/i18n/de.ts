/**
 * Deutsch. Terms from docs/glossary.md: "betrieben von" (run by), "ahmt … nach" (imitating),
 * "Verbreiter der Inhalte" (named as amplifying), "Weiterleitungsdomain", "Phishing-Domain für
 * Zugangsdaten", "dokumentiert", "aufgeführt" (listed); never a word for "fake". Sie-Form.
 */
import { bareName, campaignsInBrackets, capitalise, dateParts, joinAnd, longDay, monthYear, number, quoted } from './forms';
import type { Catalogue, ListedParams, LookalikeAlso, OwnList, Publisher, Status, Subject, Who } from './types';

const q = (text: string): string => quoted('de', text);

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (über ${p.via}, eine sekundäre Zusammenstellung)` : `${p.name} (über eine sekundäre Zusammenstellung)`;
}

/** `dative`: after "von" ("von einer zitierten Quelle"). */
function who(w: Who, dative = false): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return dative ? 'einer zitierten Quelle' : 'eine zitierte Quelle';
  if (names.length <= 2) return joinAnd(names, 'und');
  return `${names[0]}, ${names[1]} und weitere`;
}

/** Singular or plural verb for who says it. */
const v = (w: Who, one: string, many: string): string => (w.names.length > 1 ? many : one);

function ownList(own: OwnList): string {
  const names = own.names.map(q);
  const from = own.partly ? 'Teilweise aus' : 'Aus';
  return names.length === 1 ? `${from} Ihrer Liste ${names[0]}` : `${from} Ihren Listen ${joinAnd(names, 'und')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}: ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} auf ${s.platform}`;
    case 'page':
      return 'diese Seite';
    case 'account':
      return 'dieses Konto';
  }
}

function when(date: string | undefined): string {
  const p = date === undefined ? null : dateParts(date);
  if (p === null) return date ? ` ${date}` : '';
  if (p.day !== undefined) return ` am ${longDay('de', p)}`;
  if (p.month !== undefined) return ` im ${monthYear('de', p)}`;
  return ` ${p.year}`;
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  if (st.state === 'seized') return `; die Adresse wurde${st.by ? ` von ${bareName(st.by)}` : ''}${when(st.date)} beschlagnahmt`;
  return `; die Adresse wurde${when(st.date)} als offline gemeldet`;
}

/** "{Wer} führt {Subjekt} als {was} auf{Zusatz}{Status}." */
function listed(p: ListedParams, what: string, tail = ''): string {
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'führt', 'führen')} ${subject(p.subject)} als ${what} auf${tail}${status(p.status)}.`),
    p.ownList,
  );
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, what, recentTail);
  const changed = p.kind === 'url' ? 'die Seite kann sich seitdem geändert haben' : 'die Domain kann seitdem den Besitzer gewechselt haben';
  const year = p.stale.year !== null ? ` ${p.stale.year}` : ' ohne Datum';
  const longAgo = p.stale.year !== null ? `; das ist lange her, und ${changed}` : `; die Angabe kann alt sein, und ${changed}`;
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'führte', 'führten')} ${subject(p.subject)}${year} als ${what} auf${longAgo}${status(p.status)}.`),
    p.ownList,
  );
}

function runBy(kind: ListedParams['kind'], c: string): string {
  return kind === 'handle'
    ? `ein von ${c} betriebenes Konto`
    : kind === 'url'
      ? `eine von ${c} betriebene Seite`
      : `eine von ${c} betriebene Website`;
}

const EDITS = {
  omission: 'einen ausgelassenen Buchstaben',
  repetition: 'einen doppelten Buchstaben',
  insertion: 'einen zusätzlichen Buchstaben',
  replacement: 'einen geänderten Buchstaben',
  transposition: 'zwei vertauschte Buchstaben',
} as const;

function lookalikeTail(p: { also?: LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, und die Seite präsentiert sich als ${q(also.name)}.`;
  if (also.kind === 'namedOtherwise') {
    return `, aber die Seite präsentiert sich als ${q(also.name)}, nicht als ${p.outletName}: für sich allein ein schwaches Anzeichen.`;
  }
  return `; ${q(also.label)} ist auch ein gewöhnliches Wort oder ein kurzer Name: Prüfen Sie, ob die Seite vorgibt, ${p.outletName} zu sein.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `als eine von ${c} betriebene Website`,
  impersonation: (c) => `als eine Website von ${c}, die ein echtes Medium nachahmt`,
  redirector: (c) => `als eine Weiterleitungsdomain von ${c}`,
  phishing: (c) => `als eine Phishing-Domain für Zugangsdaten von ${c}`,
  persona: (c) => `als ein von ${c} betriebenes Konto`,
  amplifier: (c) => `als Verbreiter der Inhalte von ${c}`,
  'placed-article': (c) => `als ein von ${c} platzierter Artikel`,
  infrastructure: (c) => `als von ${c} genutzte Infrastruktur`,
};

const links = (n: number): string => (n === 1 ? 'eine Website oder ein Konto' : `${number('de', n)} Websites oder Konten`);

export const de: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, runBy(p.kind, p.campaign)),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `eine Website von ${p.campaign}, die ${p.outlet.name} (${p.outlet.domain}) nachahmt,`
        : `eine Website von ${p.campaign}, die ein echtes Medium nachahmt,`,
    ),
  'listed.redirector': (p) =>
    timeBound(
      p,
      p.kind === 'url' ? `einen von ${p.campaign} genutzten Weiterleitungslink` : `eine von ${p.campaign} genutzte Weiterleitungsdomain`,
      '',
    ),
  'listed.phishing': (p) =>
    timeBound(
      p,
      p.kind === 'url'
        ? `einen von ${p.campaign} genutzten Phishing-Link für Zugangsdaten`
        : `eine von ${p.campaign} genutzte Phishing-Domain für Zugangsdaten`,
      '; geben Sie dort keine Passwörter ein',
    ),
  'listed.persona': (p) => listed(p, `ein von ${p.campaign} betriebenes Konto`),
  'listed.amplifier': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'nennt', 'nennen')} ${subject(p.subject)} als Verbreiter der Inhalte von ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'führt', 'führen')} diese Seite als einen von ${p.campaign} platzierten Artikel auf; die Website selbst ist nicht aufgeführt${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `von ${p.campaign} genutzte Infrastruktur`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'führt', 'führen')} ${subject(p.subject)} im Zusammenhang mit ${p.campaign} auf${status(p.status)}.`,
      ),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) =>
    `Diese Adresse verwendet den Namen von ${p.outletDomain} mit einer anderen Domain-Endung (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `Diese Adresse (${p.host}) ahmt ${p.outletDomain} mit ähnlich aussehenden Zeichen nach`
      : `Diese Adresse (${p.display}, geschrieben ${p.host}) ahmt ${p.outletDomain} mit ähnlich aussehenden Zeichen nach`) +
    lookalikeTail(p),
  'lookalike.edit': (p) =>
    `Diese Adresse (${p.host}) unterscheidet sich vom Namen von ${p.outletDomain} durch ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `Diese Adresse (${p.host}) schreibt den Namen von ${p.outletDomain} mit Bindestrich${lookalikeTail(p)}`,
  'lookalike.embedded': (p) =>
    `Diese Adresse (${p.host}) enthält den Namen von ${p.outletDomain} in einer längeren Adresse${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `Diese Adresse (${p.host}) trägt den Namen von ${p.outletDomain}, einer Website, die ${who(p.who)} als von ${p.campaign} betrieben ${v(p.who, 'dokumentiert', 'dokumentieren')}; diese Adresse selbst steht nicht in den Listen`;
    if (p.sign === 'claimed') {
      return ownFirst(
        `${base}, und die Seite verwendet diesen Namen ebenfalls: Es könnte eine neue Adresse derselben Website sein.`,
        p.ownList,
      );
    }
    if (p.sign === 'commonWords') {
      return ownFirst(
        `${base}. Der Name besteht aus gewöhnlichen Wörtern, daher ist dies ein schwaches Anzeichen: Prüfen Sie, wie die Seite sich selbst nennt.`,
        p.ownList,
      );
    }
    return ownFirst(`${base}: Es könnte eine neue Adresse derselben Website sein.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `Diese Seite präsentiert sich unter einem Namen ähnlich ${p.outletName} (${q(p.claimed)}), liegt aber nicht auf ${p.outletDomain} oder einer anderen Adresse dieses Mediums.`
      : `Diese Seite präsentiert sich als ${p.outletName}, liegt aber nicht auf ${p.outletDomain} oder einer anderen Adresse dieses Mediums.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `Diese Seite präsentiert sich unter einem Namen ähnlich ${q(p.brand)} (${q(p.claimed)}), dem Namen einer Website, die ${who(p.who)} mit ${p.campaign} in Verbindung ${v(p.who, 'bringt', 'bringen')}; diese Adresse steht nicht in den Listen.`
        : `Diese Seite präsentiert sich als ${q(p.brand)}, der Name einer Website, die ${who(p.who)} mit ${p.campaign} in Verbindung ${v(p.who, 'bringt', 'bringen')}; diese Adresse steht nicht in den Listen.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `Diese Seite präsentiert sich als ${q(p.claimed)}, der Name von ${p.address}, einer Website, die ${who(p.who)} als von ${p.campaign} betrieben ${v(p.who, 'dokumentiert', 'dokumentieren')}; diese Adresse steht nicht in den Listen.`,
      p.ownList,
    ),

  artifact: (p) =>
    `Der Text der Seite enthält ${q(p.phrase)}, einen Rest maschineller Umformulierung, den ${who(p.who)} auf Websites ${p.campaign === null ? 'von Einflussoperationen' : `von ${p.campaign}`} gefunden ${v(p.who, 'hat', 'haben')}; für sich allein ist das ein schwaches Anzeichen.`,
  links: (p) =>
    `Diese Seite verlinkt auf ${links(p.count)} aus den Listen${campaignsInBrackets(p.campaigns)}; die Seite selbst ist nicht aufgeführt.`,
  accounts: (p) =>
    `Diese Seite zeigt ${p.count === 1 ? 'ein Konto' : `${number('de', p.count)} Konten`} aus den Listen${campaignsInBrackets(p.campaigns)}; die Seite selbst ist nicht aufgeführt.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `im Zusammenhang mit ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `Von ${who(p.who, true)} ${what} aufgeführt${p.stale ? ' (vor langer Zeit gemeldet)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) =>
    `„${p.target}“ ist nicht lesbar: erwartet wird eine URL, eine Domain oder die URL eines Profils${p.why === 'handle' ? ' (ein Kontoname allein ist mehrdeutig: geben Sie die URL des Profils an, z. B. https://x.com/name)' : p.why === 'scheme' ? ' (nur http- und https-Adressen können geprüft werden)' : ''}`,
};
