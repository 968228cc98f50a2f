/**
 * PRIVACY.md documents exactly what the extension requests ("lists the manifest's
 * permissions and justifies each one"). Here: the manifest as wxt.config.ts declares it (the content
 * script included) (runs before any build); test/e2e/privacy.test.ts checks the BUILT
 * .output/chrome-mv3 and .output/firefox-mv3 manifests the same way after the build.
 * Adding a permission, host permission, optional permission or content-script match without a
 * "### `name`" section (Why / Never) in PRIVACY.md fails.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config, { CONNECT_ORIGINS } from '../../../wxt.config';
import { claimViolations, documentedPermissions, requested, type Manifest } from '../../support/permissions';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const PRIVACY = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');

function declared(browser: 'chrome' | 'firefox'): Manifest {
  const make = (config as { manifest: (env: { browser: string; manifestVersion: number }) => Manifest }).manifest;
  return make({ browser, manifestVersion: 3 });
}

describe('PRIVACY.md and the declared manifest', () => {
  it('says nothing leaves the browser and justifies each permission (why, and what is never done)', () => {
    expect(PRIVACY).toMatch(/Nothing leaves the browser/);
    const documented = documentedPermissions(PRIVACY);
    expect(documented).toEqual(['<all_urls>', 'alarms', 'scripting', 'storage', 'tabs']);
    for (const name of documented) {
      const block = PRIVACY.split(`### \`${name}\``)[1]!.split(/^#{2,3} /m)[0]!;
      expect(block, name).toMatch(/^Why: /m);
      expect(block, name).toMatch(/^Never: /m);
    }
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: wxt.config.ts and the content script request exactly the documented permissions`, () => {
      const m = declared(browser);
      expect(requested(m)).toEqual(documentedPermissions(PRIVACY));
      expect(claimViolations(m, browser, CONNECT_ORIGINS)).toEqual([]);
    });
  }

  it('the comparison fails on an undocumented permission, optional permission, match or exposure (seeded)', () => {
    const m = declared('chrome');
    const doc = documentedPermissions(PRIVACY);
    expect(requested({ ...m, permissions: [...(m.permissions ?? []), 'history'] })).not.toEqual(doc);
    expect(requested({ ...m, optional_permissions: ['downloads'] })).toContain('optional: downloads');
    expect(requested({ ...m, content_scripts: [{ matches: ['https://example.org/*'] }] })).not.toEqual(doc);
    expect(claimViolations({ ...m, web_accessible_resources: [{ resources: ['x.js'] }] }, 'chrome')).not.toEqual([]);
    expect(claimViolations({ ...m, externally_connectable: { matches: ['<all_urls>'] } }, 'chrome')).not.toEqual([]);
    expect(claimViolations(m, 'firefox')).toContain('data_collection_permissions is undefined');
    // The content security policy: explicit, connect-src 'self' and the declared origins only.
    expect(claimViolations({ ...m, content_security_policy: undefined }, 'chrome')).toContain('connect-src is undefined');
    expect(
      claimViolations(
        { ...m, content_security_policy: { extension_pages: "script-src 'self'; connect-src 'self' https://mirror.example" } },
        'chrome',
      ),
    ).not.toEqual([]);
    expect(
      claimViolations(
        { ...m, content_security_policy: { extension_pages: "script-src 'self'; connect-src 'self' https://mirror.example" } },
        'chrome',
        ['https://mirror.example'],
      ),
    ).toEqual([]);
    expect(
      claimViolations(
        { ...m, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; connect-src 'self'" } },
        'chrome',
      ),
    ).not.toEqual([]);
  });
});
