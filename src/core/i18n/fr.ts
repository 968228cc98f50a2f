/**
 * Français. Terms from docs/glossary.md: « géré par » (run by), « imite » (imitating), « relais des
 * contenus » (named as amplifying), « domaine de redirection », « domaine d’hameçonnage
 * d’identifiants », « documente », « répertorié » (listed); never a word for "fake". Vouvoiement.
 * A narrow no-break space goes before « ; » and « : », as French typography wants.
 */
import { bareName, campaignsInBrackets, capitalise, dateParts, joinAnd, longDay, monthYear, number, plural, quoted } from './forms';
import type { Catalogue, ListedParams, LookalikeAlso, OwnList, Publisher, Status, Subject, Who } from './types';

const q = (text: string): string => quoted('fr', text);
/** " ;" and " :" with a narrow no-break space. */
const SC = '\u202f;';
const CO = '\u00a0:';

function publisher(p: Publisher): string {
  if (!p.secondary) return p.name;
  return p.via ? `${p.name} (via ${p.via}, une compilation secondaire)` : `${p.name} (via une compilation secondaire)`;
}

function who(w: Who): string {
  const names = w.names.map(publisher);
  if (names.length === 0) return 'une source citée';
  if (names.length <= 2) return joinAnd(names, 'et');
  return `${names[0]}, ${names[1]} et d’autres`;
}

const v = (w: Who, one: string, many: string): string => (w.names.length > 1 ? many : one);

function ownList(own: OwnList): string {
  const names = own.names.map(q);
  const from = own.partly ? 'En partie selon' : 'Selon';
  return names.length === 1 ? `${from} votre liste ${names[0]}` : `${from} vos listes ${joinAnd(names, 'et')}`;
}

function ownFirst(text: string, own: OwnList | undefined): string {
  return own === undefined ? text : `${ownList(own)}${CO} ${text}`;
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'host':
      return s.host;
    case 'profile':
      return `${s.handle} sur ${s.platform}`;
    case 'page':
      return 'cette page';
    case 'account':
      return 'ce compte';
  }
}

function when(date: string | undefined): string {
  const p = date === undefined ? null : dateParts(date);
  if (p === null) return date ? ` ${date}` : '';
  if (p.day !== undefined) return ` le ${longDay('fr', p)}`;
  if (p.month !== undefined) return ` en ${monthYear('fr', p)}`;
  return ` en ${p.year}`;
}

function status(st: Status | undefined): string {
  if (st === undefined) return '';
  if (st.state === 'seized') return `${SC} l’adresse a été saisie${st.by ? ` par ${bareName(st.by)}` : ''}${when(st.date)}`;
  return `${SC} l’adresse a été signalée hors ligne${when(st.date)}`;
}

/** "{Qui} répertorie {sujet} comme {quoi}{suite}{statut}." */
function listed(p: ListedParams, what: string, tail = ''): string {
  return ownFirst(
    capitalise(`${who(p.who)} ${v(p.who, 'répertorie', 'répertorient')} ${subject(p.subject)} comme ${what}${tail}${status(p.status)}.`),
    p.ownList,
  );
}

function timeBound(p: ListedParams & { stale?: { year: string | null } }, what: string, recentTail: string): string {
  if (p.stale === undefined) return listed(p, what, recentTail);
  const changed = p.kind === 'url' ? 'la page a pu changer depuis' : 'le domaine a pu changer de propriétaire depuis';
  const year = p.stale.year !== null ? ` en ${p.stale.year}` : ' sans date';
  const longAgo =
    p.stale.year !== null ? `${SC} c’était il y a longtemps et ${changed}` : `${SC} l’information peut être ancienne et ${changed}`;
  return ownFirst(
    capitalise(
      `${who(p.who)} ${v(p.who, 'a répertorié', 'ont répertorié')} ${subject(p.subject)}${year} comme ${what}${longAgo}${status(p.status)}.`,
    ),
    p.ownList,
  );
}

function runBy(kind: ListedParams['kind'], c: string): string {
  return kind === 'handle' ? `un compte géré par ${c}` : kind === 'url' ? `une page gérée par ${c}` : `un site géré par ${c}`;
}

