/**
 * Parses what a journalist pastes or drops on the bulk page into targets to judge: plain text (one
 * URL, domain or profile URL per line) or CSV/TSV (a header naming a URL/domain/handle column, or
 * the column that looks most like addresses). Pure: no DOM, so it is tested on 10,000 lines in Node.
 *
 * Blank lines and `#` comments are skipped; duplicates are judged once (the first line is kept);
 * a BOM is dropped. Nothing is judged here: `judgeTarget` decides what it can parse.
 */

export interface BulkTarget {
  /** 1-based line (record) number in the input, for "line 12: cannot parse". */
  line: number;
  value: string;
}

export interface BulkInput {
  format: 'text' | 'csv';
  /** The CSV column the targets came from (its header, or `column N`). */
  column?: string;
  targets: BulkTarget[];
  /** Lines left out as duplicates of an earlier line. */
  duplicates: number;
  /** Lines beyond `maxTargets`, not included. */
  truncated: number;
  /** Set when the input is over BULK_LIMITS.chars: nothing was read (no targets). */
  tooLarge?: true;
}

/**
 * Bounds: the input is attacker-shaped (a file someone sent the journalist), and the page must stay
 * usable whatever it holds. One line of millions of commas made millions of cells and then scored
 * every one of those columns; a 20 MB file took seconds on the page's thread. The bulk page parses
 * in a worker (entrypoints/bulk), refuses input over `chars` with a message saying so, reads at most
 * `cells` cells of a record and keeps at most `cellChars` characters of a cell (an address is
 * shorter; the rest is dropped), and detects the delimiter on the first `sampleChars` of a line.
 */
export const BULK_LIMITS = {
  chars: 5_000_000,
  cells: 1000,
  cellChars: 8192,
  sampleChars: 65_536,
} as const;

export interface BulkParseOptions {
  /** At most this many targets (default 50,000): a pasted file must not hang the page. */
  maxTargets?: number;
}

/** Header names that name the column to judge, best first. */
const TARGET_HEADERS = [
  'url',
  'urls',
  'link',
  'links',
  'target',
  'targets',
  'domain',
  'domains',
  'host',
  'hostname',
  'website',
  'site',
  'handle',
  'handles',
  'account',
  'accounts',
  'profile',
  'profile url',
  'indicator',
  'value',
];

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * RFC 4180 records: quoted fields may hold the delimiter, `""` and line breaks. Each record keeps
 * the 1-based line on which it starts.
 */
export function parseCsv(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          if (cell.length < BULK_LIMITS.cellChars) cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line++;
        if (cell.length < BULK_LIMITS.cellChars) cell += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      // Past the cell limit, the rest of the record's cells are not kept (nor is the text scanned
      // twice: the loop goes on to the record's end).
      if (cells.length < BULK_LIMITS.cells) cells.push(cell);
      cell = '';
      fieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (cells.length < BULK_LIMITS.cells) cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      fieldStart = true;
      line++;
      start = line;
    } else {
      if (cell.length < BULK_LIMITS.cellChars) cell += ch;
      if (!(ch === ' ' && fieldStart)) fieldStart = false;
    }
  }
  if (cell !== '' || cells.length > 0) {
    if (cells.length < BULK_LIMITS.cells) cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}

