import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean';
import { copyPayload, writeToClipboard, type ClipboardEnv } from '@/utils/extension/clipboard';
import {
  copyFormatSetting,
  figureKindsSetting,
  includeCaptionsSetting,
  includeSourceSetting,
  includeTitleSetting,
} from '@/utils/extension/settings';
import type { CopyFormat } from '@/utils/format';
import { t } from '@/utils/extension/i18n';
import { saveFile } from '@/utils/extension/save-file';
import {
  blocksWithRemovedInPlace,
  readingMinutesOf,
  resultWithRestored,
  shownBlocks,
  shownKeyFigures,
  toggleRestored,
  wholeTextResult,
} from '@/utils/view';
import type { ViewState } from '@/utils/extension/clean-request/session-result';
import { SettingsAlert } from '@/components/SettingsAlert';
import { useSetting } from '@/hooks/use-setting';
import { AppearanceChoices } from './AppearanceChoices';
import { useReadAloud } from '@/hooks/use-read-aloud';
import { ArticleHeader, ArticleMeta } from './ArticleHeader';
import { ArticleView } from './ArticleView';
import { CopyBar, isTextField } from './CopyBar';
import { HelpPanel } from './HelpPanel';
import { IncompleteNotice } from './IncompleteNotice';
import { KeyFigureStrip } from './KeyFigureStrip';
import { KindDescriptions } from './Legend';
import { ReadAloudBar, ReadAloudButton, useReadAloudKeys } from './ReadAloud';
import { RemovedPanel } from './RemovedPanel';
import { ToolbarPopover } from './ToolbarPopover';

export interface CleanViewProps {
  result: CleanResult;
  /** The in-page reader shows the article's images; the popup does not load remote images. */
  showImages: boolean;
  /** At the toolbar's start, before the site and reading time (the reader's brand). */
  leading?: ComponentChildren;
  /** At the toolbar's end (the reader's "Show original"). */
  actions?: ComponentChildren;
  /** What the header menu (⋯) holds: the popup's auto-clean switch and settings link. None: no menu. */
  menu?: ComponentChildren;
  /** The appearance panel offers the column width (the in-page reader; the popup's width is fixed). */
  widthChoice?: boolean;
  /** Where the keyboard shortcuts listen. */
  shortcutScope?: Node | null;
  clipboardEnv?: ClipboardEnv;
  /** Prints the article as shown (the menu's "Print" and Ctrl+P); none: no Print. */
  onPrint?: (shown: CleanResult) => void;
  /** Where the save link is attached while it is clicked (the reader's shadow root); none: detached. */
  saveIn?: ParentNode;
  /** The reader's changes to start from: the popup reopened on a page it showed before. */
  initialView?: ViewState;
  /** Called when the reader restores a block or toggles "Show removed in place". */
  onViewChange?: (view: ViewState) => void;
}

type Popover = 'appearance' | 'help' | 'menu' | null;

/** How long a figure glows after its chip is clicked, so the eye finds it. */
const FLASH_MS = 1600;
/** How many frames a chip clicked before the whole article is rendered waits for its figure. */
const JUMP_WAIT_FRAMES = 300;

/**
 * The whole cleaned-article experience, shared by the popup and the in-page reader. When the
 * article may be incomplete, a notice says so and switches the view between the cleaned article
 * and the page's whole readable text (the same view, fed the other text).
 */
export function CleanView(props: CleanViewProps) {
  const whole = useMemo(() => wholeTextResult(props.result), [props.result]);
  const [showingWhole, setShowingWhole] = useState(false);
  if (!whole) return <CleanViewBody {...props} notice={null} />;
  const notice = <IncompleteNotice showingWhole={showingWhole} onToggle={() => setShowingWhole((now) => !now)} />;
  return <CleanViewBody {...props} result={showingWhole ? whole : props.result} notice={notice} />;
}

