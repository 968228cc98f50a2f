/** Section 1: content-script size. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET, backgroundComposition, duplicatedLiterals, ensureBuild, kb, table, verdictOf } from './common';

// ------------------------------------------------------------------------------------------------
// 1. Content-script size
// ------------------------------------------------------------------------------------------------

export async function section1(): Promise<void> {
  const rows: string[][] = [];
  for (const kind of ['chrome', 'firefox'] as const) {
    const dir = ensureBuild(kind);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[]; css?: string[] }[];
      background?: { service_worker?: string; scripts?: string[] };
    };
    const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
    let raw = 0;
    let gz = 0;
    for (const file of files) {
      const body = readFileSync(join(dir, file));
      const g = gzipSync(body, { level: 9 }).length;
      raw += body.length;
      gz += g;
      rows.push([kind, `\`${file}\``, `${body.length} B (${kb(body.length)})`, `${g} B`, '']);
    }
    rows.push([
      kind,
      `**total (${files.length} file(s))**`,
      `**${raw} B (${kb(raw)})**`,
      `**${gz} B**`,
      `${verdictOf(raw, BUDGET)} (${((raw / BUDGET) * 100).toFixed(0)}% of ${BUDGET.toLocaleString('en')} B)`,
    ]);
    // Not content scripts, for scale: injected only when a warning is shown, and the worker.
    for (const extra of ['warning.js', manifest.background?.service_worker ?? manifest.background?.scripts?.[0] ?? 'background.js']) {
      if (!existsSync(join(dir, extra))) continue;
      const body = readFileSync(join(dir, extra));
      rows.push([
        kind,
        `(\`${extra}\`, not a manifest content script)`,
        `${body.length} B (${kb(body.length)})`,
        `${gzipSync(body, { level: 9 }).length} B`,
        extra === 'warning.js' ? 'injected only when a bar is shown' : 'background, for scale',
      ]);
    }
  }
  const bg = readFileSync(join(ensureBuild('chrome'), 'background.js'), 'utf8');
  const dups = duplicatedLiterals(bg);
  const comp = await backgroundComposition().catch(() => null);
  table(
    '1. Content-script size (built manifests)',
    ['Build', 'File', 'Bytes', 'gzip -9', `Budget ${BUDGET.toLocaleString('en')} B`],
    rows,
    [
      'Files are those listed in each built `manifest.json` `content_scripts` (js and css). webextension-polyfill is not in them (wxt.config.ts aliases `wxt/browser` to the native API for content scripts).',
    ],
  );
  if (comp) {
    table(
      '1b. What background.js is made of (for the cold start, section 5)',
      ['Module', 'Minified bytes', 'Share'],
      comp.groups.map(([k, n]) => [`\`${k}\``, `${n} B (${kb(n)})`, `${((n / comp.total) * 100).toFixed(0)}%`]),
      [
        `esbuild metafile of \`entrypoints/background.ts\` bundled and minified (${comp.total} B): an approximation of WXT's own bundle, which is ${Buffer.byteLength(bg)} B, made without the build's own plugins (the Public Suffix List's hashes are counted in decimal here, as tldts ships them, not in the build's dense form). Exact bytes per source of the WXT build: \`UNMASK_SOURCEMAP=1 npx wxt build && npx tsx bench/background-sizes.ts\`. ` +
          (dups.length
            ? `The WXT build contains ${dups.map((d) => `a ${d.length}-character string literal ${d.count} times (\`${d.head}...\`)`).join('; ')}: the bundler inlined a constant string at each use, so ${dups.reduce((a, d) => a + d.length * (d.count - 1), 0)} B are duplicates.`
            : 'No string literal of 10 kB or more is duplicated in the WXT build.'),
      ],
    );
  }
}