/** Whether a cell reads like something `judgeTarget` can take: a URL, a host, a profile URL. */
export function looksLikeTarget(cell: string): boolean {
  const v = cell.trim();
  if (v === '' || /\s/.test(v)) return false;
  if (/^https?:\/\//i.test(v)) return true;
  return /^[^\s/@.][^\s/]*\.[a-z\u00a1-\uffff0-9-]{2,}(?::\d+)?(\/.*)?$/i.test(v);
}

function isBlankOrComment(line: string): boolean {
  const v = line.trim();
  return v === '' || v.startsWith('#');
}

/**
 * CSV when the first line names a known column, or when the first data lines all split into the
 * same number (more than one) of cells. A plain list of URLs whose paths hold a comma splits
 * unevenly and stays plain text; a tab never occurs in a URL.
 */
function detectDelimiter(sample: readonly string[]): string | null {
  for (const d of DELIMITERS) {
    const first = parseCsv(sample[0] ?? '', d)[0]?.cells ?? [];
    if (first.length > 1 && first.some((c) => TARGET_HEADERS.includes(normalHeader(c)))) return d;
  }
  for (const d of DELIMITERS) {
    const counts = sample.map((l) => parseCsv(l, d)[0]?.cells.length ?? 0);
    if (counts[0]! > 1 && counts.every((n) => n === counts[0])) {
      if (d !== '\t' && sample.every((l) => /^https?:\/\//i.test(l.trim()))) continue;
      return d;
    }
  }
  return null;
}

function normalHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[_-]+/g, ' ');
}

export function parseBulkInput(input: string, options: BulkParseOptions = {}): BulkInput {
  const maxTargets = options.maxTargets ?? 50_000;
  if (input.length > BULK_LIMITS.chars) return { format: 'text', targets: [], duplicates: 0, truncated: 0, tooLarge: true };
  const text = input.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const sample = lines
    .filter((l) => !isBlankOrComment(l))
    .slice(0, 20)
    .map((l) => l.slice(0, BULK_LIMITS.sampleChars));
  const delimiter = sample.length > 0 ? detectDelimiter(sample) : null;

  const seen = new Set<string>();
  const targets: BulkTarget[] = [];
  let duplicates = 0;
  let truncated = 0;
  const add = (line: number, raw: string) => {
    const value = raw.trim();
    if (value === '' || value.startsWith('#')) return;
    // Duplicates are the same text ignoring case: hosts are case-insensitive, and a list with the
    // same domain twice should not show it twice.
    const key = value.toLowerCase();
    if (seen.has(key)) {
      duplicates++;
      return;
    }
    if (targets.length >= maxTargets) {
      truncated++;
      return;
    }
    seen.add(key);
    targets.push({ line, value });
  };

  if (!delimiter) {
    // A one-column CSV: its header ("url", "domain") is a column name, not a target.
    const first = lines.findIndex((l) => !isBlankOrComment(l));
    const header = first >= 0 && TARGET_HEADERS.includes(normalHeader(lines[first]!)) ? first : -1;
    lines.forEach((l, i) => {
      if (i !== header) add(i + 1, l);
    });
    return header >= 0
      ? { format: 'csv', column: lines[header]!.trim(), targets, duplicates, truncated }
      : { format: 'text', targets, duplicates, truncated };
  }

  const records = parseCsv(text, delimiter).filter((r) => !(r.cells.length === 1 && isBlankOrComment(r.cells[0]!)));
  if (records.length === 0) return { format: 'csv', targets, duplicates, truncated };
  const head = records[0]!.cells.map(normalHeader);
  let column = -1;
  for (const name of TARGET_HEADERS) {
    column = head.indexOf(name);
    if (column >= 0) break;
  }
  const hasHeader = column >= 0 || !records[0]!.cells.some(looksLikeTarget);
  const body = hasHeader ? records.slice(1) : records;
  if (column < 0) {
    // No named column: the one whose cells most often look like addresses (in the first 200 rows).
    const width = Math.max(...body.slice(0, 200).map((r) => r.cells.length), 0);
    let bestScore = 0;
    for (let c = 0; c < width; c++) {
      const score = body.slice(0, 200).filter((r) => looksLikeTarget(r.cells[c] ?? '')).length;
      if (score > bestScore) {
        bestScore = score;
        column = c;
      }
    }
    if (column < 0) column = 0;
  }
  for (const record of body) add(record.line, record.cells[column] ?? '');
  const header = hasHeader ? records[0]!.cells[column]?.trim() : undefined;
  return { format: 'csv', column: header || `column ${column + 1}`, targets, duplicates, truncated };
}