function CleanViewBody(props: CleanViewProps & { notice: ComponentChildren }) {
  const {
    notice,
    result,
    showImages,
    leading,
    actions,
    menu,
    widthChoice = false,
    shortcutScope,
    clipboardEnv,
    onPrint,
    saveIn,
    initialView,
    onViewChange,
  } = props;
  const [kinds] = useSetting(figureKindsSetting);
  const [primary] = useSetting(copyFormatSetting);
  const [includeTitle, setIncludeTitle] = useSetting(includeTitleSetting);
  const [includeSource, setIncludeSource] = useSetting(includeSourceSetting);
  const [includeCaptions, setIncludeCaptions] = useSetting(includeCaptionsSetting);
  const [restoredIds, setRestoredIds] = useState<ReadonlySet<string>>(() => new Set(initialView?.restoredIds));
  // Removed blocks shown in place come back with their list open, where the toggle is.
  const [panelOpen, setPanelOpen] = useState(initialView?.removedInPlace ?? false);
  const [removedInPlace, setRemovedInPlace] = useState(initialView?.removedInPlace ?? false);
  const [popover, setPopover] = useState<Popover>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [readAloudOpen, setReadAloudOpen] = useState(false);

  const shown = useMemo(() => shownBlocks(result, restoredIds), [result, restoredIds]);
  // What the article shows; counts, chips and Copy follow `shown`, the article as it reads.
  const displayed = useMemo(
    () => (removedInPlace ? blocksWithRemovedInPlace(result, restoredIds) : shown),
    [removedInPlace, result, restoredIds, shown],
  );
  const minutes = useMemo(() => readingMinutesOf(shown.map((s) => s.block.text)), [shown]);
  const keyFigures = useMemo(
    () => shownKeyFigures(result, shown).filter((f) => kinds.includes(f.kind)),
    [result, shown, kinds],
  );

  // Read aloud speaks what is on screen: restored blocks too, still-removed ones shown in place not.
  const reading = useReadAloud({ shown, lang: result.lang, scrollRef, active: readAloudOpen });
  const showReadAloud = (open: boolean) => {
    if (!open) reading.controls.stop();
    setReadAloudOpen(open);
  };
  useReadAloudKeys(shortcutScope, reading, readAloudOpen, showReadAloud);

  // The story takes focus as soon as it shows, so Space, PageDown and the arrows scroll it at once.
  useEffect(() => {
    scrollRef.current?.focus({ preventScroll: true });
  }, []);

  useOpenPopoverDismissal(viewRef, popover, setPopover);

  useEffect(() => {
    if (!shortcutScope) return;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key !== '?' || key.ctrlKey || key.metaKey || key.altKey || isTextField(key)) return;
      key.preventDefault();
      setPopover((open) => (open === 'help' ? null : 'help'));
    };
    shortcutScope.addEventListener('keydown', onKey);
    return () => shortcutScope.removeEventListener('keydown', onKey);
  }, [shortcutScope]);

  // Ctrl+P (⌘P) prints the article, not the page or popup around it.
  const print = onPrint ? () => onPrint(resultWithRestored(result, restoredIds)) : undefined;
  useEffect(() => {
    if (!shortcutScope || !print) return;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key.toLowerCase() !== 'p' || !(key.ctrlKey || key.metaKey) || key.altKey || key.shiftKey) return;
      key.preventDefault();
      setPopover(null);
      print();
    };
    shortcutScope.addEventListener('keydown', onKey);
    return () => shortcutScope.removeEventListener('keydown', onKey);
  });

  // Not on the first render: that is the state the view started from. A layout effect runs in
  // the same task as the click that changed the view, so the write is asked for before the
  // popup can be closed (a passive effect waits for the next frame and is lost with the popup).
  const reported = useRef(false);
  useLayoutEffect(() => {
    if (!reported.current) {
      reported.current = true;
      return;
    }
    onViewChange?.({ restoredIds: [...restoredIds], removedInPlace });
  }, [restoredIds, removedInPlace]);

  const toggleRestore = useCallback((blockId: string) => {
    setRestoredIds((current) => toggleRestored(current, blockId));
  }, []);

  const jump = (markId: string, frames = JUMP_WAIT_FRAMES) => {
    const mark = scrollRef.current?.querySelector<HTMLElement>(`#${cssEscape(markId)}`);
    if (!mark) {
      // A long article's later blocks come a moment after its first (ArticleView's progressive pass).
      const article = scrollRef.current?.querySelector('[data-testid=article]');
      if (frames > 0 && article && !article.hasAttribute('data-complete'))
        requestAnimationFrame(() => jump(markId, frames - 1));
      return;
    }
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    mark.classList.add('sift-flash');
    setTimeout(() => mark.classList.remove('sift-flash'), FLASH_MS);
  };

  const copy = async (format: CopyFormat) => {
    const payload = copyPayload(resultWithRestored(result, restoredIds), format, {
      includeTitle,
      includeSource,
      includeCaptions,
    });
    await writeToClipboard(payload, clipboardEnv);
  };

  const show = (name: Exclude<Popover, null>) => (open: boolean) => setPopover(open ? name : null);
  return (
    <div class="sift-view" ref={viewRef}>
      <div class="sift-toolbar">
        {leading}
        <ArticleMeta result={result} minutes={minutes} />
        <span class="sift-spacer" />
        <ReadAloudButton open={readAloudOpen} onOpenChange={showReadAloud} />
        <ToolbarPopover
          name="appearance"
          label={t('appearanceHeading')}
          symbol="Aa"
          open={popover === 'appearance'}
          onOpenChange={show('appearance')}
          focusOnOpen={true}
        >
          <AppearanceChoices idPrefix="sift-panel" showWidth={widthChoice} />
        </ToolbarPopover>
        <ToolbarPopover
          name="help"
          label={t('helpButton')}
          symbol="?"
          open={popover === 'help'}
          onOpenChange={show('help')}
        >
          <HelpPanel kinds={kinds} />
        </ToolbarPopover>
        {menu || print ? (
          <ToolbarPopover
            name="menu"
            label={t('menuButton')}
            symbol="⋯"
            open={popover === 'menu'}
            onOpenChange={show('menu')}
          >
            <div class="sift-menu">
              {menu}
              {print ? (
                <button
                  type="button"
                  class="sift-link"
                  data-testid="print"
                  onClick={() => {
                    // The menu closes under the pointer: its button keeps the focus, as with Escape.
                    setPopover(null);
                    viewRef.current?.querySelector<HTMLElement>('[data-testid=menu-button]')?.focus();
                    print();
                  }}
                >
                  {t('printArticle')}
                </button>
              ) : null}
              {(['markdown', 'html'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  class="sift-link"
                  data-testid={`save-${format}`}
                  onClick={() =>
                    saveFile(
                      resultWithRestored(result, restoredIds),
                      format,
                      { includeTitle, includeSource, includeCaptions },
                      saveIn,
                    )
                  }
                >
                  {t(format === 'markdown' ? 'saveMarkdown' : 'saveHtml')}
                </button>
              ))}
            </div>
          </ToolbarPopover>
        ) : null}
        {actions}
      </div>
      <ReadAloudBar reading={reading} open={readAloudOpen} onClose={() => showReadAloud(false)} />
      <SettingsAlert />
      <div
        class="sift-scroll"
        ref={scrollRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus, or the keyboard cannot scroll it (WCAG 2.1.1)
        tabIndex={0}
        role="region"
        aria-label={t('articleLabel')}
        data-testid="story-scroll"
      >
        <div class="sift-column">
          <ArticleHeader result={result}>
            <RemovedPanel
              removed={result.removed}
              restoredIds={restoredIds}
              open={panelOpen}
              onToggleOpen={setPanelOpen}
              onToggleRestore={toggleRestore}
              inPlace={removedInPlace}
              onInPlace={setRemovedInPlace}
            />
          </ArticleHeader>
          {notice}
          <KeyFigureStrip figures={keyFigures} onJump={jump} />
          <ArticleView
            shown={displayed}
            kinds={kinds}
            showImages={showImages}
            dir={result.dir}
            lang={result.lang}
            onRestore={toggleRestore}
            readingId={readAloudOpen ? reading.state.currentId : null}
            progressive
          />
        </div>
      </div>
      <KindDescriptions />
      <CopyBar
        onCopy={copy}
        primary={primary}
        includeTitle={includeTitle}
        includeSource={includeSource}
        onIncludeTitle={setIncludeTitle}
        onIncludeSource={setIncludeSource}
        includeCaptions={includeCaptions}
        onIncludeCaptions={setIncludeCaptions}
        shortcutScope={shortcutScope}
      />
    </div>
  );
}

/**
 * Escape or a click elsewhere closes the open toolbar panel, and Escape gives focus back to its
 * button. Escape is caught on the way down (capture), so it closes only the panel, not also the
 * removed list or the reader under it.
 */
function useOpenPopoverDismissal(
  viewRef: { current: HTMLElement | null },
  popover: Popover,
  setPopover: (popover: Popover) => void,
) {
  useLayoutEffect(() => {
    const root = viewRef.current?.getRootNode();
    if (!popover || !root) return;
    const anchor = () => viewRef.current?.querySelector<HTMLElement>(`[data-popover=${popover}]`);
    const onKey = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      setPopover(null);
      anchor()?.querySelector<HTMLElement>('button')?.focus();
    };
    const onPointer = (event: Event) => {
      const inside = event.composedPath().includes(anchor() as EventTarget);
      if (!inside) setPopover(null);
    };
    root.addEventListener('keydown', onKey, true);
    root.addEventListener('pointerdown', onPointer, true);
    return () => {
      root.removeEventListener('keydown', onKey, true);
      root.removeEventListener('pointerdown', onPointer, true);
    };
  }, [viewRef, popover, setPopover]);
}

function cssEscape(id: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(id)
    : id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}
