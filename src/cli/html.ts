/**
 * A happy-dom document for an HTML file, as the content script would see the page: the URL is
 * the one the page was served from, and nothing runs or loads (no scripts, no stylesheets, no
 * frames, no navigation, no network), because the file may be a hostile page.
 *
 * Node only (the CLI and tests); never imported by the extension.
 */
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  /** Frees happy-dom's resources. */
  close(): Promise<void>;
}

export function documentFromHtml(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableImageFileLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        // Belt and braces: any request that still gets through is refused here.
        interceptor: {
          beforeAsyncRequest: async () => {
            throw new Error('network access is disabled');
          },
          beforeSyncRequest: () => {
            throw new Error('network access is disabled');
          },
        },
      },
    },
  });
  const document = window.document;
  document.write(html);
  return {
    document: document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
