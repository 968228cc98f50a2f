/**
 * Site names: how a claimed name ("The Washington Post", "DER SPIEGEL", "Nio Thinker") is made
 * comparable, and which of a page's claimed names say who the SITE is.
 *
 * Normalisation: NFKC, case fold, diacritics stripped, confusables folded to their skeleton letter
 * (a Greek omicron in "Washingtοn" is an "o"), punctuation to spaces, a leading "the" dropped,
 * whitespace collapsed. "The Washington Post" -> "washington post"; "Le Monde.fr" -> "le monde fr".
 *
 * Which claims count (a research article ABOUT The Washington Post must not claim to BE it):
 * - og:site_name, application-name, ld+json publisher, logo alt, copyright line: site identity;
 * - title: only the segments after a separator ("Trump ... | The Washington Post" gives "The
 *   Washington Post"), or the whole title when it is nothing but the name. The first segment of a
 *   title is the headline and never counts.
 */
import type { ClaimedName } from '../types';
import { foldConfusable } from '../lookalike/skeleton';

/** Separators sites put between a headline and their name. Not ":" (headlines use it). */
const TITLE_SEPARATORS = /\s+[|\u2013\u2014\u00b7\u2022\u00bb\u00ab~/\\-]\s+|\s*[|\u2022\u00b7\u00bb]\s*|\s+::\s+/;

const MAX_NAME = 300;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const MAX_CLAIMS = 20;

/** Normalises a name for exact comparison (see the design comment above). */
export function normalizeName(input: string): string {
  if (typeof input !== 'string') return '';
  let text = input.slice(0, MAX_NAME);
  if (PRINTABLE_ASCII.test(text)) {
    // Nothing for NFKC, marks or confusables to do (the common case). The ASCII expressions also
    // spare a cold start the compilation of the Unicode-property ones.
    text = text
      .toLowerCase()
      .replace(/['`]s\b/g, 's')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/\s+/g, ' ');
    return text.startsWith('the ') ? text.slice(4) : text;
  } else {
    text = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    let folded = '';
    for (const ch of text) folded += foldConfusable(ch);
    text = folded;
  }
  text = text
    .replace(/['\u2019`]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (text.startsWith('the ')) text = text.slice(4);
  return text;
}

/** The name without spaces: "washington post" -> "washingtonpost" (for comparing with labels). */
export function compactName(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/** A claimed string that names the site, with where it came from. */
export interface SiteClaim {
  claim: ClaimedName;
  /** The part of the claim that is the name (a title segment, or the whole value). */
  text: string;
  normalized: string;
}

function addClaim(out: SiteClaim[], claim: ClaimedName, text: string): void {
  const normalized = normalizeName(text);
  if (normalized === '' || out.some((c) => c.normalized === normalized)) return;
  out.push({ claim, text, normalized });
}

/**
 * The claims that say who the site is, normalised, capped (20 claims of 300 characters): see the
 * rules above.
 */
export function siteClaims(claims: readonly ClaimedName[] | undefined): SiteClaim[] {
  if (!Array.isArray(claims)) return [];
  const out: SiteClaim[] = [];
  for (const item of claims.slice(0, MAX_CLAIMS) as unknown[]) {
    // Signals come from pages: check the shape rather than trust the type.
    if (item === null || typeof item !== 'object') continue;
    const claim = item as ClaimedName;
    if (typeof claim.value !== 'string') continue;
    const value: string = claim.value.slice(0, MAX_NAME).trim();
    if (value === '') continue;
    if (claim.source === 'title') {
      const segments = value
        .split(TITLE_SEPARATORS)
        .map((s: string) => s.trim())
        .filter((s: string) => s !== '');
      if (segments.length === 1) {
        addClaim(out, claim, value);
      } else {
        for (const segment of segments.slice(1)) addClaim(out, claim, segment);
      }
    } else if (
      claim.source === 'og:site_name' ||
      claim.source === 'application-name' ||
      claim.source === 'ld+json' ||
      claim.source === 'logo-alt'
    ) {
      addClaim(out, claim, value);
    } else if (claim.source === 'copyright') {
      addClaim(out, claim, stripCopyright(value));
    }
  }
  return out;
}

/** "© 2024 The Washington Post. All rights reserved." -> "The Washington Post". */
export function stripCopyright(value: string): string {
  return (
    value
      .replace(/(?:\u00a9|\(c\)|copyright)/gi, ' ')
      .replace(/\b(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?\b/g, ' ')
      .replace(/\ball rights reserved\b.*$/i, ' ')
      .replace(/\btous droits r[eé]serv[eé]s\b.*$/i, ' ')
      .replace(/\balle rechte vorbehalten\b.*$/i, ' ')
      // Company forms after the name: "DER SPIEGEL GmbH & Co. KG", "Nio Thinker LLC".
      .replace(/[\s,]+(?:gmbh|inc|llc|ltd|limited|plc|ag|sas|sarl|s\.a\.?|corp|corporation|&\s*co\.?\s*kg)\b.*$/i, ' ')
      .replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')
      .trim()
  );
}

/**
 * Names too generic to mean one outlet on their own ("News", "The Times", "Daily"). A name must
 * have two words or six letters, and not be one of these, to be matched by itself.
 */
const GENERIC_NAMES = new Set([
  'news',
  'times',
  'post',
  'daily',
  'journal',
  'herald',
  'tribune',
  'mirror',
  'sun',
  'star',
  'express',
  'guardian',
  'independent',
  'observer',
  'telegraph',
  'chronicle',
  'gazette',
  'world',
  'today',
  'news today',
  'daily news',
  'world news',
  'breaking news',
  'latest news',
  'local news',
  'top news',
  'news online',
  'online',
  'home',
  'homepage',
  'welcome',
  'blog',
  'magazine',
  'radio',
  'tv',
  'media',
  'press',
  'report',
  'review',
  'bild',
  'welt',
  'geo',
  'forward',
  'politics',
  'opinion',
  'live',
  'video',
  'videos',
  'sport',
  'sports',
  'weather',
  'economy',
  'business',
  'finance',
  'culture',
  'science',
  'health',
  'world news today',
  'nachrichten',
  'actualites',
  'actualite',
  'info',
  'infos',
  'noticias',
  'novosti',
  'new york',
]);

/** True for names that say nothing about who a site is ("Home", "News", "Welcome"). */
export function isGenericName(normalized: string): boolean {
  return normalized === '' || GENERIC_NAMES.has(normalized);
}

/** True when a normalised name is specific enough to stand for one outlet or brand by itself. */
export function isDistinctiveName(normalized: string): boolean {
  if (GENERIC_NAMES.has(normalized)) return false;
  const compact = compactName(normalized);
  return normalized.includes(' ') ? compact.length >= 5 : compact.length >= 6;
}
