/**
 * Українська. Terms from docs/glossary.md: «яким керує» (run by), «імітує» (imitating),
 * «поширювач контенту» (named as amplifying), «домен переадресації», «фішинговий домен для
 * викрадення облікових даних», «документує», «вносить до списку» (listed); never a word for
 * "fake". Names (publishers, campaigns) are not declined: they stand where Ukrainian leaves them
 * in the nominative (subject of a clause) or after «за даними», «операція», «з».
 */
import { bareName, campaignsInBrackets, capitalise, dateParts, joinAnd, longDay, number, plural, quoted } from './forms';
import type { Catalogue, ListedParams, LookalikeAlso, OwnList, Publisher, Status, Subject, Who } from './types';

const q = (text: string): string => quoted('uk', text);

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (через ${p.via}, вторинне зведення)` : `${p.name} (через вторинне зведення)`;
}

/** `genitive`: after «за даними». */
function who(w: Who, genitive = false): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return genitive ? 'цитованого джерела' : 'цитоване джерело';
  if (names.length <= 2) return joinAnd(names, 'і');
  return `${names[0]}, ${names[1]} та ${genitive ? 'інших' : 'інші'}`;
}

const v = (w: Who, one: string, many: string): string => (w.names.length > 1 ? many : one);

function ownList(own: OwnList): string {
  const names = own.names.map(q);
  const from = own.partly ? 'Частково з' : 'З';
  return names.length === 1 ? `${from} вашого списку ${names[0]}` : `${from} ваших списків ${joinAnd(names, 'і')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}: ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} у ${s.platform}`;
    case 'page':
      return 'цю сторінку';
    case 'account':
      return 'цей акаунт';
  }
}

/** Months in the locative case ("у вересні"), which Intl does not give. */
const MONTHS_IN = [
  'січні',
  'лютому',
  'березні',
  'квітні',
  'травні',
  'червні',
  'липні',
  'серпні',
  'вересні',
  'жовтні',
  'листопаді',
  'грудні',
];

function when(date: string | undefined): string {
  const p = date === undefined ? null : dateParts(date);
  if (p === null) return date ? ` ${date}` : '';
  // Years in words ("року", "році"), not "р.": a date often ends the sentence.
  if (p.day !== undefined) return ` ${longDay('uk', p).replace(/\s*р\.$/, '')} року`;
  if (p.month !== undefined) return ` у ${MONTHS_IN[p.month - 1] ?? p.month} ${p.year} року`;
  return ` у ${p.year} році`;
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  if (st.state === 'seized') return `; адресу вилучено${st.by ? ` (${bareName(st.by)})` : ''}${when(st.date)}`;
  return `; за повідомленнями${when(st.date)}, адреса не працює`;
}

/** "{Хто} вносить до списку {що} як {ким}{далі}{статус}." */
function listed(p: ListedParams, what: string, tail = ''): string {
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'вносить', 'вносять')} до списку ${subject(p.subject)} як ${what}${tail}${status(p.status)}.`),
    p.ownList,
  );
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, what, recentTail);
  const changed = p.kind === 'url' ? 'відтоді сторінка могла змінитися' : 'відтоді домен міг змінити власника';
  const longAgo =
    p.stale.year !== null
      ? `; про це повідомлено у ${p.stale.year} році, тобто давно, і ${changed}`
      : `; дату не вказано, тож запис може бути давнім, і ${changed}`;
  return listed(p, what, longAgo);
}

function runBy(kind: ListedParams['kind'], c: string): string {
  return kind === 'handle' ? `акаунт, яким керує ${c}` : kind === 'url' ? `сторінка, якою керує ${c}` : `сайт, яким керує ${c}`;
}

const EDITS = {
  omission: 'пропущеною літерою',
  repetition: 'повтореною літерою',
  insertion: 'доданою літерою',
  replacement: 'зміненою літерою',
  transposition: 'двома переставленими літерами',
} as const;