const EDITS = {
  omission: 'une lettre omise',
  repetition: 'une lettre répétée',
  insertion: 'une lettre ajoutée',
  replacement: 'une lettre modifiée',
  transposition: 'deux lettres interverties',
} as const;

function lookalikeTail(p: { also?: LookalikeAlso; outletName: string }): string {
  const also = p.also;
  if (also === undefined) return '.';
  if (also.kind === 'claimed') return `, et la page se présente comme ${q(also.name)}.`;
  if (also.kind === 'namedOtherwise') {
    return `, mais la page se présente comme ${q(also.name)}, et non comme ${p.outletName}${CO} un signe faible à lui seul.`;
  }
  return `${SC} ${q(also.label)} est aussi un mot courant ou un nom court${CO} vérifiez si la page prétend être ${p.outletName}.`;
}

const FLAGGED_ROLES: Record<string, (c: string) => string> = {
  'operated-outlet': (c) => `comme un site géré par ${c}`,
  impersonation: (c) => `comme un site de ${c} qui imite un vrai média`,
  redirector: (c) => `comme un domaine de redirection de ${c}`,
  phishing: (c) => `comme un domaine d’hameçonnage d’identifiants de ${c}`,
  persona: (c) => `comme un compte géré par ${c}`,
  amplifier: (c) => `comme relais des contenus de ${c}`,
  'placed-article': (c) => `comme un article placé par ${c}`,
  infrastructure: (c) => `comme une infrastructure utilisée par ${c}`,
};

function sitesOrAccounts(n: number): string {
  return n === 1 ? 'un site ou un compte' : `${number('fr', n)} ${plural('fr', n, { one: 'site ou compte', other: 'sites ou comptes' })}`;
}

