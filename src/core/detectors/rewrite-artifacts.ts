/**
 * Detector 5: machine-rewrite leftovers in the page text ("As an AI language model", a prompt
 * echoed into a CopyCop article). A weak sign on its own: `low`, and only with sensitivity `text`.
 *
 * The text sample (capped at 300 KB) is lower-cased once; each phrase is compiled at load
 * into a regular expression whose words are joined by `\s+`, so that any run of whitespace or line
 * breaks in the page matches the single spaces of the phrase without rewriting the whole text
 * (a global whitespace replace over the whole sample costs more than all the phrases). V8 scans for the literal
 * first word, so each phrase is cheap; should the list grow to hundreds of
 * phrases, an Aho-Corasick automaton over whitespace-collapsed windows would replace the loop
 * without changing this interface.
 * The extractor excludes quotes and code, so a research page quoting a leftover does not carry it
 * in `signals.text`; and `low` never becomes more than `low`.
 */
import type { Finding, JudgeOptions, TextArtifact } from '../types';
import { artifactSummary } from '../summaries';
import { artifactMessage } from '../i18n/build';
import { type Catalog, campaignRef, sourceRefs, withCampaign } from './catalog';

export const MAX_TEXT = 300 * 1024;

export interface ArtifactIndex {
  phrases: { artifact: TextArtifact; pattern: RegExp }[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildArtifactIndex(artifacts: readonly TextArtifact[]): ArtifactIndex {
  const phrases: ArtifactIndex['phrases'] = [];
  for (const artifact of artifacts) {
    if (!artifact || typeof artifact.phrase !== 'string') continue;
    const words = artifact.phrase.toLowerCase().trim().split(/\s+/);
    // Very short phrases would match ordinary prose.
    if (words.join(' ').length < 8) continue;
    // Apostrophes are typed straight or curly ("S’il" / "S'il"): either matches.
    const source = words
      .map(escapeRegExp)
      .join('\\s+')
      .replace(/['\u2018\u2019]/g, "['\u2018\u2019]");
    phrases.push({ artifact, pattern: new RegExp(source) });
  }
  return { phrases };
}

export function detectArtifacts(index: ArtifactIndex, catalog: Catalog, text: unknown, options: JudgeOptions): Finding[] {
  if (typeof text !== 'string' || text === '' || index.phrases.length === 0) return [];
  const haystack = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).toLowerCase();
  const out: Finding[] = [];
  for (const { artifact, pattern } of index.phrases) {
    if (!pattern.test(haystack)) continue;
    const campaigns = (artifact.campaigns ?? []).filter((c) => !options.disabledCampaigns?.includes(c));
    if (artifact.campaigns?.length && campaigns.length === 0) continue;
    const sources = sourceRefs(catalog, artifact.sources);
    const campaignId = campaigns[0];
    const campaignName = campaignId ? campaignRef(catalog, campaignId).name : null;
    const finding: Finding = {
      reason: 'rewrite-artifact',
      level: 'low',
      summary: artifactSummary(artifact.phrase, campaignName ?? 'influence operation', sources),
      message: artifactMessage(artifact.phrase, campaignName, sources),
      evidence: { phrase: artifact.phrase },
      sources,
    };
    out.push(campaignId ? withCampaign(catalog, finding, campaignId) : finding);
  }
  return out;
}
