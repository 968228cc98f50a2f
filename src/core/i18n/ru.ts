/**
 * Русский. Terms from docs/glossary.md: «которым управляет» (run by), «имитирует» (imitating),
 * «распространитель контента» (named as amplifying), «домен переадресации», «фишинговый домен
 * для кражи учётных данных», «документирует», «вносит в список» (listed); never a word for
 * "fake". Names (publishers, campaigns) are not declined: they stand where Russian leaves them in
 * the nominative (subject of a clause) or after «по данным», «операция», «с».
 */
import { bareName, campaignsInBrackets, capitalise, dateParts, joinAnd, longDay, number, plural, quoted } from './forms';
import type { Catalogue, ListedParams, LookalikeAlso, OwnList, Publisher, Status, Subject, Who } from './types';

const q = (text: string): string => quoted('ru', text);

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (через ${p.via}, вторичная подборка)` : `${p.name} (через вторичную подборку)`;
}

/** `genitive`: after «по данным». */
function who(w: Who, genitive = false): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return genitive ? 'цитируемого источника' : 'цитируемый источник';
  if (names.length <= 2) return joinAnd(names, 'и');
  return `${names[0]}, ${names[1]} и ${genitive ? 'других' : 'другие'}`;
}

const v = (w: Who, one: string, many: string): string => (w.names.length > 1 ? many : one);

function ownList(own: OwnList): string {
  const names = own.names.map(q);
  const from = own.partly ? 'Частично из' : 'Из';
  return names.length === 1 ? `${from} вашего списка ${names[0]}` : `${from} ваших списков ${joinAnd(names, 'и')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}: ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} в ${s.platform}`;
    case 'page':
      return 'эту страницу';
    case 'account':
      return 'этот аккаунт';
  }
}

/** Months in the prepositional case ("в сентябре"), which Intl does not give. */
const MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

function when(date: string | undefined): string {
  const p = date === undefined ? null : dateParts(date);
  if (p === null) return date ? ` ${date}` : '';
  // Years in words ("года", "году"), not "г.": a date often ends the sentence.
  if (p.day !== undefined) return ` ${longDay('ru', p).replace(/\s*г\.$/, '')} года`;
  if (p.month !== undefined) return ` в ${MONTHS_IN[p.month - 1] ?? p.month} ${p.year} года`;
  return ` в ${p.year} году`;
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  if (st.state === 'seized') return `; адрес изъят${st.by ? ` (${bareName(st.by)})` : ''}${when(st.date)}`;
  return `; по сообщениям${when(st.date)}, адрес не работает`;
}

/** "{Кто} вносит в список {что} как {чем}{далее}{статус}." */
function listed(p: ListedParams, what: string, tail = ''): string {
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'вносит', 'вносят')} в список ${subject(p.subject)} как ${what}${tail}${status(p.status)}.`),
    p.ownList,
  );
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, what, recentTail);
  const changed = p.kind === 'url' ? 'с тех пор страница могла измениться' : 'с тех пор домен мог сменить владельца';
  const longAgo =
    p.stale.year !== null
      ? `; об этом сообщалось в ${p.stale.year} году, то есть давно, и ${changed}`
      : `; дата не указана, запись может быть давней, и ${changed}`;
  return listed(p, what, longAgo);
}

function runBy(kind: ListedParams['kind'], c: string): string {
  return kind === 'handle'
    ? `аккаунт, которым управляет ${c}`
    : kind === 'url'
      ? `страницу, которой управляет ${c}`
      : `сайт, которым управляет ${c}`;
}

const EDITS = {
  omission: 'пропущенной буквой',
  repetition: 'повторённой буквой',
  insertion: 'добавленной буквой',
  replacement: 'изменённой буквой',
  transposition: 'двумя переставленными буквами',
} as const;

