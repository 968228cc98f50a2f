/**
 * The lists' version numbers (MAJOR.MINOR.PATCH, the CHANGELOG's headings, a published bundle's
 * `listVersion`): one ordering for the changelog checks, the update verifier and the UI.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
