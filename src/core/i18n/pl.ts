/**
 * Polski. Terms from docs/glossary.md: „prowadzona przez” (run by), „podszywa się pod”
 * (imitating), „rozpowszechniające treści” (named as amplifying), „domena przekierowująca”,
 * „domena phishingowa wyłudzająca dane logowania”, „dokumentuje”, „wymienia” (listed); never a
 * word for "fake". Second person singular, as Polish browsers address people. Names are not
 * declined: they stand after „przez”, „operacji”, „według” and „z”, where Polish tolerates that.
 */
import { bareName, campaignsInBrackets, capitalise, dateParts, joinAnd, longDay, number, plural, quoted } from './forms';
import type { Catalogue, ListedParams, LookalikeAlso, OwnList, Publisher, Status, Subject, Who } from './types';

const q = (text: string): string => quoted('pl', text);

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (za pośrednictwem ${p.via}, zestawienie wtórne)` : `${p.name} (za pośrednictwem zestawienia wtórnego)`;
}

/** `genitive`: after „według”. */
function who(w: Who, genitive = false): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return genitive ? 'cytowanego źródła' : 'cytowane źródło';
  if (names.length <= 2) return joinAnd(names, 'i');
  return `${names[0]}, ${names[1]} i ${genitive ? 'innych' : 'inni'}`;
}

const v = (w: Who, one: string, many: string): string => (w.names.length > 1 ? many : one);

function ownList(own: OwnList): string {
  const names = own.names.map(q);
  const from = own.partly ? 'Częściowo z' : 'Z';
  return names.length === 1 ? `${from} Twojej listy ${names[0]}` : `${from} Twoich list ${joinAnd(names, 'i')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}: ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} na ${s.platform}`;
    case 'page':
      return 'tę stronę';
    case 'account':
      return 'to konto';
  }
}

/** Months in the locative case ("we wrześniu"), which Intl does not give. */
const MONTHS_IN = [
  'styczniu',
  'lutym',
  'marcu',
  'kwietniu',
  'maju',
  'czerwcu',
  'lipcu',
  'sierpniu',
  'wrześniu',
  'październiku',
  'listopadzie',
  'grudniu',
];

function when(date: string | undefined): string {
  const p = date === undefined ? null : dateParts(date);
  if (p === null) return date ? ` ${date}` : '';
  // Years in words ("roku"), not "r.": a date often ends the sentence.
  if (p.day !== undefined) return ` ${longDay('pl', p).replace(/\s*r\.$/, '')} roku`;
  if (p.month !== undefined) return ` ${p.month === 9 ? 'we' : 'w'} ${MONTHS_IN[p.month - 1] ?? p.month} ${p.year} roku`;
  return ` w ${p.year} roku`;
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  if (st.state === 'seized') return `; adres został przejęty${st.by ? ` przez ${bareName(st.by)}` : ''}${when(st.date)}`;
  return `; adres został zgłoszony jako niedziałający${when(st.date)}`;
}

/** "{Kto} wymienia {co} jako {co}{dalej}{status}." */
function listed(p: ListedParams, what: string, tail = ''): string {
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'wymienia', 'wymieniają')} ${subject(p.subject)} jako ${what}${tail}${status(p.status)}.`),
    p.ownList,
  );
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, what, recentTail);
  const changed = p.kind === 'url' ? 'strona mogła się od tego czasu zmienić' : 'domena mogła od tego czasu zmienić właściciela';
  const longAgo =
    p.stale.year !== null
      ? `; zgłoszono to w ${p.stale.year} roku, czyli dawno, i ${changed}`
      : `; bez daty, więc wpis może być dawny, a ${changed}`;
  return listed(p, what, longAgo);
}

function runBy(kind: ListedParams['kind'], c: string): string {
  return kind === 'handle'
    ? `konto prowadzone przez ${c}`
    : kind === 'url'
      ? `podstronę prowadzoną przez ${c}`
      : `stronę prowadzoną przez ${c}`;
}

const EDITS = {
  omission: 'pominiętą literą',
  repetition: 'powtórzoną literą',
  insertion: 'dodaną literą',
  replacement: 'zmienioną literą',
  transposition: 'dwiema zamienionymi literami',
} as const;