function lookalikeTail(p: { also?: LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, и страница представляется как ${q(also.name)}.`;
  if (also.kind === 'namedOtherwise') {
    return `, но страница представляется как ${q(also.name)}, а не как ${p.outletName}: само по себе это слабый признак.`;
  }
  return `; ${q(also.label)} — также обычное слово или короткое название: проверьте, называет ли себя страница ${p.outletName}.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `сайт, которым управляет ${c}`,
  impersonation: (c) => `сайт операции ${c}, имитирующий настоящее СМИ`,
  redirector: (c) => `домен переадресации операции ${c}`,
  phishing: (c) => `фишинговый домен для кражи учётных данных операции ${c}`,
  persona: (c) => `аккаунт, которым управляет ${c}`,
  amplifier: (c) => `распространитель контента ${c}`,
  'placed-article': (c) => `материал, размещённый операцией ${c}`,
  infrastructure: (c) => `инфраструктура, которую использует ${c}`,
};

function counted(n: number, forms: { one: string; few: string; many: string }): string {
  return `${number('ru', n)} ${plural('ru', n, { ...forms, other: forms.few })}`;
}

export const ru: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, runBy(p.kind, p.campaign)),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `сайт операции ${p.campaign}, имитирующий ${p.outlet.name} (${p.outlet.domain})`
        : `сайт операции ${p.campaign}, имитирующий настоящее СМИ`,
    ),
  'listed.redirector': (p) =>
    timeBound(
      p,
      p.kind === 'url' ? `ссылку-переадресацию, которую использует ${p.campaign}` : `домен переадресации, который использует ${p.campaign}`,
      '',
    ),
  'listed.phishing': (p) =>
    timeBound(
      p,
      p.kind === 'url'
        ? `фишинговую ссылку для кражи учётных данных, которую использует ${p.campaign}`
        : `фишинговый домен для кражи учётных данных, который использует ${p.campaign}`,
      '; не вводите там пароли',
    ),
  'listed.persona': (p) => listed(p, `аккаунт, которым управляет ${p.campaign}`),
  'listed.amplifier': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'называет', 'называют')} ${subject(p.subject)} распространителем контента ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'вносит', 'вносят')} в список эту страницу как материал, размещённый операцией ${p.campaign}; сам сайт в списки не внесён${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `инфраструктуру, которую использует ${p.campaign}`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'вносит', 'вносят')} в список ${subject(p.subject)} в связи с ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) =>
    `Этот адрес использует название ${p.outletDomain} с другим доменным окончанием (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `Этот адрес (${p.host}) имитирует ${p.outletDomain} с помощью похожих символов`
      : `Этот адрес (${p.display}, записан как ${p.host}) имитирует ${p.outletDomain} с помощью похожих символов`) + lookalikeTail(p),
  'lookalike.edit': (p) => `Этот адрес (${p.host}) отличается от названия ${p.outletDomain} ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `Этот адрес (${p.host}) пишет название ${p.outletDomain} через дефис${lookalikeTail(p)}`,
  'lookalike.embedded': (p) => `Этот адрес (${p.host}) содержит название ${p.outletDomain} внутри более длинного адреса${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `Этот адрес (${p.host}) содержит название ${p.outletDomain} — сайта, который ${who(p.who)} ${v(p.who, 'документирует', 'документируют')} как сайт, которым управляет ${p.campaign}; сам этот адрес в списки не внесён`;
    if (p.sign === 'claimed')
      return ownFirst(`${base}, и страница тоже использует это название: возможно, это новый адрес того же сайта.`, p.ownList);
    if (p.sign === 'commonWords') {
      return ownFirst(
        `${base}. Название состоит из обычных слов, поэтому это слабый признак: проверьте, как страница называет себя.`,
        p.ownList,
      );
    }
    return ownFirst(`${base}: возможно, это новый адрес того же сайта.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `Эта страница представляется под названием, похожим на ${p.outletName} (${q(p.claimed)}), но она находится не на ${p.outletDomain} и не на другом адресе этого СМИ.`
      : `Эта страница представляется как ${p.outletName}, но она находится не на ${p.outletDomain} и не на другом адресе этого СМИ.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `Эта страница представляется под названием, похожим на ${q(p.brand)} (${q(p.claimed)}), — название сайта, который ${who(p.who)} ${v(p.who, 'связывает', 'связывают')} с ${p.campaign}; этого адреса нет в списках.`
        : `Эта страница представляется как ${q(p.brand)} — название сайта, который ${who(p.who)} ${v(p.who, 'связывает', 'связывают')} с ${p.campaign}; этого адреса нет в списках.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `Эта страница представляется как ${q(p.claimed)} — название ${p.address}, сайта, который ${who(p.who)} ${v(p.who, 'документирует', 'документируют')} как сайт, которым управляет ${p.campaign}; этого адреса нет в списках.`,
      p.ownList,
    ),

  artifact: (p) =>
    `Текст страницы содержит ${q(p.phrase)} — остаток машинного переписывания, который, по данным ${who(p.who, true)}, встречается на сайтах ${p.campaign === null ? 'операций влияния' : `операции ${p.campaign}`}; сам по себе это слабый признак.`,
  links: (p) =>
    `Эта страница ссылается на ${
      p.count === 1
        ? 'сайт или аккаунт'
        : `${counted(p.count, { one: 'сайт', few: 'сайта', many: 'сайтов' })} или ${plural('ru', p.count, { one: 'аккаунт', few: 'аккаунта', many: 'аккаунтов', other: 'аккаунта' })}`
    } из списков${campaignsInBrackets(p.campaigns)}; сама страница в списки не внесена.`,
  accounts: (p) =>
    `Эта страница показывает ${p.count === 1 ? 'аккаунт' : counted(p.count, { one: 'аккаунт', few: 'аккаунта', many: 'аккаунтов' })} из списков${campaignsInBrackets(p.campaigns)}; сама страница в списки не внесена.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `связано с ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `По данным ${who(p.who, true)}: ${what}${p.stale ? ' (сообщалось давно)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) =>
    `Не удалось прочитать «${p.target}»: ожидается URL-адрес, домен или URL-адрес профиля${p.why === 'handle' ? ' (одно имя аккаунта неоднозначно: укажите URL-адрес профиля, например https://x.com/name)' : p.why === 'scheme' ? ' (проверить можно только адреса http и https)' : ''}`,
};
