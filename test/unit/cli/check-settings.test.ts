/**
 * `check --settings FILE` and `check --sensitivity LEVEL`: the CLI judges with the settings the
 * options page exports, read by the options page's own import and passed to the engine through the
 * background's own `judgeOptions`, so that it says what the extension says for the same settings;
 * and it reads a saved page's text exactly when the extension would.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main, parseArgs, toJsonVerdict, type Io, type JsonVerdict } from '../../../src/cli/check';
import { createEngine } from '../../../src/core/engine';
import type { Engine, JudgeOptions, PageSignals, Verdict } from '../../../src/core/types';
import { DEFAULT_SETTINGS, judgeOptions, type Settings } from '../../../src/extension/settings';
import { parseCompiled } from '../../../src/lists/compiled';
import { exportSettingsText, importSettingsText, MAX_IMPORT_BYTES } from '../../../src/ui/options-model';
import { installMessages } from '../ui/messages';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const FIXTURE_INDEX = 'test/fixtures/engine/lists.json';
const LEFTOVER = 'test/fixtures/pages/rewrite-leftover.html';
const PHRASE = 'S’il vous plaît, réécrivez cet article';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** The CLI on the fixture index (default), or on the shipped index (`real`: it has the text artifact). */
async function run(argv: string[], { real = false, engine }: { real?: boolean; engine?: Engine } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: real ? {} : { UNMASK_INDEX: FIXTURE_INDEX }, cwd: REPO };
  const code = await main(argv, io, engine ? { engine } : {});
  return { code, out, err };
}

const verdicts = (r: Run): JsonVerdict[] => r.out.map((l) => JSON.parse(l) as JsonVerdict);
const levels = (r: Run): string[] => verdicts(r).map((v) => v.level);

const dir = mkdtempSync(join(tmpdir(), 'unmask-settings-'));
let files = 0;
/** A settings file as the options page exports it. */
function exported(changes: Partial<Settings>): string {
  const path = join(dir, `settings-${++files}.json`);
  writeFileSync(path, exportSettingsText({ ...DEFAULT_SETTINGS, ...changes }));
  return path;
}
function rawFile(content: string | Buffer): string {
  const path = join(dir, `raw-${++files}.json`);
  writeFileSync(path, content);
  return path;
}

describe('parseArgs', () => {
  it('reads --settings and --sensitivity in both spellings', () => {
    expect(parseArgs(['--settings', 's.json', '--sensitivity=text', 'x.org'])).toEqual({
      json: false,
      help: false,
      settings: 's.json',
      sensitivity: 'text',
      targets: ['x.org'],
      errors: [],
    });
    expect(parseArgs(['--settings=s.json', '--sensitivity', 'documented', 'x.org'])).toMatchObject({
      settings: 's.json',
      sensitivity: 'documented',
    });
  });

  it('a missing or repeated value is a settings problem (nothing is judged), not an ordinary one', () => {
    expect(parseArgs(['x.org', '--settings']).settingsErrors).toEqual(['--settings needs a FILE']);
    expect(parseArgs(['x.org', '--sensitivity=']).settingsErrors).toEqual(['--sensitivity needs a LEVEL (documented, lookalikes or text)']);
    expect(parseArgs(['--settings', 'a', '--settings', 'b', 'x.org']).settingsErrors).toEqual(['--settings given more than once']);
    expect(parseArgs(['--sensitivity', 'text', '--sensitivity', 'text', 'x.org']).settingsErrors).toEqual([
      '--sensitivity given more than once',
    ]);
    expect(parseArgs(['--sensitivity', 'text', 'x.org']).errors).toEqual([]);
  });
});

describe('check --sensitivity', () => {
  it('documented leaves out lookalikes; lookalikes (the default) reports them; listed sites at every level', async () => {
    const targets = ['washingtonpost.news', 'washingtonpost.pm'];
    expect(levels(await run(['--json', ...targets]))).toEqual(['medium', 'high']);
    expect(levels(await run(['--json', '--sensitivity', 'lookalikes', ...targets]))).toEqual(['medium', 'high']);
    const documented = await run(['--json', '--sensitivity=documented', ...targets]);
    expect(documented.code).toBe(0);
    expect(levels(documented)).toEqual(['none', 'high']);
  });

  it('text finds the rewrite leftover in an --html page, which the default sensitivity does not report', async () => {
    const url = 'http://leftover.example/2024/03/energie/';
    const byDefault = await run(['--json', '--html', LEFTOVER, url], { real: true });
    expect(byDefault.err).toEqual([]);
    expect(verdicts(byDefault)).toEqual([{ target: url, level: 'none', findings: [] }]);
    expect(levels(await run(['--json', '--sensitivity', 'lookalikes', '--html', LEFTOVER, url], { real: true }))).toEqual(['none']);

    const text = await run(['--json', '--sensitivity', 'text', '--html', LEFTOVER, url], { real: true });
    expect(text.code).toBe(0);
    expect(text.err).toEqual([]);
    const [v] = verdicts(text);
    expect(v!.level).toBe('low');
    expect(v!.findings).toHaveLength(1);
    expect(v!.findings[0]).toMatchObject({ reason: 'rewrite-artifact', level: 'low', campaign: { id: 'storm-1516' } });
    expect(v!.findings[0]!.summary).toContain(PHRASE);
    // From the address alone there is no text to look at.
    expect(levels(await run(['--json', '--sensitivity', 'text', url], { real: true }))).toEqual(['none']);
  });

  it("a value that is not a level exits 2 with the settings' own message, judging nothing", async () => {
    const r = await run(['--json', '--sensitivity', 'txt', 'washingtonpost.pm']);
    expect(r).toEqual({ code: 2, out: [], err: ['check: --sensitivity txt: "sensitivity" must be one of documented, lookalikes, text.'] });
    const missing = await run(['--json', 'washingtonpost.pm', '--sensitivity']);
    expect(missing).toEqual({ code: 2, out: [], err: ['check: --sensitivity needs a LEVEL (documented, lookalikes or text)'] });
  });
});