function lookalikeTail(p: { also?: LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, і сторінка представляється як ${q(also.name)}.`;
  if (also.kind === 'namedOtherwise') {
    return `, але сторінка представляється як ${q(also.name)}, а не як ${p.outletName}: сама по собі це слабка ознака.`;
  }
  return `; ${q(also.label)} — також звичайне слово або коротка назва: перевірте, чи називає себе сторінка ${p.outletName}.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `сайт, яким керує ${c}`,
  impersonation: (c) => `сайт операції ${c}, що імітує справжнє медіа`,
  redirector: (c) => `домен переадресації операції ${c}`,
  phishing: (c) => `фішинговий домен для викрадення облікових даних операції ${c}`,
  persona: (c) => `акаунт, яким керує ${c}`,
  amplifier: (c) => `поширювач контенту ${c}`,
  'placed-article': (c) => `матеріал, який розмістила операція ${c}`,
  infrastructure: (c) => `інфраструктура, яку використовує ${c}`,
};

function counted(n: number, forms: { one: string; few: string; many: string }): string {
  return `${number('uk', n)} ${plural('uk', n, { ...forms, other: forms.few })}`;
}

export const uk: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, runBy(p.kind, p.campaign)),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `сайт операції ${p.campaign}, що імітує ${p.outlet.name} (${p.outlet.domain})`
        : `сайт операції ${p.campaign}, що імітує справжнє медіа`,
    ),
  'listed.redirector': (p) =>
    timeBound(
      p,
      p.kind === 'url' ? `посилання-переадресація, яке використовує ${p.campaign}` : `домен переадресації, який використовує ${p.campaign}`,
      '',
    ),
  'listed.phishing': (p) =>
    timeBound(
      p,
      p.kind === 'url'
        ? `фішингове посилання для викрадення облікових даних, яке використовує ${p.campaign}`
        : `фішинговий домен для викрадення облікових даних, який використовує ${p.campaign}`,
      '; не вводьте там паролі',
    ),
  'listed.persona': (p) => listed(p, `акаунт, яким керує ${p.campaign}`),
  'listed.amplifier': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'називає', 'називають')} ${subject(p.subject)} поширювачем контенту ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'вносить', 'вносять')} до списку цю сторінку як матеріал, який розмістила операція ${p.campaign}; сам сайт до списків не внесено${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `інфраструктура, яку використовує ${p.campaign}`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'вносить', 'вносять')} до списку ${subject(p.subject)} у зв’язку з ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) =>
    `Ця адреса використовує назву ${p.outletDomain} з іншим доменним закінченням (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `Ця адреса (${p.host}) імітує ${p.outletDomain} за допомогою схожих символів`
      : `Ця адреса (${p.display}, записана як ${p.host}) імітує ${p.outletDomain} за допомогою схожих символів`) + lookalikeTail(p),
  'lookalike.edit': (p) => `Ця адреса (${p.host}) відрізняється від назви ${p.outletDomain} ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `Ця адреса (${p.host}) пише назву ${p.outletDomain} через дефіс${lookalikeTail(p)}`,
  'lookalike.embedded': (p) => `Ця адреса (${p.host}) містить назву ${p.outletDomain} всередині довшої адреси${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `Ця адреса (${p.host}) містить назву ${p.outletDomain} — сайту, який ${who(p.who)} ${v(p.who, 'документує', 'документують')} як сайт, яким керує ${p.campaign}; саму цю адресу до списків не внесено`;
    if (p.sign === 'claimed')
      return ownFirst(`${base}, і сторінка теж використовує цю назву: можливо, це нова адреса того самого сайту.`, p.ownList);
    if (p.sign === 'commonWords') {
      return ownFirst(
        `${base}. Назва складається зі звичайних слів, тож це слабка ознака: перевірте, як сторінка називає себе.`,
        p.ownList,
      );
    }
    return ownFirst(`${base}: можливо, це нова адреса того самого сайту.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `Ця сторінка представляється під назвою, схожою на ${p.outletName} (${q(p.claimed)}), але вона не на ${p.outletDomain} і не на жодній іншій адресі цього медіа.`
      : `Ця сторінка представляється як ${p.outletName}, але вона не на ${p.outletDomain} і не на жодній іншій адресі цього медіа.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `Ця сторінка представляється під назвою, схожою на ${q(p.brand)} (${q(p.claimed)}), — назву сайту, який ${who(p.who)} ${v(p.who, 'пов’язує', 'пов’язують')} з ${p.campaign}; цієї адреси немає в списках.`
        : `Ця сторінка представляється як ${q(p.brand)} — назва сайту, який ${who(p.who)} ${v(p.who, 'пов’язує', 'пов’язують')} з ${p.campaign}; цієї адреси немає в списках.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `Ця сторінка представляється як ${q(p.claimed)} — назва ${p.address}, сайту, який ${who(p.who)} ${v(p.who, 'документує', 'документують')} як сайт, яким керує ${p.campaign}; цієї адреси немає в списках.`,
      p.ownList,
    ),

  artifact: (p) =>
    `Текст сторінки містить ${q(p.phrase)} — залишок машинного переписування, який, за даними ${who(p.who, true)}, трапляється на сайтах ${p.campaign === null ? 'операцій впливу' : `операції ${p.campaign}`}; сам по собі це слабка ознака.`,
  links: (p) =>
    `Ця сторінка посилається на ${
      p.count === 1
        ? 'сайт або акаунт'
        : `${counted(p.count, { one: 'сайт', few: 'сайти', many: 'сайтів' })} або ${plural('uk', p.count, { one: 'акаунт', few: 'акаунти', many: 'акаунтів', other: 'акаунти' })}`
    } зі списків${campaignsInBrackets(p.campaigns)}; саму сторінку до списків не внесено.`,
  accounts: (p) =>
    `Ця сторінка показує ${p.count === 1 ? 'акаунт' : counted(p.count, { one: 'акаунт', few: 'акаунти', many: 'акаунтів' })} зі списків${campaignsInBrackets(p.campaigns)}; саму сторінку до списків не внесено.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `пов’язано з ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `За даними ${who(p.who, true)}: ${what}${p.stale ? ' (повідомлено давно)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) =>
    `Не вдалося прочитати «${p.target}»: очікується URL-адреса, домен або URL-адреса профілю${p.why === 'handle' ? ' (саме ім’я акаунта неоднозначне: вкажіть URL-адресу профілю, напр. https://x.com/name)' : p.why === 'scheme' ? ' (перевірити можна лише адреси http і https)' : ''}`,
};
