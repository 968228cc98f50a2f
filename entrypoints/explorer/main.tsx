/**
 * Explorer wiring: the compiled index is fetched once from the extension's own files and the
 * search model is built once; the route is the address's hash (`#campaign=<id>`), so every view
 * has a link. "Check a source" asks the background (`ui-bg-judge-target`), as the popup does.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { requestJudgeTarget } from '../../src/tools/judge-target-api';
import { buildExplorerModel, parseExplorerHash, type ExplorerModel } from '../../src/tools/explorer-model';
import { ExplorerView } from '../../src/ui/components/Explorer';
import { extensionUrl, fetchLocalizedLists } from '../../src/ui/extension-api';
import { initI18n, t } from '../../src/ui/i18n';
import { indexLists, type UiLists } from '../../src/ui/lists';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/report.css';
import '../../src/ui/styles/explorer.css';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function Explorer() {
  const [model, setModel] = useState<ExplorerModel | null>(null);
  const [uiLists, setUiLists] = useState<UiLists | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [route, setRoute] = useState(() => parseExplorerHash(location.hash));

  useEffect(() => {
    void (async () => {
      try {
        const { compiled: data, inEnglish } = await fetchLocalizedLists();
        setModel(buildExplorerModel(data));
        setUiLists(indexLists(data, inEnglish));
      } catch (e) {
        setError(t('bulkListsError', e instanceof Error ? e.message : String(e)));
      }
    })();
    const onHash = () => setRoute(parseExplorerHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const name = route.campaign
      ? model?.campaignById.get(route.campaign)?.name
      : route.actor
        ? model?.actorById.get(route.actor)?.name
        : undefined;
    document.title = name ? `${name}: ${t('explorerTitle')}` : `${t('explorerTitle')}: ${t('extName')}`;
  }, [route, model]);

  return (
    <ExplorerView
      model={model}
      uiLists={uiLists}
      error={error}
      route={route}
      onCheck={(target) => requestJudgeTarget(target, t('sourceCheckNoAnswer'))}
      onCopy={copy}
      campaignLink={(id) => extensionUrl(`/explorer.html#campaign=${encodeURIComponent(id)}`)}
    />
  );
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = t('explorerTitle');
  render(<Explorer />, document.getElementById('app')!);
});