describe('the page text is read exactly when the extension reads it', () => {
  /** An engine that records the signals it is given; `artifacts`: how many phrases its lists have. */
  function recording(artifacts: number): { engine: Engine; signals: (PageSignals | undefined)[] } {
    const signals: (PageSignals | undefined)[] = [];
    const none = (target: string): Verdict => ({ target, level: 'none', findings: [] });
    const engine: Engine = {
      lists: { artifacts: Array.from({ length: artifacts }, () => ({})) } as unknown as Engine['lists'],
      judge: (url: string, s?: PageSignals, _o?: JudgeOptions) => (signals.push(s), none(url)),
      judgeTarget: (target: string) => none(target),
      flagged: () => [],
    };
    return { engine, signals };
  }
  const url = 'http://leftover.example/';

  it('at the text sensitivity, on a site not trusted, when the lists have a phrase: the sample is read', async () => {
    const { engine, signals } = recording(1);
    await run(['--sensitivity', 'text', '--html', LEFTOVER, url], { engine });
    expect(signals[0]?.text).toContain(PHRASE);
    expect(signals[0]?.claimedNames).toEqual([{ source: 'title', value: "Le prix de l'énergie pèse sur les ménages" }]);
  });

  it("otherwise the page's prose is not read: default sensitivity, a trusted site, or no phrase in the lists", async () => {
    const cases: [string[], number][] = [
      [[], 1],
      [['--sensitivity', 'documented'], 1],
      [['--settings', exported({ sensitivity: 'text', allowlist: ['leftover.example'] })], 1],
      [['--sensitivity', 'text'], 0],
    ];
    for (const [args, artifacts] of cases) {
      const { engine, signals } = recording(artifacts);
      await run([...args, '--html', LEFTOVER, url], { engine });
      expect(signals, args.join(' ')).toHaveLength(1);
      expect(signals[0]?.text, args.join(' ')).toBeUndefined();
      // The rest of the page is read as before.
      expect(signals[0]?.claimedNames, args.join(' ')).toHaveLength(1);
    }
  });
});

