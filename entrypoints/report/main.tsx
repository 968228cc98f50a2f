/**
 * Full report wiring: `report.html?tab=<id>`. The report is a snapshot of the tab's state when it
 * was opened (a journalist files it; it must not change under them when the tab navigates on). It
 * always loads the index: the report shows every campaign's names, attribution and sources.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hostOfUrl } from '../../src/core/hosts';
import type { Finding } from '../../src/core/types';
import type { PageView } from '../../src/ui/components/common';
import { ReportView } from '../../src/ui/components/ReportView';
import { extensionUrl, extensionVersion, listsInUse, loadLists, requestTabState, targetTab } from '../../src/ui/extension-api';
import { initI18n, t, uiLang } from '../../src/ui/i18n';
import type { UiLists } from '../../src/ui/lists';
import { findingCitation, reportMistakeUrl } from '../../src/ui/view-model';
import { freshness, type Freshness } from '../../src/ui/freshness';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/report.css';

function Report() {
  // "Lists of <date>": the lists in use, from a small stored record or the build's own date.
  const [fresh, setFresh] = useState<Freshness | null>(null);
  useEffect(() => {
    void listsInUse().then(
      (lists) => setFresh(lists ? freshness(lists, new Date(), uiLang()) : null),
      () => undefined,
    );
  }, []);
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const [lists, setLists] = useState<UiLists | null>(null);
  const [fullAddress, setFullAddress] = useState(false);

  useEffect(() => {
    void (async () => {
      const tab = await targetTab(location.search);
      const [state, loaded] = await Promise.all([tab.id === undefined ? Promise.resolve(null) : requestTabState(tab.id), loadLists()]);
      setLists(loaded);
      if (state) {
        document.title = `${t('reportTitle')}: ${hostOfUrl(state.url) ?? state.url}`;
        setView({ kind: 'state', state });
      } else {
        setView({ kind: 'not-judged', url: tab.url });
      }
    })();
  }, []);

  const state = view.kind === 'state' ? view.state : null;
  return (
    <ReportView
      freshness={fresh}
      view={view}
      lists={lists}
      mistakeHref={state ? reportMistakeUrl(state, extensionVersion(), fullAddress ? 'full' : 'site') : null}
      fullAddress={fullAddress}
      onFullAddress={setFullAddress}
      onCopyCitation={
        state
          ? async (finding: Finding) => {
              try {
                await navigator.clipboard.writeText(findingCitation(finding, state.url, fullAddress ? 'full' : 'page'));
                return true;
              } catch {
                return false;
              }
            }
          : undefined
      }
      onPrint={() => window.print()}
      explorerHref={(id) => extensionUrl(`/explorer.html#campaign=${encodeURIComponent(id)}`)}
    />
  );
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = t('reportTitle');
  render(<Report />, document.getElementById('app')!);
});
