/**
 * Every host the shipped lists and the legitimate-site corpus know, normalised: the hosts on which
 * the Public Suffix List lookups are held to each other (test/unit/core/hosts-fast.test.ts,
 * psl-variant.test.ts). Reads the built index (public/unmask-index.json).
 */
import { readFileSync } from 'node:fs';
import { normalizeHost } from '../../src/core/hosts';
import { parseCompiled } from '../../src/lists/compiled';

export function knownHosts(): Set<string> {
  const lists = parseCompiled(readFileSync(new URL('../../public/unmask-index.json', import.meta.url), 'utf8'));
  const corpus = readFileSync(new URL('../fixtures/corpus/legitimate-sites.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const hosts = new Set<string>();
  for (const i of lists.indicators) {
    const m = /^(?:https?:\/\/)?([^/?#]+)/.exec(i.value);
    const h = m ? normalizeHost(m[1]!) : null;
    if (h) hosts.add(h);
  }
  for (const o of lists.outlets) for (const d of o.domains) hosts.add(d);
  for (const line of corpus) {
    const h = normalizeHost(
      line
        .split(/\s/)[0]!
        .replace(/^https?:\/\//, '')
        .split('/')[0]!,
    );
    if (h) hosts.add(h);
  }
  return hosts;
}