function lookalikeTail(p: { also?: LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, a strona przedstawia się jako ${q(also.name)}.`;
  if (also.kind === 'namedOtherwise') {
    return `, ale strona przedstawia się jako ${q(also.name)}, a nie jako ${p.outletName}: samo w sobie to słaby sygnał.`;
  }
  return `; ${q(also.label)} to także zwykłe słowo lub krótka nazwa: sprawdź, czy strona podaje się za ${p.outletName}.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `strona prowadzona przez ${c}`,
  impersonation: (c) => `strona operacji ${c} podszywająca się pod prawdziwe medium`,
  redirector: (c) => `domena przekierowująca operacji ${c}`,
  phishing: (c) => `domena phishingowa operacji ${c} wyłudzająca dane logowania`,
  persona: (c) => `konto prowadzone przez ${c}`,
  amplifier: (c) => `konto rozpowszechniające treści ${c}`,
  'placed-article': (c) => `artykuł umieszczony przez ${c}`,
  infrastructure: (c) => `infrastruktura używana przez ${c}`,
};

function counted(n: number, forms: { one: string; few: string; many: string }): string {
  return `${number('pl', n)} ${plural('pl', n, { ...forms, other: forms.few })}`;
}

export const pl: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, runBy(p.kind, p.campaign)),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `stronę operacji ${p.campaign} podszywającą się pod ${p.outlet.name} (${p.outlet.domain})`
        : `stronę operacji ${p.campaign} podszywającą się pod prawdziwe medium`,
    ),
  'listed.redirector': (p) =>
    timeBound(
      p,
      p.kind === 'url' ? `link przekierowujący używany przez ${p.campaign}` : `domenę przekierowującą używaną przez ${p.campaign}`,
      '',
    ),
  'listed.phishing': (p) =>
    timeBound(
      p,
      p.kind === 'url'
        ? `link phishingowy wyłudzający dane logowania, używany przez ${p.campaign}`
        : `domenę phishingową wyłudzającą dane logowania, używaną przez ${p.campaign}`,
      '; nie wpisuj tam haseł',
    ),
  'listed.persona': (p) => listed(p, `konto prowadzone przez ${p.campaign}`),
  'listed.amplifier': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'wskazuje', 'wskazują')} ${subject(p.subject)} jako konto rozpowszechniające treści ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'wymienia', 'wymieniają')} tę stronę jako artykuł umieszczony przez ${p.campaign}; sama witryna nie figuruje na listach${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `infrastrukturę używaną przez ${p.campaign}`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(`${who(p.who)} ${v(p.who, 'wymienia', 'wymieniają')} ${subject(p.subject)} w związku z ${p.campaign}${status(p.status)}.`),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) => `Ten adres używa nazwy ${p.outletDomain} z inną końcówką domeny (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `Ten adres (${p.host}) imituje ${p.outletDomain} za pomocą podobnie wyglądających znaków`
      : `Ten adres (${p.display}, zapisany jako ${p.host}) imituje ${p.outletDomain} za pomocą podobnie wyglądających znaków`) +
    lookalikeTail(p),
  'lookalike.edit': (p) => `Ten adres (${p.host}) różni się od nazwy ${p.outletDomain} ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `Ten adres (${p.host}) zapisuje nazwę ${p.outletDomain} z łącznikiem${lookalikeTail(p)}`,
  'lookalike.embedded': (p) => `Ten adres (${p.host}) zawiera nazwę ${p.outletDomain} wewnątrz dłuższego adresu${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `Ten adres (${p.host}) nosi nazwę ${p.outletDomain}, strony, którą ${who(p.who)} ${v(p.who, 'dokumentuje', 'dokumentują')} jako prowadzoną przez ${p.campaign}; sam ten adres nie figuruje na listach`;
    if (p.sign === 'claimed') return ownFirst(`${base}, a strona też używa tej nazwy: może to być nowy adres tej samej strony.`, p.ownList);
    if (p.sign === 'commonWords') {
      return ownFirst(`${base}. Nazwa składa się ze zwykłych słów, więc to słaby sygnał: sprawdź, jak strona sama się nazywa.`, p.ownList);
    }
    return ownFirst(`${base}: może to być nowy adres tej samej strony.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `Ta strona przedstawia się pod nazwą podobną do ${p.outletName} (${q(p.claimed)}), ale nie znajduje się pod adresem ${p.outletDomain} ani pod żadnym innym adresem tego medium.`
      : `Ta strona przedstawia się jako ${p.outletName}, ale nie znajduje się pod adresem ${p.outletDomain} ani pod żadnym innym adresem tego medium.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `Ta strona przedstawia się pod nazwą podobną do ${q(p.brand)} (${q(p.claimed)}) — to nazwa strony, którą ${who(p.who)} ${v(p.who, 'łączy', 'łączą')} z ${p.campaign}; tego adresu nie ma na listach.`
        : `Ta strona przedstawia się jako ${q(p.brand)} — to nazwa strony, którą ${who(p.who)} ${v(p.who, 'łączy', 'łączą')} z ${p.campaign}; tego adresu nie ma na listach.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `Ta strona przedstawia się jako ${q(p.claimed)} — to nazwa ${p.address}, strony, którą ${who(p.who)} ${v(p.who, 'dokumentuje', 'dokumentują')} jako prowadzoną przez ${p.campaign}; tego adresu nie ma na listach.`,
      p.ownList,
    ),

  artifact: (p) =>
    `Tekst strony zawiera ${q(p.phrase)} — pozostałość maszynowego przepisywania, którą według ${who(p.who, true)} znaleziono na stronach ${p.campaign === null ? 'operacji wpływu' : `operacji ${p.campaign}`}; samo w sobie to słaby sygnał.`,
  links: (p) =>
    `Ta strona zawiera ${
      p.count === 1 ? 'link' : counted(p.count, { one: 'link', few: 'linki', many: 'linków' })
    } do stron lub kont z list${campaignsInBrackets(p.campaigns)}; sama strona nie figuruje na listach.`,
  accounts: (p) =>
    `Ta strona pokazuje ${p.count === 1 ? 'konto' : counted(p.count, { one: 'konto', few: 'konta', many: 'kont' })} z list${campaignsInBrackets(p.campaigns)}; sama strona nie figuruje na listach.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `powiązane z ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `Według ${who(p.who, true)}: ${what}${p.stale ? ' (zgłoszone dawno)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) =>
    `Nie można odczytać „${p.target}”: oczekiwano adresu URL, domeny lub adresu URL profilu${p.why === 'handle' ? ' (sama nazwa konta jest niejednoznaczna: podaj adres URL profilu, np. https://x.com/name)' : p.why === 'scheme' ? ' (sprawdzić można tylko adresy http i https)' : ''}`,
};