export const fr: Catalogue = {
  'listed.operatedOutlet': (p) => listed(p, runBy(p.kind, p.campaign)),
  'listed.impersonation': (p) =>
    listed(
      p,
      p.outlet
        ? `un site de ${p.campaign} qui imite ${p.outlet.name} (${p.outlet.domain})`
        : `un site de ${p.campaign} qui imite un vrai média`,
    ),
  'listed.redirector': (p) =>
    timeBound(
      p,
      p.kind === 'url' ? `un lien de redirection utilisé par ${p.campaign}` : `un domaine de redirection utilisé par ${p.campaign}`,
      '',
    ),
  'listed.phishing': (p) =>
    timeBound(
      p,
      p.kind === 'url'
        ? `un lien d’hameçonnage d’identifiants utilisé par ${p.campaign}`
        : `un domaine d’hameçonnage d’identifiants utilisé par ${p.campaign}`,
      `${SC} n’y saisissez pas de mot de passe`,
    ),
  'listed.persona': (p) => listed(p, `un compte géré par ${p.campaign}`),
  'listed.amplifier': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'cite', 'citent')} ${subject(p.subject)} comme relais des contenus de ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.placedArticle': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'répertorie', 'répertorient')} cette page comme un article placé par ${p.campaign}${SC} le site lui-même n’est pas répertorié${status(p.status)}.`,
      ),
      p.ownList,
    ),
  'listed.infrastructure': (p) => listed(p, `une infrastructure utilisée par ${p.campaign}`),
  'listed.other': (p) =>
    ownFirst(
      capitalise(
        `${who(p.who)} ${v(p.who, 'répertorie', 'répertorient')} ${subject(p.subject)} en lien avec ${p.campaign}${status(p.status)}.`,
      ),
      p.ownList,
    ),

  'lookalike.otherSuffix': (p) =>
    `Cette adresse utilise le nom de ${p.outletDomain} avec une autre terminaison de domaine (.${p.suffix})${lookalikeTail(p)}`,
  'lookalike.confusable': (p) =>
    (p.display === p.host
      ? `Cette adresse (${p.host}) imite ${p.outletDomain} avec des caractères ressemblants`
      : `Cette adresse (${p.display}, écrite ${p.host}) imite ${p.outletDomain} avec des caractères ressemblants`) + lookalikeTail(p),
  'lookalike.edit': (p) => `Cette adresse (${p.host}) diffère du nom de ${p.outletDomain} par ${EDITS[p.edit]}${lookalikeTail(p)}`,
  'lookalike.hyphenation': (p) => `Cette adresse (${p.host}) écrit le nom de ${p.outletDomain} avec un trait d’union${lookalikeTail(p)}`,
  'lookalike.embedded': (p) =>
    `Cette adresse (${p.host}) contient le nom de ${p.outletDomain} dans une adresse plus longue${lookalikeTail(p)}`,

  successor: (p) => {
    const base = `Cette adresse (${p.host}) porte le nom de ${p.outletDomain}, un site que ${who(p.who)} ${v(p.who, 'documente', 'documentent')} comme géré par ${p.campaign}${SC} cette adresse elle-même ne figure pas dans les listes`;
    if (p.sign === 'claimed') {
      return ownFirst(`${base}, et la page utilise aussi ce nom${CO} il peut s’agir d’une nouvelle adresse du même site.`, p.ownList);
    }
    if (p.sign === 'commonWords') {
      return ownFirst(
        `${base}. Le nom est fait de mots courants, c’est donc un signe faible${CO} vérifiez comment la page se nomme.`,
        p.ownList,
      );
    }
    return ownFirst(`${base}${CO} il peut s’agir d’une nouvelle adresse du même site.`, p.ownList);
  },

  'claims.outlet': (p) =>
    p.fuzzy
      ? `Cette page se présente sous un nom proche de ${p.outletName} (${q(p.claimed)}), mais elle n’est pas sur ${p.outletDomain} ni sur aucune autre adresse de ce média.`
      : `Cette page se présente comme ${p.outletName}, mais elle n’est pas sur ${p.outletDomain} ni sur aucune autre adresse de ce média.`,
  'claims.brand': (p) =>
    ownFirst(
      p.fuzzy
        ? `Cette page se présente sous un nom proche de ${q(p.brand)} (${q(p.claimed)}), le nom d’un site que ${who(p.who)} ${v(p.who, 'relie', 'relient')} à ${p.campaign}${SC} cette adresse ne figure pas dans les listes.`
        : `Cette page se présente comme ${q(p.brand)}, le nom d’un site que ${who(p.who)} ${v(p.who, 'relie', 'relient')} à ${p.campaign}${SC} cette adresse ne figure pas dans les listes.`,
      p.ownList,
    ),
  'claims.listedName': (p) =>
    ownFirst(
      `Cette page se présente comme ${q(p.claimed)}, le nom de ${p.address}, un site que ${who(p.who)} ${v(p.who, 'documente', 'documentent')} comme géré par ${p.campaign}${SC} cette adresse ne figure pas dans les listes.`,
      p.ownList,
    ),

  artifact: (p) =>
    `Le texte de la page contient ${q(p.phrase)}, un reste de réécriture automatique que ${who(p.who)} ${v(p.who, 'a trouvé', 'ont trouvé')} sur des sites ${p.campaign === null ? 'd’opérations d’influence' : `de ${p.campaign}`}${SC} à lui seul, c’est un signe faible.`,
  links: (p) =>
    `Cette page renvoie vers ${sitesOrAccounts(p.count)} des listes${campaignsInBrackets(p.campaigns)}${SC} la page elle-même n’est pas répertoriée.`,
  accounts: (p) =>
    `Cette page affiche ${p.count === 1 ? 'un compte' : `${number('fr', p.count)} ${plural('fr', p.count, { one: 'compte', other: 'comptes' })}`} des listes${campaignsInBrackets(p.campaigns)}${SC} la page elle-même n’est pas répertoriée.`,

  flagged: (p) => {
    const what = FLAGGED_ROLES[p.role]?.(p.campaign) ?? `en lien avec ${p.campaign}`;
    const own = p.ownList === undefined ? '' : ` (${ownList(p.ownList).replace(/^./, (c) => c.toLowerCase())})`;
    return `Répertorié par ${who(p.who)} ${what}${p.stale ? ' (signalé il y a longtemps)' : ''}${own}`;
  },
  ownList: (p) => ownList(p),
  'target.unreadable': (p) =>
    `${q(p.target)} est illisible\u202f: une URL, un domaine ou l’URL d’un profil est attendu${p.why === 'handle' ? ' (un nom de compte seul est ambigu\u202f: indiquez l’URL du profil, par ex. https://x.com/name)' : p.why === 'scheme' ? ' (seules les adresses http et https peuvent être vérifiées)' : ''}`,
};
