import { describe, expect, it } from 'vitest';
import { BULK_LIMITS, looksLikeTarget, parseBulkInput, parseCsv } from '../../../src/tools/bulk-input';

describe('parseBulkInput: plain text', () => {
  it('one target per line; blank lines and # comments skipped; line numbers kept; CRLF and CR accepted', () => {
    const r = parseBulkInput('# my list\r\nwashingtonpost.pm\r\n\r\n  https://x.com/institute_ibi  \rspiegel.ltd\n# end\n');
    expect(r.format).toBe('text');
    expect(r.targets).toEqual([
      { line: 2, value: 'washingtonpost.pm' },
      { line: 4, value: 'https://x.com/institute_ibi' },
      { line: 5, value: 'spiegel.ltd' },
    ]);
  });
  it('drops a BOM and repeats (case-insensitively), counting them', () => {
    const r = parseBulkInput('\uFEFFwashingtonpost.pm\nWashingtonPost.pm\nwashingtonpost.pm\n');
    expect(r.targets).toEqual([{ line: 1, value: 'washingtonpost.pm' }]);
    expect(r.duplicates).toBe(2);
  });
  it('a list of URLs whose paths hold commas stays plain text', () => {
    const r = parseBulkInput('https://a.example/x,y\nhttps://b.example/p,q,r\nhttps://c.example/\n');
    expect(r.format).toBe('text');
    expect(r.targets.map((t) => t.value)).toEqual(['https://a.example/x,y', 'https://b.example/p,q,r', 'https://c.example/']);
  });
  it('keeps what it cannot parse (the engine says why), and an empty input gives nothing', () => {
    expect(parseBulkInput('@someone\nnot a url\n').targets.map((t) => t.value)).toEqual(['@someone', 'not a url']);
    expect(parseBulkInput('').targets).toEqual([]);
    expect(parseBulkInput('\n\n# only comments\n').targets).toEqual([]);
  });
  it('10,000 lines parse quickly, in order, and the cap truncates', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `site${i}.example`);
    const started = performance.now();
    const r = parseBulkInput(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.targets).toHaveLength(10_000);
    expect(r.targets[9_999]).toEqual({ line: 10_000, value: 'site9999.example' });
    const capped = parseBulkInput(lines.join('\n'), { maxTargets: 100 });
    expect(capped.targets).toHaveLength(100);
    expect(capped.truncated).toBe(9_900);
  });
});

describe('parseBulkInput: CSV', () => {
  it('takes the named column of a header, with quoted fields, "" escapes and line breaks inside quotes', () => {
    const csv = 'id,"Note, free text",URL\r\n1,"said ""hello""",washingtonpost.pm\r\n2,"two\nlines",https://x.com/institute_ibi\r\n3,,\r\n';
    const r = parseBulkInput(csv);
    expect(r.format).toBe('csv');
    expect(r.column).toBe('URL');
    expect(r.targets).toEqual([
      { line: 2, value: 'washingtonpost.pm' },
      { line: 3, value: 'https://x.com/institute_ibi' },
    ]);
  });
  it('recognises domain and handle headers, tab and semicolon delimiters, and a BOM before the header', () => {
    expect(parseBulkInput('\uFEFFname;domain\nA;spiegel.ltd\nB;bild.work\n').targets.map((t) => t.value)).toEqual([
      'spiegel.ltd',
      'bild.work',
    ]);
    const tsv = parseBulkInput('handle\tfollowers\nhttps://x.com/a\t10\nhttps://x.com/b\t20\n');
    expect(tsv.column).toBe('handle');
    expect(tsv.targets.map((t) => t.value)).toEqual(['https://x.com/a', 'https://x.com/b']);
  });
  it('without a known header, picks the column that looks like addresses', () => {
    const r = parseBulkInput('seen,where\n2024-01-02,washingtonpost.pm\n2024-01-03,spiegel.ltd\n');
    expect(r.column).toBe('where');
    expect(r.targets.map((t) => t.value)).toEqual(['washingtonpost.pm', 'spiegel.ltd']);
    const noHeader = parseBulkInput('2024-01-02,washingtonpost.pm\n2024-01-03,spiegel.ltd\n');
    expect(noHeader.column).toBe('column 2');
    expect(noHeader.targets).toHaveLength(2);
  });
  it("parseCsv follows RFC 4180 and keeps each record's first line", () => {
    expect(parseCsv('a,"b,c","d""e"\n"f\ng",h', ',')).toEqual([
      { line: 1, cells: ['a', 'b,c', 'd"e'] },
      { line: 2, cells: ['f\ng', 'h'] },
    ]);
  });
  it('looksLikeTarget: addresses yes, words and dates no', () => {
    for (const v of ['washingtonpost.pm', 'https://x.com/a', 'x.com/a', 'xn--icrosoft-g89c.com']) expect(looksLikeTarget(v), v).toBe(true);
    for (const v of ['', 'hello', '2024-01-02', '10', 'a b.com', '@name']) expect(looksLikeTarget(v), v).toBe(false);
  });
});

describe('parseBulkInput: one-column CSV', () => {
  it('a lone header line names the column and is not a target', () => {
    const r = parseBulkInput('\uFEFFDomain\r\nwashingtonpost.pm\r\nspiegel.ltd\r\n');
    expect(r).toMatchObject({ format: 'csv', column: 'Domain' });
    expect(r.targets).toEqual([
      { line: 2, value: 'washingtonpost.pm' },
      { line: 3, value: 'spiegel.ltd' },
    ]);
  });
  it('a header word later in the list is just a line (the engine reports it)', () => {
    expect(parseBulkInput('washingtonpost.pm\nurl\n').targets.map((t) => t.value)).toEqual(['washingtonpost.pm', 'url']);
  });
});

describe('parseBulkInput: pathological input is bounded', () => {
  it('one line of millions of commas: at most BULK_LIMITS.cells cells, and quickly', () => {
    const text = `https://rrn.media/${','.repeat(3_000_000)}\nhttps://x.com/name,a,b`;
    const started = performance.now();
    const records = parseCsv(text, ',');
    expect(records[0]!.cells.length).toBe(BULK_LIMITS.cells);
    const parsed = parseBulkInput(`url,other\n${','.repeat(3_000_000)}\nhttps://x.com/name,a`);
    // Scoring columns was once per cell of that line: seconds. Bounded, it is well under one.
    expect(performance.now() - started).toBeLessThan(2500);
    expect(parsed.targets.map((t) => t.value)).toEqual(['https://x.com/name']);
  });
  it('a cell is kept to BULK_LIMITS.cellChars characters', () => {
    const [record] = parseCsv(`"${'a'.repeat(100_000)}",b`, ',');
    expect(record!.cells).toEqual(['a'.repeat(BULK_LIMITS.cellChars), 'b']);
  });
  it('input over BULK_LIMITS.chars is refused as too large, without being read', () => {
    const parsed = parseBulkInput(`https://rrn.media/\n${'x'.repeat(BULK_LIMITS.chars)}`);
    expect(parsed).toEqual({ format: 'text', targets: [], duplicates: 0, truncated: 0, tooLarge: true });
  });
});
