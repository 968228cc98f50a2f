/**
 * Shared by test/unit/quality/privacy.test.ts (the manifest as wxt.config.ts declares it) and
 * test/e2e/privacy.test.ts (the BUILT manifests): what a manifest asks for, and what PRIVACY.md
 * documents.
 */
export interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

/** The `### \`name\`` headings of PRIVACY.md's "## Permissions" section, sorted. */
export function documentedPermissions(markdown: string): string[] {
  const section = /^## Permissions\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1] ?? '';
  return [...section.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]!).sort();
}

/** Everything a manifest asks the browser for, as PRIVACY.md names it, sorted. */
export function requested(m: Manifest): string[] {
  const out = new Set<string>([
    ...(m.permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_permissions ?? []).map((p) => `optional: ${p}`),
    ...(m.optional_host_permissions ?? []).map((p) => `optional: ${p}`),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ]);
  return [...out].sort();
}

/**
 * The claims PRIVACY.md makes about a manifest beyond its permission list; [] when all hold.
 * `connectOrigins`: wxt.config.ts `CONNECT_ORIGINS`, the only origins connect-src may name besides 'self'.
 */
export function claimViolations(m: Manifest, browser: 'chrome' | 'firefox', connectOrigins: readonly string[] = []): string[] {
  const out: string[] = [];
  if (m.web_accessible_resources !== undefined) out.push('web_accessible_resources is set');
  if (m.externally_connectable !== undefined) out.push('externally_connectable is set');
  if ((m.optional_permissions ?? []).length || (m.optional_host_permissions ?? []).length) out.push('optional permissions');
  const csp = (m.content_security_policy as { extension_pages?: unknown } | undefined)?.extension_pages;
  const directive = (name: string) =>
    typeof csp === 'string'
      ? /^\s*(\S+)\s*(.*)$/
          .exec(csp.split(';').find((d) => d.trim().split(/\s+/)[0] === name) ?? '')?.[2]
          ?.split(/\s+/)
          .filter(Boolean)
      : undefined;
  if (/unsafe-eval|unsafe-inline/.test(String(csp))) out.push('relaxed content_security_policy');
  if (JSON.stringify(directive('script-src')) !== JSON.stringify(["'self'"]))
    out.push(`script-src is ${JSON.stringify(directive('script-src'))}`);
  // The network promise, enforced by the browser: connect-src is explicit and names nothing else.
  const connect = directive('connect-src');
  if (connect === undefined || connect[0] !== "'self'" || connect.slice(1).some((o) => !connectOrigins.includes(o))) {
    out.push(`connect-src is ${JSON.stringify(connect)}`);
  }
  if (browser === 'firefox') {
    const dc = m.browser_specific_settings?.gecko?.data_collection_permissions;
    if (JSON.stringify(dc) !== JSON.stringify({ required: ['none'] })) out.push(`data_collection_permissions is ${JSON.stringify(dc)}`);
  }
  return out;
}
