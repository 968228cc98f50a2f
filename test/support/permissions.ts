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

/** The claims PRIVACY.md makes about a manifest beyond its permission list; [] when all hold. */
export function claimViolations(m: Manifest, browser: 'chrome' | 'firefox'): string[] {
  const out: string[] = [];
  if (m.web_accessible_resources !== undefined) out.push('web_accessible_resources is set');
  if (m.externally_connectable !== undefined) out.push('externally_connectable is set');
  if ((m.optional_permissions ?? []).length || (m.optional_host_permissions ?? []).length) out.push('optional permissions');
  if (/unsafe-eval|https?:/.test(JSON.stringify(m.content_security_policy ?? {}))) out.push('relaxed content_security_policy');
  if (browser === 'firefox') {
    const dc = m.browser_specific_settings?.gecko?.data_collection_permissions;
    if (JSON.stringify(dc) !== JSON.stringify({ required: ['none'] })) out.push(`data_collection_permissions is ${JSON.stringify(dc)}`);
  }
  return out;
}
