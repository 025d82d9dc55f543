import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean';
import { browser } from 'wxt/browser';
import { appearanceAttributes, useAppearance, useAppearanceOn } from '@/hooks/use-appearance';
import { CleanView } from '@/components/CleanView';
import { StateMessage } from '@/components/StateMessage';
import { AutoCleanSwitch } from '@/components/AutoCleanSwitch';
import {
  cleanTab,
  POPUP_SHOWN_MARK,
  resolveTargetTab,
  type CleanTabApi,
  type TabOutcome,
  type TargetTab,
} from '@/utils/extension/clean-request/tab';
import { readerInTab, type ReaderTabApi } from '@/utils/extension/clean-request/reader';
import {
  EMPTY_VIEW,
  recallOutcome,
  rememberOutcome,
  rememberView,
  type SessionArea,
  type ViewState,
} from '@/utils/extension/clean-request/session-result';
import type { ForbiddenReason } from '@/utils/extension/forbidden-url';
import { t, uiTranslator } from '@/utils/extension/i18n';
import { articleWhy } from '@/utils/view';

/** Below this, cleaning feels instant and a "Cleaning…" flash would only flicker. */
const SHOW_LOADING_AFTER_MS = 300;

type PopupState = { state: 'loading' } | TabOutcome;

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The real API, seen through the narrow interface the cleaning flow is written (and tested) against. */
const api = browser as unknown as CleanTabApi;
const session = (): SessionArea => browser.storage.session as unknown as SessionArea;

const FORBIDDEN_HINTS: Record<ForbiddenReason, Parameters<typeof t>[0]> = {
  'browser-page': 'stateForbiddenBrowserPage',
  store: 'stateForbiddenStore',
  pdf: 'stateForbiddenPdf',
  file: 'stateForbiddenFile',
};

export function App({ search = location.search }: { search?: string }) {
  const [view, setView] = useState<PopupState>({ state: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [slow, setSlow] = useState(false);
  // The reader's changes to the article, as kept for this tab; `saved` orders the writes.
  const [initialView, setInitialView] = useState<ViewState>(EMPTY_VIEW);
  const saved = useRef<Promise<void>>(Promise.resolve());
  const appearance = useAppearance();
  useAppearanceOn(document.documentElement, appearance);

  const run = async (force: boolean, target: TargetTab | null = tab) => {
    setView({ state: 'loading' });
    setSlow(false);
    const timer = setTimeout(() => setSlow(true), SHOW_LOADING_AFTER_MS);
    try {
      const resolved = target ?? (await resolveTargetTab(api, search));
      setTab(resolved);
      // Opened again on the same page: what it showed last time, without cleaning again.
      const remembered = force ? null : await recallOutcome(session(), resolved);
      if (remembered) {
        setInitialView(remembered.view);
        setView(remembered.outcome);
        return;
      }
      const outcome = await cleanTab(api, resolved, force);
      setInitialView(EMPTY_VIEW);
      setView(outcome);
      remember(resolved, outcome);
    } catch (error) {
      setView({ state: 'error', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  };

  // A layout effect: the clean starts before the first frame is painted, not after it.
  useLayoutEffect(() => {
    void run(false, null);
  }, []);

  // Preact runs effects after the frame is painted: the mark is when the answer was on screen.
  useEffect(() => {
    if (view.state === 'loading') return;
    const result = view.state === 'article' || view.state === 'not-article' ? view.result : undefined;
    performance.mark(POPUP_SHOWN_MARK, { detail: { state: view.state, timingsMs: result?.timingsMs ?? null } });
  }, [view]);

  const remember = (target: TargetTab, outcome: TabOutcome) => {
    // After the article is painted: serialising a large result is not worth delaying it.
    saved.current = saved.current.then(afterPaint).then(() => rememberOutcome(session(), target, outcome));
  };
  const viewChanged = (state: ViewState) => {
    if (!tab) return;
    saved.current = saved.current.then(() => rememberView(session(), tab, state));
  };

  const cleanAnyway = () => {
    if (view.state === 'not-article' && view.result) {
      const outcome: TabOutcome = { state: 'article', result: view.result };
      setView(outcome);
      if (tab) remember(tab, outcome);
    } else void run(true);
  };

  const [readerFailed, setReaderFailed] = useState(false);
  // "Print" is the reader's: the popup cannot print the article alone, the reader's print frame can.
  const openInReader = async (result: CleanResult, action: 'open' | 'print' = 'open') => {
    if (!tab) return;
    try {
      const answer = await readerInTab(browser as unknown as ReaderTabApi, tab.id, action, result);
      if (!answer.shown) throw new Error(answer.error ?? 'not shown');
      window.close();
    } catch {
      setReaderFailed(true);
    }
  };

  const inWindow = new URLSearchParams(search).has('tabId');
  return (
    <main
      class={`sift-root sift-popup${inWindow ? ' sift-in-window' : ''}`}
      data-testid="popup"
      data-state={view.state}
      {...appearanceAttributes(appearance)}
    >
      {view.state === 'loading' ? (
        <div class="sift-state" aria-busy="true">
          {slow ? (
            <p class="sift-state-message" role="status">
              <span class="sift-spinner" aria-hidden="true" />
              {t('stateCleaning')}
            </p>
          ) : null}
        </div>
      ) : null}

      {view.state === 'article' ? (
        <CleanView
          result={view.result}
          showImages={false}
          initialView={initialView}
          onViewChange={viewChanged}
          shortcutScope={document}
          onPrint={(shown) => void openInReader(shown, 'print')}
          menu={
            <>
              {tab?.url ? <AutoCleanSwitch url={tab.url} /> : null}
              <button
                type="button"
                class="sift-link"
                data-testid="open-in-reader"
                onClick={() => void openInReader(view.result)}
              >
                {t('openInReader')}
              </button>
              {readerFailed ? (
                <span class="sift-inline-error" role="alert">
                  {t('openInReaderFailed')}
                </span>
              ) : null}
              <button
                type="button"
                class="sift-link"
                data-testid="settings-link"
                onClick={() => void browser.runtime.openOptionsPage()}
              >
                {t('settingsLink')}
              </button>
            </>
          }
        />
      ) : null}

      {view.state === 'not-article' && view.reason === 'too-large' ? (
        <StateMessage icon="page" message={t('stateTooLarge')} hint={t('stateTooLargeHint')} />
      ) : null}

      {view.state === 'not-article' && view.reason !== 'too-large' ? (
        <StateMessage
          icon="page"
          message={view.reason === 'empty-page' ? t('stateEmptyPage') : t('stateNotArticle')}
          hint={(view.result && articleWhy(view.result.articleReason, uiTranslator)) || t('stateNotArticleHint')}
        >
          <button type="button" class="sift-button sift-primary" data-testid="clean-anyway" onClick={cleanAnyway}>
            {t('cleanAnyway')}
          </button>
        </StateMessage>
      ) : null}

      {view.state === 'forbidden' ? (
        <StateMessage icon="lock" message={t('stateForbidden')} hint={t(FORBIDDEN_HINTS[view.reason])} />
      ) : null}

      {view.state === 'error' ? (
        <StateMessage icon="warning" message={t('stateError')} hint={t('stateErrorHint')}>
          <button type="button" class="sift-button" onClick={() => void run(false)}>
            {t('retry')}
          </button>
          <pre class="sift-error-detail" data-testid="error-detail" aria-label={t('errorDetailLabel')}>
            {view.detail}
          </pre>
        </StateMessage>
      ) : null}
    </main>
  );
}
