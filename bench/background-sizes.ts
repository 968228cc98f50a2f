/**
 * What background.js is made of, from the real build's source map: the bytes of the minified file
 * that each source module produced, by package or folder and by file.
 *
 *   UNMASK_SOURCEMAP=1 npx wxt build        # writes .output/chrome-mv3-sourcemap (never shipped)
 *   npx tsx bench/background-sizes.ts [dir] [--top=N]
 *
 * Source maps (v3) map each generated segment to a source; a segment's bytes run to the next
 * segment on its line. Bytes no source claims (the bundler's own glue) are listed as "(bundler)".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One VLQ segment's fields (relative values). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    let digit = B64.indexOf(c);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Bytes of `code` per source of `map`. */
export function bytesBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const lines = code.split('\n');
  const sizes = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const line = lines[index] ?? '';
    const segments: [column: number, source: number][] = [];
    let column = 0;
    for (const segment of mapped.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    let claimed = 0;
    segments.forEach(([start, s], i) => {
      const end = i + 1 < segments.length ? segments[i + 1]![0] : line.length;
      const bytes = Buffer.byteLength(line.slice(start, end));
      claimed += bytes;
      const name = s < 0 ? '(bundler)' : map.sources[s]!;
      sizes.set(name, (sizes.get(name) ?? 0) + bytes);
    });
    const unclaimed = Buffer.byteLength(line) - claimed + (index < lines.length - 1 ? 1 : 0);
    sizes.set('(bundler)', (sizes.get('(bundler)') ?? 0) + unclaimed);
  });
  return sizes;
}

/** A package's name, or a source file's first folders under the repository. */
export function groupOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1]!;
  return source
    .replace(/^(\.\.\/)+/, '')
    .split('/')
    .slice(0, 3)
    .join('/');
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3-sourcemap';
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
  const code = readFileSync(join(dir, 'background.js'), 'utf8');
  const map = JSON.parse(readFileSync(join(dir, 'background.js.map'), 'utf8')) as { sources: string[]; mappings: string };
  const bySource = bytesBySource(code, map);
  const byGroup = new Map<string, number>();
  for (const [source, bytes] of bySource) byGroup.set(groupOf(source), (byGroup.get(groupOf(source)) ?? 0) + bytes);
  const print = (title: string, sizes: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${String(bytes).padStart(8)}  ${name.replace(/^(\.\.\/)+/, '')}`);
    }
  };
  console.log(`${join(dir, 'background.js')}: ${Buffer.byteLength(code)} bytes`);
  print('By package or folder', byGroup);
  print('By file', bySource);
}

main();
