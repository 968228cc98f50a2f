/**
 * "Check a source": a person types a URL, a domain or a profile URL and gets the verdict the engine
 * gives for it, without Unmask (or the browser) visiting it. The entrypoint passes `onCheck`, which
 * asks the background (`ui-bg-judge-target`), so the user's settings apply exactly as on a page.
 * The typed text and the verdict are rendered as text only.
 */
import { useRef, useState } from 'preact/hooks';
import type { Finding, Verdict } from '../../core/types';
import { MAX_TARGET_CHARS } from '../../extension/background/dispatch';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { LevelBanner, TrustedBanner } from './common';
import { FindingCard } from './FindingCard';
import { describeTrustEntry, isExplorableCampaign, trustedViewOf } from '../view-model';

export type CheckReply = { ok: true; verdict: Verdict } | { ok: false; error: string };

interface Props {
  onCheck: (target: string) => Promise<CheckReply>;
  lists: UiLists | null;
  /** Copies a finding's citation; resolves false when the clipboard refused. */
  onCopyCitation?: (finding: Finding, target: string) => Promise<boolean>;
  /** The explorer's address for a campaign, for "Explore <campaign>". */
  explorerHref?: (campaignId: string) => string;
  headingLevel?: 2 | 3;
  /** The report-style cards with the campaign block (explorer), or compact cards (popup). */
  detailed?: boolean;
}

type Result = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; text: string } | { kind: 'verdict'; verdict: Verdict };

export function SourceCheck({ onCheck, lists, onCopyCitation, explorerHref, headingLevel = 2, detailed = false }: Props) {
  const [value, setValue] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'idle' });
  const seq = useRef(0);
  const H = `h${headingLevel}` as 'h2';

  async function submit(event: Event) {
    event.preventDefault();
    const target = value.trim();
    if (target === '') return setResult({ kind: 'error', text: t('sourceCheckEmpty') });
    // The background refuses longer targets without an answer: say why here instead.
    if (target.length > MAX_TARGET_CHARS) return setResult({ kind: 'error', text: t('sourceCheckTooLong', MAX_TARGET_CHARS) });
    const mine = ++seq.current;
    setResult({ kind: 'busy' });
    let reply: CheckReply;
    try {
      reply = await onCheck(target);
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (mine !== seq.current) return;
    setResult(reply.ok ? { kind: 'verdict', verdict: reply.verdict } : { kind: 'error', text: t('sourceCheckError', reply.error) });
  }

  const verdict = result.kind === 'verdict' ? result.verdict : null;
  // A target the person trusts is `none` for the badge, but a check asks what the lists say: they
  // are shown under "You trust this site" rather than "Nothing known".
  const trusted = verdict ? trustedViewOf(verdict) : null;
  const findings = trusted?.findings ?? verdict?.findings ?? [];
  // Not a campaign of the person's own list: the explorer shows Unmask's lists only ("not found").
  const campaigns = [
    ...new Map(findings.filter((f) => isExplorableCampaign(f.campaign)).map((f) => [f.campaign!.id, f.campaign!])).values(),
  ];
  return (
    <section id="source-check" class="source-check" aria-labelledby="source-check-h">
      <H id="source-check-h">{t('sourceCheckTitle')}</H>
      <form class="source-check-form" onSubmit={submit} noValidate>
        <label for="source-check-input">{t('sourceCheckLabel')}</label>
        <p id="source-check-help" class="muted help">
          {t('sourceCheckHelp')}
        </p>
        <div class="source-check-row">
          <input
            id="source-check-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            maxLength={MAX_TARGET_CHARS + 1}
            value={value}
            aria-describedby="source-check-help"
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
          <button id="source-check-submit" type="submit" class="button-primary" disabled={result.kind === 'busy'}>
            {t('sourceCheckButton')}
          </button>
        </div>
      </form>
      <div id="source-check-result" class="source-check-result" data-state={result.kind} data-level={verdict?.level}>
        <p class="error" role="alert">
          {result.kind === 'error' ? result.text : ''}
        </p>
        {result.kind === 'busy' ? <p class="muted">{t('sourceCheckChecking')}</p> : null}
        {verdict ? (
          findings.length === 0 ? (
            <>
              {trusted ? (
                <TrustedBanner account={describeTrustEntry(trusted.entry)?.kind === 'account'} subject={verdict.target} />
              ) : (
                <LevelBanner level="none" subject={verdict.target} />
              )}
              <p class="headline-text">{t('sourceCheckNothing', verdict.target)}</p>
              <p>{t('sourceCheckNothingBody')}</p>
            </>
          ) : (
            <>
              {trusted ? (
                <TrustedBanner account={describeTrustEntry(trusted.entry)?.kind === 'account'} subject={verdict.target} />
              ) : (
                <LevelBanner level={verdict.level} subject={verdict.target} finding={findings[0]} />
              )}
              {findings.map((finding, i) => (
                <FindingCard
                  key={i}
                  finding={finding}
                  lists={lists}
                  index={1000 + i}
                  headingLevel={(headingLevel + 1) as 2 | 3}
                  detailed={detailed}
                  onCopyCitation={onCopyCitation ? (f) => onCopyCitation(f, verdict.target) : undefined}
                />
              ))}
              {explorerHref && campaigns.length > 0 ? (
                <ul class="explore-links">
                  {campaigns.map((c) => (
                    <li key={c.id}>
                      <a class="explore-link" href={explorerHref(c.id)} target="_blank" rel="noopener">
                        {t('exploreCampaign', lists?.campaigns.get(c.id)?.name ?? c.name)}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )
        ) : null}
      </div>
    </section>
  );
}