describe('check --settings', () => {
  it('the sensitivity of the file', async () => {
    const r = await run(['--json', '--settings', exported({ sensitivity: 'documented' }), 'washingtonpost.news', 'washingtonpost.pm']);
    expect(r.code).toBe(0);
    expect(levels(r)).toEqual(['none', 'high']);
  });

  it('an operation switched off drops its findings; the others stay', async () => {
    const targets = ['washingtonpost.pm', 'rrn.media', 'https://x.com/institute_ibi'];
    const before = verdicts(await run(['--json', ...targets]));
    expect(before.map((v) => v.findings[0]?.campaign?.id)).toEqual(['doppelganger', 'doppelganger', 'burke-institute']);
    const after = verdicts(await run(['--json', '--settings', exported({ disabledCampaigns: ['doppelganger'] }), ...targets]));
    for (const v of after)
      expect(
        v.findings.filter((f) => f.campaign?.id === 'doppelganger'),
        v.target,
      ).toEqual([]);
    expect(after[1]).toEqual({ target: 'rrn.media', level: 'none', findings: [] });
    expect(after[2]).toEqual(before[2]);
  });

  it('a role switched off drops its findings', async () => {
    const r = await run(['--json', '--settings', exported({ disabledRoles: ['persona'] }), 'https://x.com/institute_ibi', 'rrn.media']);
    expect(levels(r)).toEqual(['none', 'high']);
  });

  it('a trusted site is judged none, under any sub-domain; other sites are not trusted by it', async () => {
    const r = await run([
      '--json',
      '--settings',
      exported({ allowlist: ['washingtonpost.pm'] }),
      'washingtonpost.pm',
      'https://www.washingtonpost.pm/x',
      'rrn.media',
    ]);
    expect(r.code).toBe(0);
    expect(verdicts(r)).toEqual([
      { target: 'washingtonpost.pm', level: 'none', findings: [] },
      { target: 'https://www.washingtonpost.pm/x', level: 'none', findings: [] },
      expect.objectContaining({ target: 'rrn.media', level: 'high' }),
    ]);
  });

  it('--sensitivity overrides the sensitivity of the file, and only that', async () => {
    const file = exported({ sensitivity: 'documented', disabledCampaigns: ['burke-institute'] });
    const r = await run([
      '--json',
      '--settings',
      file,
      '--sensitivity',
      'lookalikes',
      'washingtonpost.news',
      'https://x.com/institute_ibi',
    ]);
    expect(levels(r)).toEqual(['medium', 'none']);
    const text = exported({ sensitivity: 'text' });
    expect(levels(await run(['--json', '--settings', text, '--html', LEFTOVER, 'http://leftover.example/'], { real: true }))).toEqual([
      'low',
    ]);
    expect(
      levels(
        await run(['--json', '--settings', text, '--sensitivity', 'documented', '--html', LEFTOVER, 'http://leftover.example/'], {
          real: true,
        }),
      ),
    ).toEqual(['none']);
  });

  it('says what the extension says for the same settings: the engine with judgeOptions(settings)', async () => {
    const engine = createEngine(parseCompiled(readFileSync(join(REPO, FIXTURE_INDEX), 'utf8')));
    const targets = [
      'washingtonpost.pm',
      'washingtonpost.news',
      'https://www.washingtonpost.com/',
      'rrn.media',
      '0qrhv.top',
      'cache-dns.com',
      'https://x.com/institute_ibi',
      't.me/institute_ibi',
      'niothinker.com',
      'example.org',
      'gov.uk',
    ];
    const settingsList: Partial<Settings>[] = [
      {},
      { sensitivity: 'documented' },
      { sensitivity: 'text', disabledRoles: ['redirector', 'phishing'] },
      { disabledCampaigns: ['doppelganger', 'storm-2035'], allowlist: ['x.com'] },
      {
        allowlist: ['rrn.media', 'niothinker.com'],
        disabledRoles: ['persona'],
        warningBar: 'medium',
        linkMarkers: true,
        trainingMode: true,
      },
    ];
    for (const changes of settingsList) {
      const file = exported(changes);
      const r = await run(['--json', '--settings', file, ...targets]);
      expect(r.err).toEqual([]);
      const imported = importSettingsText(readFileSync(file, 'utf8'));
      if (!imported.ok) throw new Error(imported.error);
      const expected = targets.map((t) => toJsonVerdict(t, engine.judgeTarget(t, judgeOptions(imported.settings))));
      expect(verdicts(r), JSON.stringify(changes)).toEqual(expected);
    }
  });
});

describe('check --settings with a bad file: exit 2, one line naming the problem, nothing judged', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  it("a file the options page would refuse: the options page's own message", async () => {
    const contents = [
      '',
      '   \n',
      '{',
      'not json',
      '[]',
      '"text"',
      '{"sensitivity":"txt"}',
      '{"version":2}',
      '{"allowlist":"washingtonpost.pm"}',
      '{"disabledRoles":["nobody"]}',
      '{"sensitivity":"text","colour":"red"}',
      '{"__proto__":{"sensitivity":"text"}}',
    ];
    for (const content of contents) {
      const file = rawFile(content);
      const page = importSettingsText(content);
      expect(page.ok, content).toBe(false);
      const r = await run(['--json', '--settings', file, 'washingtonpost.pm', 'example.org']);
      expect(r, content).toEqual({ code: 2, out: [], err: [`check: --settings ${file}: ${(page as { error: string }).error}`] });
    }
    // For instance:
    const bad = rawFile('{"sensitivity":"txt"}');
    expect((await run(['--settings', bad, 'x.org'])).err).toEqual([
      `check: --settings ${bad}: These settings cannot be imported: "sensitivity" must be one of documented, lookalikes, text. Nothing changed.`,
    ]);
  });

  it('a file larger than the options page takes: its size message', async () => {
    const file = rawFile(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20));
    const r = await run(['--settings', file, 'x.org']);
    expect(r).toEqual({
      code: 2,
      out: [],
      err: [`check: --settings ${file}: This file is too large to be Unmask settings. Nothing changed.`],
    });
  });

  it('a missing file, or a directory', async () => {
    const missing = await run(['--settings', 'test/fixtures/no-such-settings.json', 'x.org']);
    expect(missing).toEqual({
      code: 2,
      out: [],
      err: ['check: --settings test/fixtures/no-such-settings.json: no such file or it cannot be read'],
    });
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect(await run(['--settings', folder, 'x.org'])).toEqual({ code: 2, out: [], err: [`check: --settings ${folder}: not a file`] });
  });

  it('a file with a BOM is read as the options page reads it (File.text() drops the BOM)', async () => {
    const file = rawFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"sensitivity":"documented"}')]));
    const r = await run(['--json', '--settings', file, 'washingtonpost.news']);
    expect(r.err).toEqual([]);
    expect(levels(r)).toEqual(['none']);
  });

  it('keys quoted from the file cannot drive the terminal', async () => {
    const file = rawFile('{"\\u001b[2J\\u202eevil":1}');
    const r = await run(['--settings', file, 'x.org']);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/Unknown setting: .*evil/);
    expect(r.err[0]).not.toMatch(/[\u001b\u202e]/);
  });
});
