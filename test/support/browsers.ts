/**
 * The browsers the real-browser tests drive: Debian's Chromium and firefox-esr, never a downloaded
 * one (see CONTRIBUTING.md). UNMASK_CHROMIUM and UNMASK_FIREFOX point elsewhere when a machine
 * keeps them in other places.
 */
import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

export const BROWSER_PATHS: Readonly<Record<BrowserKind, string>> = {
  chromium: process.env.UNMASK_CHROMIUM || '/usr/bin/chromium',
  firefox: process.env.UNMASK_FIREFOX || '/usr/bin/firefox-esr',
};

const PACKAGE: Record<BrowserKind, string> = { chromium: 'chromium', firefox: 'firefox-esr' };

/** One line saying how to install `kind` when it is not there; null when it is. */
export function missingBrowser(kind: BrowserKind): string | null {
  const path = BROWSER_PATHS[kind];
  if (existsSync(path)) return null;
  const env = kind === 'chromium' ? 'UNMASK_CHROMIUM' : 'UNMASK_FIREFOX';
  return `${PACKAGE[kind]} is not installed at ${path}: install it with "sudo apt-get install -y ${PACKAGE[kind]}" (Debian, Ubuntu), or set ${env} to its path`;
}

/**
 * The Debian package that teaches `kind` the UI language `lang`: without it the browser falls back
 * to English, whatever it was asked for.
 */
export function languagePack(kind: BrowserKind, lang: string): string {
  return kind === 'chromium' ? 'chromium-l10n' : `firefox-esr-l10n-${lang}`;
}
