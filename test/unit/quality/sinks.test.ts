/**
 * Lint rule: no HTML or code sinks in the extension's and CLI's source ("a lint rule forbids
 * page data in innerHTML and similar sinks"). Page-derived strings (titles, site names, handles,
 * link text) must only ever reach the DOM as text (Preact escapes text; `textContent` is text).
 *
 * The rule scans every source file under `src/` and `entrypoints/` (ts, tsx, js, mjs, html) with
 * comments removed (a comment that says "we never use innerHTML" is not a use), and fails listing
 * file:line for every sink not on the allowlist below. Strings are scanned: `el['innerHTML']`,
 * `setAttribute('srcdoc', ...)` are caught too.
 *
 * The allowlist is keyed by file, sink AND the exact line, so a second use in an allowed file
 * still fails. Keep it empty for the extension; every entry says why it is safe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SCANNED_DIRS = ['src', 'entrypoints'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '.html']);

const SINKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  // The attribute or property, not the address `about:srcdoc` (a URL the background classifies).
  { name: 'srcdoc', pattern: /(?<!about:)\bsrcdoc\b/i },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
];

interface Allowed {
  file: string;
  sink: string;
  /** The exact line, trimmed. */
  line: string;
  why: string;
}

const ALLOWLIST: readonly Allowed[] = [
  {
    file: 'src/cli/html.ts',
    sink: 'document.write',
    line: 'document.write(html);',
    why:
      'The CLI (`check --html FILE`, Node only, never bundled into the extension) parses a saved page into ' +
      'a happy-dom window created with JavaScript evaluation, file loading and network disabled: this is ' +
      'the parser entry point, and the document is only read by extractSignals, never shown.',
  },
];

export interface Hit {
  file: string;
  line: number;
  sink: string;
  text: string;
}

/**
 * Blanks comments (keeping newlines, so line numbers hold) and keeps strings and code. Handles
 * '...', "...", `...` (with ${...} nesting), // and block comments; regex literals are rare enough
 * in this code base that treating them as code is fine (a `//` inside one would only hide the rest
 * of that line, and the patterns above are not regular expressions we write).
 */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  const templateDepth: number[] = []; // brace depth at which each open `${` returns to a template
  let braces = 0;
  let mode: 'code' | "'" | '"' | '`' = 'code';
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (mode === 'code') {
      if (c === '/' && next === '/') {
        while (i < n && source[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && next === '*') {
        i += 2;
        while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
          if (source[i] === '\n') out += '\n';
          i++;
        }
        i += 2;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') mode = c;
      else if (c === '{') braces++;
      else if (c === '}') {
        if (templateDepth.length && templateDepth[templateDepth.length - 1] === braces) {
          templateDepth.pop();
          mode = '`';
        } else braces--;
      }
      out += c;
      i++;
      continue;
    }
    // In a string.
    if (c === '\\') {
      out += c + (next ?? '');
      i += 2;
      continue;
    }
    if (mode === '`' && c === '$' && next === '{') {
      templateDepth.push(braces);
      mode = 'code';
      out += '${';
      i += 2;
      continue;
    }
    if (c === mode || (c === '\n' && mode !== '`')) mode = 'code';
    out += c;
    i++;
  }
  return out;
}

export function scanSource(file: string, source: string): Hit[] {
  const hits: Hit[] = [];
  const code = extname(file) === '.html' ? source.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')) : stripComments(source);
  const lines = code.split('\n');
  const original = source.split('\n');
  lines.forEach((text, index) => {
    for (const sink of SINKS) {
      if (sink.pattern.test(text)) hits.push({ file, line: index + 1, sink: sink.name, text: (original[index] ?? '').trim() });
    }
  });
  return hits;
}

function isAllowed(hit: Hit, allowlist: readonly Allowed[]): boolean {
  return allowlist.some((a) => a.file === hit.file && a.sink === hit.sink && a.line === hit.text);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (EXTENSIONS.has(extname(name))) out.push(path);
  }
  return out;
}

function violations(hits: Hit[], allowlist: readonly Allowed[]): string[] {
  return hits.filter((h) => !isAllowed(h, allowlist)).map((h) => `${h.file}:${h.line}: ${h.sink}: ${h.text}`);
}

describe('lint: no HTML or code sinks in src/ and entrypoints/', () => {
  it('finds no sink outside the commented allowlist (file:line listed on failure)', () => {
    const files = SCANNED_DIRS.flatMap((d) => filesUnder(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(30);
    const hits = files.flatMap((f) => scanSource(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(violations(hits, ALLOWLIST)).toEqual([]);
    // Every allowlist entry is still needed (a stale entry would quietly allow a future use).
    for (const a of ALLOWLIST)
      expect(
        hits.some((h) => isAllowed(h, [a])),
        `stale allowlist entry ${a.file}`,
      ).toBe(true);
    // None of them is in the extension itself.
    expect(
      ALLOWLIST.filter((a) => a.file.startsWith('entrypoints/') || a.file.startsWith('src/extension/') || a.file.startsWith('src/ui/')),
    ).toEqual([]);
  });

  it('catches every sink in a seeded fixture, in code and in strings, and ignores comments', () => {
    const fixture = [
      'el.innerHTML = page.title;', // 1
      'el.outerHTML = x;', // 2
      "el.insertAdjacentHTML('beforeend', name);", // 3
      'document.write(html);', // 4
      'document.writeln(html);', // 5
      '<div dangerouslySetInnerHTML={{ __html: name }} />', // 6
      '<iframe srcDoc={page} />', // 7
      "frame.setAttribute('srcdoc', page);", // 8
      "const f = new Function('return ' + code);", // 9
      'const r = eval(code);', // 10
      "el['innerHTML'] = name;", // 11
      '// el.innerHTML = x; a comment is not a use', // 12
      '/* el.outerHTML = x;', // 13
      '   eval(x) still a comment */', // 14
      'const s = "// not a comment"; el.innerHTML = s;', // 15
      'const t = `${a /* c */}`; evaluate(x); retrieval(x); obj.eval(x);', // 16: none
      'range.createContextualFragment(html);', // 17
      'document.write(html);', // 18: same line as the allowed one, another file
      "const blank = url === 'about:srcdoc';", // 19: an address, not the attribute: none
      "frame.srcdoc = 'about:srcdoc';", // 20
    ].join('\n');
    const hits = scanSource('src/fixture.tsx', fixture);
    const lines = [...new Set(hits.map((h) => h.line))].sort((a, b) => a - b);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 17, 18, 20]);
    expect(new Set(hits.map((h) => h.sink))).toEqual(
      new Set([
        'innerHTML',
        'outerHTML',
        'insertAdjacentHTML',
        'document.write',
        'dangerouslySetInnerHTML',
        'srcdoc',
        'new Function',
        'eval(',
        'createContextualFragment',
      ]),
    );
    // The allowlist is per file and line: the allowed CLI line elsewhere is still a violation.
    expect(violations(hits, ALLOWLIST)).toContain('src/fixture.tsx:18: document.write: document.write(html);');
    // A second sink in the allowed file is not allowed either.
    const again = scanSource('src/cli/html.ts', 'document.write(html);\ndocument.write(other);');
    expect(violations(again, ALLOWLIST)).toEqual(['src/cli/html.ts:2: document.write: document.write(other);']);
  });

  it('scans HTML entry points with their comments removed', () => {
    const hits = scanSource('entrypoints/x/index.html', '<!-- innerHTML -->\n<script>document.body.innerHTML = location.hash</script>');
    expect(hits.map((h) => `${h.line} ${h.sink}`)).toEqual(['2 innerHTML']);
  });
});
