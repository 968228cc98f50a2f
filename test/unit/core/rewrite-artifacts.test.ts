import { describe, expect, it } from 'vitest';
import { NOW, engine, only, reasons } from './fixture';

const PROMPT =
  'It is important to note that this article is written with the context provided by the text prompt. It highlights the cynical tone.';
const judge = (text: string, options = {}) =>
  engine.judge('https://some-local-news.example/story', { text }, { now: NOW, sensitivity: 'text', ...options });

describe('rewrite-artifacts detector', () => {
  it('finds a listed phrase, case- and whitespace-insensitively: low, with its campaign and source', () => {
    const f = only(judge(`Lorem ipsum. ${PROMPT.toUpperCase().replace(/ /g, '\n  ')} Dolor.`), 'rewrite-artifact');
    expect(f).toMatchObject({
      level: 'low',
      campaign: { id: 'storm-1516' },
      evidence: { phrase: 'this article is written with the context provided by the text prompt' },
    });
    expect(f.sources.map((s) => s.id)).toEqual(['recorded-future-copycop-2024-05']);
    expect(f.summary).toContain('on its own this is a weak sign');
  });
  it('only with sensitivity text', () => {
    expect(judge(PROMPT, { sensitivity: 'lookalikes' }).level).toBe('none');
    expect(judge(PROMPT, { sensitivity: 'documented' }).level).toBe('none');
    expect(engine.judge('https://some-local-news.example/story', { text: PROMPT }, { now: NOW }).level).toBe('none');
  });
  it('ordinary text, partial phrases and disabled campaigns give nothing', () => {
    expect(judge('This article is written with care and the context of the story.').level).toBe('none');
    expect(judge('written with the context provided by the text').level).toBe('none');
    expect(judge(PROMPT, { disabledCampaigns: ['storm-1516'] }).level).toBe('none');
    expect(judge('').level).toBe('none');
    expect(engine.judge('https://x.example/', { text: 42 as unknown as string }, { sensitivity: 'text' }).level).toBe('none');
  });
  it('reads at most 300 KB of text', () => {
    const filler = 'a'.repeat(300 * 1024);
    expect(reasons(judge(`${PROMPT} ${filler}`))).toEqual(['low:rewrite-artifact']);
    expect(judge(`${filler} ${PROMPT}`).level).toBe('none');
  });
});

describe('rewrite-artifacts: apostrophes and punctuation', () => {
  it('matches straight and curly apostrophes alike, and escapes regex characters', async () => {
    const { buildArtifactIndex, detectArtifacts } = await import('../../../src/core/detectors/rewrite-artifacts');
    const { buildCatalog } = await import('../../../src/core/detectors/catalog');
    const { lists } = await import('./fixture');
    const artifact = {
      id: 'x',
      phrase: 'S’il vous plaît, réécrivez cet article (version 2.0)',
      lang: 'fr',
      note: 'n',
      campaigns: ['storm-1516'],
      sources: [],
    };
    const index = buildArtifactIndex([artifact]);
    const catalog = buildCatalog(lists);
    expect(detectArtifacts(index, catalog, "Texte. S'il vous plaît,  réécrivez cet article (version 2.0) fin.", {})).toHaveLength(1);
    expect(detectArtifacts(index, catalog, 'S’il vous plaît, réécrivez cet article (version 2x0)', {})).toHaveLength(0);
  });
});
