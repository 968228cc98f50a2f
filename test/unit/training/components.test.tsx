// @vitest-environment happy-dom
/**
 * Training mode's pages and notes, rendered: the popup and the report say "Training example" for a
 * demo's state (and only then), and drop the actions that would act on a site nobody visited; the
 * index has a script per demo with the sources from the lists; each demo page shows its banner and
 * what its signals declare; the phishing mock cannot send anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import type { TabState } from '../../../src/extension/messages';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings';
import { OptionsView } from '../../../src/ui/components/OptionsView';
import { PopupView, type TrustProps } from '../../../src/ui/components/PopupView';
import { ReportView } from '../../../src/ui/components/ReportView';
import { TrainingDemo } from '../../../src/ui/components/TrainingDemo';
import { SCRIPT_KEYS, TrainingIndex } from '../../../src/ui/components/TrainingIndex';
import { BADGE } from '../../../src/extension/background/badge';
import { t } from '../../../src/ui/i18n';
import { indexLists } from '../../../src/ui/lists';
import { ARTIFACT_PHRASE, TRAINING_DEMO_IDS, TRAINING_DEMOS } from '../../../src/training/demos';
import { judgeTrainingDemo } from '../../../src/training/judge';
import { useRenderContainer } from '../ui/render';
import { parseCompiled } from '../../../src/lists/compiled';

// happy-dom replaces URL, so paths are built from the repository root (vitest runs there).
const ROOT = process.cwd();
const compiled = parseCompiled(readFileSync(join(ROOT, 'public/unmask-index.json'), 'utf8'));
const engine = createEngine(compiled);
const LISTS = indexLists(compiled);
const demoState = (id: (typeof TRAINING_DEMO_IDS)[number]) => judgeTrainingDemo(engine, { trainingMode: true }, id, 4)!;

let container: HTMLElement;
useRenderContainer((el) => {
  container = el;
});

const trust = (domain: string): TrustProps => ({
  target: { entry: domain, kind: 'site', label: domain },
  trustedNow: false,
  onTrust: () => {},
  onUntrust: () => {},
});

function popup(state: TabState) {
  render(
    <PopupView
      view={{ kind: 'state', state }}
      lists={LISTS}
      trust={trust('washingtonpost.pm')}
      mistakeHref="https://github.com/unmask-project/unmask/issues/new?title=x"
      onOpenReport={() => {}}
      onOpenOptions={() => {}}
    />,
    container,
  );
  return container;
}

describe('popup and report for a demo', () => {
  it('the popup shows the campaign and the "Training example" note with the simulated address; no trust or mistake action', () => {
    const root = popup(demoState('clone'));
    expect(root.querySelector('main')!.getAttribute('data-level')).toBe('high');
    const note = root.querySelector('#training-note')!;
    expect(note.textContent).toContain('Training example — not a real site');
    expect(note.textContent).toContain(TRAINING_DEMOS.clone.url);
    expect(root.textContent).toContain('Doppelganger');
    expect(root.querySelector('#trust-site')).toBeNull();
    expect(root.querySelector('#report-mistake')).toBeNull();
    expect(root.querySelector('#open-report')).not.toBeNull();
  });

  it("a real page's state has no training note, and keeps its actions", () => {
    const { training: _, ...real } = demoState('clone');
    const root = popup({ ...real, url: 'https://washingtonpost.pm/' });
    expect(root.querySelector('#training-note')).toBeNull();
    expect(root.querySelector('#trust-site')).not.toBeNull();
    expect(root.querySelector('#report-mistake')).not.toBeNull();
  });

  it('the report says "Training example" too', () => {
    render(
      <ReportView
        view={{ kind: 'state', state: demoState('persona') }}
        lists={LISTS}
        mistakeHref="https://github.com/x"
        onPrint={() => {}}
      />,
      container,
    );
    expect(container.querySelector('main')!.getAttribute('data-level')).toBe('high');
    expect(container.querySelector('#training-note')!.textContent).toContain('https://x.com/Allo_Afrique');
  });
});

describe('training index', () => {
  it('one script per demo: a link to open it, the four parts, and the cited sources with their addresses', () => {
    render(<TrainingIndex lists={LISTS} onPrint={() => {}} />, container);
    const scripts = container.querySelectorAll('section.training-script');
    expect(scripts.length).toBe(TRAINING_DEMO_IDS.length);
    for (const id of TRAINING_DEMO_IDS) {
      const section = container.querySelector(`#script-${id}`)!;
      expect(section.querySelector(`a#open-demo-${id}`)!.getAttribute('href')).toBe(`training.html?demo=${id}`);
      expect(section.querySelectorAll('h3').length).toBe(4);
      expect(section.textContent).toContain(TRAINING_DEMOS[id].url);
      const hrefs = [...section.querySelectorAll('.source-list a')].map((a) => a.getAttribute('href'));
      expect(hrefs.length).toBe(TRAINING_DEMOS[id].sources.length);
      for (const source of TRAINING_DEMOS[id].sources) expect(hrefs).toContain(LISTS.sources.get(source)!.url);
    }
    // Every string came from the catalogue (a missing key would show as the key itself).
    expect(container.textContent).not.toMatch(/training[A-Z]\w+/);
    expect(container.textContent).toContain('Training example — not a real site');
  });
});

describe('scripts match the engine', () => {
  it.each(TRAINING_DEMO_IDS)('%s: "what Unmask says" names the badge the demo really gets', (id) => {
    const level = demoState(id).verdict.level;
    const says = t(SCRIPT_KEYS[id].says);
    expect(says.startsWith(`Badge “${BADGE[level].text}” (${level})`), says).toBe(true);
  });
});

describe('demo pages', () => {
  it.each(TRAINING_DEMO_IDS)('%s: a permanent banner and the simulated address', (id) => {
    render(<TrainingDemo id={id} status={{ kind: 'judged', level: 'high' }} />, container);
    const banner = container.querySelector('.training-banner')!;
    expect(banner.getAttribute('role')).toBe('note');
    expect(banner.textContent).toContain('Training example — not a real site');
    expect(banner.textContent).toContain(TRAINING_DEMOS[id].url);
    expect(container.querySelector('.mock-address')!.textContent).toBe(TRAINING_DEMOS[id].url);
    expect(container.querySelector('main')!.getAttribute('data-demo')).toBe(id);
    expect(container.textContent).not.toMatch(/training[A-Z]\w+/);
  });

  it('the pages show what their signals declare: the claimed names and the leftover phrase', () => {
    render(<TrainingDemo id="clone" status={{ kind: 'pending' }} />, container);
    expect(container.querySelector('.mock-masthead')!.textContent).toBe('The Washington Post');
    render(<TrainingDemo id="brand" status={{ kind: 'pending' }} />, container);
    expect(container.querySelector('.mock-masthead')!.textContent).toBe('Nio Thinker');
    render(<TrainingDemo id="artifacts" status={{ kind: 'pending' }} />, container);
    expect(container.querySelector('.mock-leftover')!.textContent).toBe(ARTIFACT_PHRASE);
    expect(TRAINING_DEMOS.artifacts.signals.text).toContain(ARTIFACT_PHRASE);
    render(<TrainingDemo id="redirect" status={{ kind: 'pending' }} />, container);
    // The redirect chain is shown as text: no link to the clone to click.
    expect(container.querySelector('a[href*="washingtonpost.pm"]')).toBeNull();
    expect(container.textContent).toContain(TRAINING_DEMOS.redirect.signals.links![0]!);
  });

  it('the phishing mock has no working form: no action, every input and button disabled', () => {
    render(<TrainingDemo id="phishing" status={{ kind: 'pending' }} />, container);
    const form = container.querySelector('form#mock-signin') as HTMLFormElement;
    expect(form.hasAttribute('action')).toBe(false);
    const controls = [...form.querySelectorAll('input, button')] as (HTMLInputElement | HTMLButtonElement)[];
    expect(controls.length).toBe(3);
    for (const c of controls) expect(c.disabled).toBe(true);
    expect(form.querySelector('button')!.getAttribute('type')).toBe('button');
  });

  it('a failed judgement says so in the banner', () => {
    render(<TrainingDemo id="clone" status={{ kind: 'failed' }} />, container);
    expect(container.querySelector('#training-status')!.textContent).toContain('did not judge');
    expect(container.querySelector('main')!.hasAttribute('data-level')).toBe(false);
  });
});

describe('options', () => {
  const props = { lists: LISTS, onChange: async () => true, onExport: () => {} };
  it('links to the training page only when training mode is on', () => {
    render(<OptionsView settings={{ ...DEFAULT_SETTINGS, trainingMode: false }} {...props} />, container);
    expect(container.querySelector('#open-training')).toBeNull();
    render(<OptionsView settings={{ ...DEFAULT_SETTINGS, trainingMode: true }} {...props} />, container);
    expect(container.querySelector('a#open-training')!.getAttribute('href')).toBe('training.html');
  });
});

it('training components never set HTML from strings', () => {
  for (const file of ['TrainingDemo.tsx', 'TrainingIndex.tsx', 'TrainingNote.tsx']) {
    const source = readFileSync(join(ROOT, 'src/ui/components', file), 'utf8');
    expect(source, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  }
});
