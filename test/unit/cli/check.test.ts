/**
 * The check CLI's argument handling, exit codes and output mapping, against a small fake Engine
 * (the real engine and index are exercised in check-e2e.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { decodeHtml, jsonLine, main, parseArgs, textReport, toJsonFinding, toJsonVerdict, USAGE, type Io } from '../../../src/cli/check';
import { documentFromHtml } from '../../../src/cli/html';
import type { Engine, Finding, JudgeOptions, PageSignals, Verdict } from '../../../src/core/types';

const REPO = resolve(__dirname, '../../..');

/** A finding with every field the engine may fill, including those the contract drops. */
const FULL: Finding = {
  reason: 'listed-domain',
  level: 'high',
  summary: 'Meta lists spoof.example as a Doppelganger site imitating The Example Post.',
  indicator: 'spoof.example',
  role: 'impersonation',
  campaign: { id: 'doppelganger', name: 'Doppelganger' },
  actor: { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' },
  impersonates: 'examplepost.com',
  outlet: 'The Example Post',
  evidence: { subject: 'spoof.example' },
  sources: [
    {
      id: 's1',
      publisher: 'Meta',
      title: 'Report',
      url: 'https://example.org/r',
      date: '2023-08',
      tier: 'primary-indicator-file',
      via: 'x',
    },
    { id: 's2', publisher: 'DOJ', title: 'Press release', url: 'https://example.org/p', tier: 'primary-report' },
  ],
};

const INFO: Finding = {
  reason: 'links-to-flagged',
  level: 'info',
  summary: 'This page links to a listed site.',
  evidence: { targets: ['https://spoof.example/'] },
  sources: [],
};

class TargetError extends Error {
  override name = 'TargetError';
}

interface Call {
  kind: 'judge' | 'judgeTarget';
  target: string;
  signals?: PageSignals;
}

function fakeEngine(): { engine: Engine; calls: Call[] } {
  const calls: Call[] = [];
  const verdictFor = (target: string): Verdict => {
    if (target.includes('spoof.example')) return { target, level: 'high', findings: [FULL] };
    if (target.includes('research.example')) return { target, level: 'info', findings: [INFO] };
    if (target.includes('crash.example')) throw new Error('boom');
    return { target, level: 'none', findings: [] };
  };
  const engine: Engine = {
    lists: { artifacts: [] } as unknown as Engine['lists'],
    judge(url: string, signals?: PageSignals, _options?: JudgeOptions): Verdict {
      calls.push({ kind: 'judge', target: url, signals });
      return verdictFor(url);
    },
    judgeTarget(target: string): Verdict {
      calls.push({ kind: 'judgeTarget', target });
      if (/\s|^@|^$/.test(target)) throw new TargetError(`cannot parse "${target}": expected a URL, a domain or a profile URL`);
      return verdictFor(target);
    },
    flagged: () => [],
  };
  return { engine, calls };
}

interface Run {
  code: number;
  out: string[];
  err: string[];
  calls: Call[];
}

async function run(argv: string[], env: Record<string, string | undefined> = {}, withEngine = true): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: REPO };
  const { engine, calls } = fakeEngine();
  const code = await main(argv, io, withEngine ? { engine } : {});
  return { code, out, err, calls };
}

