/**
 * Popup wiring: finds the tab (`?tab=<id>` when opened as a page, as the real-browser tests do;
 * else the active tab), asks the background for its state, loads the index only when it adds
 * something (a campaign to describe, or the counts for "what Unmask checked"), and re-asks when the
 * background's per-tab state or the settings change (after "trust this site").
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../../src/extension/settings';
import type { PageView } from '../../src/ui/components/common';
import { PopupView } from '../../src/ui/components/PopupView';
import { SourceCheck } from '../../src/ui/components/SourceCheck';
import { requestJudgeTarget } from '../../src/tools/judge-target-api';
import { demoOfTrainingPage } from '../../src/training/demos';
import {
  extensionUrl,
  extensionVersion,
  listsInUse,
  loadLists,
  requestTabState,
  targetTab,
  updateSettings,
} from '../../src/ui/extension-api';
import { initI18n, t, uiLang } from '../../src/ui/i18n';
import type { UiLists } from '../../src/ui/lists';
import { withAllowed, withoutAllowed } from '../../src/ui/options-model';
import { findingCitation, isCheckableUrl, reportMistakeUrl, trustTargetOf } from '../../src/ui/view-model';
import { freshness, type Freshness } from '../../src/ui/freshness';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/popup.css';
import '../../src/ui/styles/explorer.css';

function Popup() {
  // "Lists of <date>": the lists in use, from a small stored record or the build's own date.
  const [fresh, setFresh] = useState<Freshness | null>(null);
  useEffect(() => {
    void listsInUse().then(
      (lists) => setFresh(lists ? freshness(lists, new Date(), uiLang()) : null),
      () => undefined,
    );
  }, []);
  const [tab, setTab] = useState<{ id?: number; url?: string; fromParam: boolean } | null>(null);
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const [lists, setLists] = useState<UiLists | null>(null);
  const [trustedNow, setTrustedNow] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const latest = useRef(0);

  const refresh = useCallback(async (current: { id?: number; url?: string }) => {
    if (current.id === undefined) return setView({ kind: 'unavailable' });
    // A training demo tab (training.html?demo=...) is an extension page the background judged as its demo.
    const demoTab = demoOfTrainingPage(current.url, extensionUrl('/')) !== null;
    if (current.url !== undefined && !demoTab && !isCheckableUrl(current.url)) return setView({ kind: 'unavailable', url: current.url });
    // Storage events can start several requests at once: only the newest answer is shown.
    const seq = ++latest.current;
    const state = await requestTabState(current.id);
    if (seq !== latest.current) return;
    if (!state) return setView({ kind: 'not-judged', url: current.url });
    setView({ kind: 'state', state });
    const clean = state.verdict.findings.length === 0 && !state.allowlisted;
    // A trusted page is explained with what the lists know about it (Verdict.trusted).
    const known = state.verdict.trusted?.findings ?? state.verdict.findings;
    if (clean || known.some((f) => f.campaign)) setLists(await loadLists());
  }, []);

  useEffect(() => {
    void targetTab(location.search).then((current) => {
      setTab(current);
      void refresh(current);
    });
  }, [refresh]);

  useEffect(() => {
    if (!tab) return;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' || (area === 'local' && SETTINGS_KEY in changes)) void refresh(tab);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tab, refresh]);

  const state = view.kind === 'state' ? view.state : null;
  // On a platform: the page's account, never the platform (src/core/allowlist.ts).
  const target = state ? trustTargetOf(state.url) : null;

  async function trust() {
    if (!target) return;
    setError(undefined);
    if (await updateSettings((s) => withAllowed(s, target.entry))) setTrustedNow(true);
    else setError(t('trustFailed'));
    settleLater();
  }
  async function untrust(entry: string) {
    setError(undefined);
    if (await updateSettings((s) => withoutAllowed(s, entry))) setTrustedNow(false);
    else setError(t('trustFailed'));
    settleLater();
  }
  /** The background re-judges the tab on the settings change; ask again in case no change event reaches us. */
  function settleLater() {
    if (tab) setTimeout(() => void refresh(tab), 600);
  }

  return (
    <PopupView
      freshness={fresh}
      view={view}
      lists={lists}
      trust={{ target, trustedNow, error, onTrust: trust, onUntrust: untrust }}
      mistakeHref={state ? reportMistakeUrl(state, extensionVersion()) : null}
      onOpenReport={
        tab?.id !== undefined
          ? () => {
              void browser.tabs.create({ url: extensionUrl(`/report.html?tab=${tab.id}`) });
              if (!tab.fromParam) window.close();
            }
          : null
      }
      onCopyCitation={async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      }}
      onOpenTool={(tool) => {
        void browser.tabs.create({ url: extensionUrl(tool === 'explorer' ? '/explorer.html' : '/bulk.html') });
        if (!tab?.fromParam) window.close();
      }}
      onOpenExplorer={(id) => {
        void browser.tabs.create({ url: extensionUrl(`/explorer.html#campaign=${encodeURIComponent(id)}`) });
        if (!tab?.fromParam) window.close();
      }}
      sourceCheck={
        <SourceCheck
          lists={lists}
          onCheck={async (target) => {
            const reply = await requestJudgeTarget(target, t('sourceCheckNoAnswer'));
            // A verdict that names a campaign is explained with the index, as the tab's own is.
            if (reply.ok && reply.verdict.findings.some((f) => f.campaign) && !lists) setLists(await loadLists());
            return reply;
          }}
          onCopyCitation={async (finding, target) => {
            try {
              await navigator.clipboard.writeText(findingCitation(finding, target));
              return true;
            } catch {
              return false;
            }
          }}
          explorerHref={(id) => extensionUrl(`/explorer.html#campaign=${encodeURIComponent(id)}`)}
        />
      }
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        if (!tab?.fromParam) window.close();
      }}
    />
  );
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = t('extName');
  render(<Popup />, document.getElementById('app')!);
});