describe('parseArgs', () => {
  it('reads options anywhere, --html in both spellings, and -- ends options', () => {
    expect(parseArgs(['a.example', '--json', '--html', 'f.html', 'b'])).toEqual({
      json: true,
      help: false,
      html: 'f.html',
      targets: ['a.example', 'b'],
      errors: [],
    });
    expect(parseArgs(['--html=f.html', 'u'])).toMatchObject({ html: 'f.html', targets: ['u'] });
    expect(parseArgs(['--', '--json', '-x'])).toMatchObject({ json: false, targets: ['--json', '-x'], errors: [] });
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it('reports unknown options, a missing --html value and a repeated --html', () => {
    expect(parseArgs(['--jsn', 'a']).errors).toEqual(['unknown option "--jsn" (see --help)']);
    expect(parseArgs(['a', '--html']).errors).toEqual(['--html needs a FILE']);
    expect(parseArgs(['--html', 'a', '--html', 'b', 'u']).errors).toEqual(['--html given more than once']);
  });
});

describe('JSON mapping', () => {
  it('keeps exactly the contract keys, in contract order', () => {
    const f = toJsonFinding(FULL);
    expect(Object.keys(f)).toEqual(['reason', 'level', 'summary', 'indicator', 'campaign', 'actor', 'impersonates', 'sources']);
    expect(f).toEqual({
      reason: 'listed-domain',
      level: 'high',
      summary: FULL.summary,
      indicator: 'spoof.example',
      campaign: { id: 'doppelganger', name: 'Doppelganger' },
      actor: { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' },
      impersonates: 'examplepost.com',
      sources: [
        { publisher: 'Meta', title: 'Report', url: 'https://example.org/r', date: '2023-08' },
        { publisher: 'DOJ', title: 'Press release', url: 'https://example.org/p', date: null },
      ],
    });
    for (const s of f.sources) expect(Object.keys(s)).toEqual(['publisher', 'title', 'url', 'date']);
  });

  it('omits optional keys when the finding has none, and drops extra fields on nested objects', () => {
    expect(toJsonFinding(INFO)).toEqual({ reason: 'links-to-flagged', level: 'info', summary: INFO.summary, sources: [] });
    const extra = { ...FULL, campaign: { id: 'c', name: 'C', extra: 1 } as Finding['campaign'] };
    expect(toJsonFinding(extra).campaign).toEqual({ id: 'c', name: 'C' });
  });

  it('names the target as typed and escapes separators and C1 controls in lines', () => {
    const v = toJsonVerdict('typed.example', { target: 'https://typed.example/', level: 'none', findings: [] });
    expect(v).toEqual({ target: 'typed.example', level: 'none', findings: [] });
    const line = jsonLine({ target: 'a\u2028b\u0085c', level: 'none', findings: [] });
    expect(line).toBe('{"target":"a\\u2028b\\u0085c","level":"none","findings":[]}');
    expect(JSON.parse(line).target).toBe('a\u2028b\u0085c');
  });
});

describe('readable report', () => {
  it('gives the level in words and every part of each finding', () => {
    const lines = textReport('spoof.example', { target: 'spoof.example', level: 'high', findings: [FULL] });
    expect(lines).toEqual([
      'spoof.example: HIGH: Documented influence operation',
      `  1. [high] ${FULL.summary}`,
      '     Matched: spoof.example',
      '     Campaign: Doppelganger (doppelganger)',
      '     Actor: Social Design Agency (Russia, RU)',
      '     Impersonates: examplepost.com',
      '     Sources:',
      '       - Meta, "Report", 2023-08',
      '         https://example.org/r',
      '       - DOJ, "Press release"',
      '         https://example.org/p',
    ]);
    expect(textReport('clean.example', { target: 'clean.example', level: 'none', findings: [] })).toEqual([
      'clean.example: NONE: Nothing known about this site',
      '  No findings.',
    ]);
  });

  it("names the level as the popup does: a named amplifier is not 'likely imitation'", () => {
    const amplifier = { ...FULL, reason: 'listed-account' as const, role: 'amplifier' as const, level: 'medium' as const };
    const [line] = textReport('x.com/someone', { target: 'x.com/someone', level: 'medium', findings: [amplifier] });
    expect(line).toBe('x.com/someone: MEDIUM: Named as spreading an operation’s content');
  });

  it('never lets page-derived text drive the terminal', () => {
    const evil = { ...INFO, summary: 'claims \u001b[31mred\u001b[0m \u202eevil' };
    const [, line] = textReport('x', { target: 'x', level: 'info', findings: [evil] });
    expect(line).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('main', () => {
  it('prints one JSON line per target and exits 0 whatever the levels', async () => {
    const r = await run(['--json', 'spoof.example', 'clean.example', 'https://research.example/a']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.map((l) => JSON.parse(l).level)).toEqual(['high', 'none', 'info']);
    expect(r.out.map((l) => JSON.parse(l).target)).toEqual(['spoof.example', 'clean.example', 'https://research.example/a']);
  });

  it('exits 2 on an unparseable target, after judging the others', async () => {
    const r = await run(['--json', 'spoof.example', '@someone', 'clean.example']);
    expect(r.code).toBe(2);
    expect(r.out.map((l) => JSON.parse(l).target)).toEqual(['spoof.example', 'clean.example']);
    expect(r.err).toEqual(['check: cannot parse "@someone": expected a URL, a domain or a profile URL']);
  });

  it('exits 2 on an unknown option, still judging the targets', async () => {
    const r = await run(['--verbose', 'clean.example']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['check: unknown option "--verbose" (see --help)']);
    expect(r.out).toEqual(['clean.example: NONE: Nothing known about this site', '  No findings.']);
  });

  it('exits 2 when there is no target, and 0 with usage for --help', async () => {
    const none = await run(['--json']);
    expect(none.code).toBe(2);
    expect(none.err).toEqual(['check: no TARGET given (see --help)']);
    expect(none.out).toEqual([]);
    const help = await run(['--help', 'x']);
    expect(help.code).toBe(0);
    expect(help.out).toEqual([USAGE]);
    expect(help.calls).toEqual([]);
  });

  it('separates readable reports with a blank line', async () => {
    const r = await run(['clean.example', 'other.example']);
    expect(r.out).toEqual([
      'clean.example: NONE: Nothing known about this site',
      '  No findings.',
      '',
      'other.example: NONE: Nothing known about this site',
      '  No findings.',
    ]);
  });

  it('exits 1 on an internal error, still judging the other targets', async () => {
    const r = await run(['--json', 'crash.example', 'clean.example']);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(1);
    expect(r.err[0]).toBe('check: internal error on "crash.example": boom');
  });
});

describe('main --html', () => {
  it('judges the page URL with the signals extracted from the file', async () => {
    const r = await run(['--json', '--html', 'test/fixtures/pages/wapo-clone.html', 'https://unlisted.example/2024/story']);
    expect(r.code).toBe(0);
    expect(r.calls).toHaveLength(1);
    const call = r.calls[0]!;
    expect(call.kind).toBe('judge');
    expect(call.target).toBe('https://unlisted.example/2024/story');
    expect(call.signals?.claimedNames).toContainEqual({ source: 'og:site_name', value: 'The Washington Post' });
    // Relative links resolve against the target URL, as in the browser.
    expect(call.signals?.links).toContain('https://unlisted.example/dc-md-va/');
    expect(JSON.parse(r.out[0]!).target).toBe('https://unlisted.example/2024/story');
  });

  it('exits 2 for a missing file, printing nothing for that page', async () => {
    const r = await run(['--json', '--html', 'test/fixtures/pages/does-not-exist.html', 'https://a.example/']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['check: --html test/fixtures/pages/does-not-exist.html: no such file or it cannot be read']);
  });

  it('exits 2 for a directory', async () => {
    const r = await run(['--html', 'test/fixtures/pages', 'https://a.example/']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['check: --html test/fixtures/pages: not a file']);
  });

  it('exits 2 unless there is exactly one target, judging the targets without the page', async () => {
    const two = await run(['--json', '--html', 'test/fixtures/pages/wapo-clone.html', 'spoof.example', 'clean.example']);
    expect(two.code).toBe(2);
    expect(two.err[0]).toMatch(/^check: --html takes exactly one TARGET/);
    expect(two.calls.map((c) => c.kind)).toEqual(['judgeTarget', 'judgeTarget']);
    expect(two.out).toHaveLength(2);
    const zero = await run(['--html', 'test/fixtures/pages/wapo-clone.html']);
    expect(zero.code).toBe(2);
    expect(zero.err).toEqual(['check: no TARGET given (see --help)']);
  });

  it('exits 2 when the target is not an http(s) URL', async () => {
    const r = await run(['--html', 'test/fixtures/pages/wapo-clone.html', 'washingtonpost.pm']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/TARGET must be the http\(s\) URL the page was served from/);
    expect(r.calls).toEqual([]);
  });

  it("never runs the page's scripts", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmask-cli-'));
    const file = join(dir, 'script.html');
    writeFileSync(
      file,
      `<html><head><title>Before</title><script>document.title = 'Script ran'; globalThis.__unmaskRan = true;</script></head>` +
        `<body><p>Body</p><img src="x" onerror="document.title='Handler ran'"></body></html>`,
    );
    const r = await run(['--html', file, 'https://a.example/']);
    expect(r.code).toBe(0);
    expect(r.calls[0]?.signals?.claimedNames).toEqual([{ source: 'title', value: 'Before' }]);
    expect((globalThis as Record<string, unknown>).__unmaskRan).toBeUndefined();
  });

  it('makes no network request for anything the page references', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const html =
      `<!doctype html><html><head><title>Net</title><meta http-equiv="refresh" content="0; url=${origin}/refresh">` +
      `<link rel="stylesheet" href="${origin}/style.css"><link rel="preload" as="fetch" href="${origin}/preload">` +
      `<link rel="icon" href="${origin}/favicon.ico"><script src="${origin}/script.js"></script>` +
      `<script type="module">import '${origin}/module.js';</script><script>fetch('${origin}/inline')</script></head>` +
      `<body><iframe src="${origin}/frame"></iframe><img src="${origin}/img.png" onerror="fetch('${origin}/onerror')">` +
      `<video src="${origin}/v.mp4"></video><object data="${origin}/obj"></object><p>Hello</p></body></html>`;
    const settle = () => new Promise((done) => setTimeout(done, 400));
    try {
      // Control: a happy-dom window with default settings does fetch the iframe, so this test
      // would see a request if documentFromHtml let one through.
      const control = new Window({ url: 'https://net.example/' });
      control.document.write(html);
      await settle();
      await control.happyDOM.close();
      expect(hits).toContain('/frame');
      hits.length = 0;

      const page = documentFromHtml(html, 'https://net.example/');
      await settle(); // longer than the CLI keeps a page open
      await page.close();
      expect(hits).toEqual([]);

      const dir = mkdtempSync(join(tmpdir(), 'unmask-cli-'));
      writeFileSync(join(dir, 'net.html'), html);
      const r = await run(['--json', '--html', join(dir, 'net.html'), 'https://net.example/']);
      expect(r.code).toBe(0);
      expect(r.err).toEqual([]);
      await settle();
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('index loading', () => {
  it('exits 2 with "run `npm run lists` first" when the index is missing', async () => {
    const r = await run(['clean.example'], { UNMASK_INDEX: 'test/fixtures/cli/no-such-index.json' }, false);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`check: no index at ${resolve(REPO, 'test/fixtures/cli/no-such-index.json')}: run \`npm run lists\` first`]);
  });

  it('exits 2 when the index is not a compiled index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmask-cli-'));
    // A format 3 index without its tables, an unknown format, a format 1 index without its lists.
    writeFileSync(join(dir, 'bad.json'), '{"format": 3}');
    writeFileSync(join(dir, 'future.json'), '{"format": 4, "indicators": []}');
    writeFileSync(join(dir, 'empty.json'), '{"format": 1}');
    writeFileSync(join(dir, 'broken.json'), '{');
    for (const name of ['bad.json', 'future.json', 'empty.json']) {
      const bad = await run(['clean.example'], { UNMASK_INDEX: join(dir, name) }, false);
      expect(bad.code).toBe(2);
      expect(bad.err[0]).toMatch(/is not a compiled Unmask index \(format 1 or 3\): run `npm run lists` again$/);
    }
    const broken = await run(['clean.example'], { UNMASK_INDEX: join(dir, 'broken.json') }, false);
    expect(broken.err[0]).toMatch(/is not valid JSON: run `npm run lists` again$/);
  });
});

describe('decodeHtml', () => {
  it('honours a BOM and a <meta charset>, else reads UTF-8', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><title>Caf'), 0xe9, ...Buffer.from('</title>')]);
    expect(decodeHtml(latin1)).toContain('<title>Café</title>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('<p>é</p>')]))).toBe('<p>é</p>');
    expect(decodeHtml(Buffer.from('<p>é</p>'))).toBe('<p>é</p>');
    expect(decodeHtml(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00]))).toBe('<p>');
  });
});
