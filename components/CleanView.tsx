import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean';
import { copyPayload, writeToClipboard, type ClipboardEnv } from '@/utils/extension/clipboard';
import {
  copyFormatSetting,
  figureKindsSetting,
  includeSourceSetting,
  includeTitleSetting,
} from '@/utils/extension/settings';
import type { CopyFormat } from '@/utils/format';
import { resultWithRestored, shownBlocks, shownKeyFigures, shownWordCount, toggleRestored } from '@/utils/view';
import { useSetting } from '@/hooks/use-setting';
import { ArticleHeader } from './ArticleHeader';
import { ArticleView } from './ArticleView';
import { CopyBar } from './CopyBar';
import { KeyFigureStrip } from './KeyFigureStrip';
import { Legend } from './Legend';
import { RemovedPanel } from './RemovedPanel';

export interface CleanViewProps {
  result: CleanResult;
  /** The in-page reader shows the article's images; the popup does not load remote images. */
  showImages: boolean;
  /** Controls above the scrolling article: the popup's switch and settings link, the reader's "Show original". */
  toolbar?: ComponentChildren;
  /** Where the copy shortcuts listen. */
  shortcutScope?: Node | null;
  clipboardEnv?: ClipboardEnv;
}

/** How long a figure glows after its chip is clicked, so the eye finds it. */
const FLASH_MS = 1600;

/** The whole cleaned-article experience, shared by the popup and the in-page reader. */
export function CleanView({ result, showImages, toolbar, shortcutScope, clipboardEnv }: CleanViewProps) {
  const [kinds] = useSetting(figureKindsSetting);
  const [primary] = useSetting(copyFormatSetting);
  const [includeTitle, setIncludeTitle] = useSetting(includeTitleSetting);
  const [includeSource, setIncludeSource] = useSetting(includeSourceSetting);
  const [restoredIds, setRestoredIds] = useState<ReadonlySet<string>>(new Set());
  const [panelOpen, setPanelOpen] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => shownBlocks(result, restoredIds), [result, restoredIds]);
  const wordCount = shownWordCount(result, shown);
  const keyFigures = useMemo(
    () => shownKeyFigures(result, shown).filter((f) => kinds.includes(f.kind)),
    [result, shown, kinds],
  );

  const toggleRestore = useCallback((blockId: string) => {
    setRestoredIds((current) => toggleRestored(current, blockId));
  }, []);

  const jump = (markId: string) => {
    const mark = scrollRef.current?.querySelector<HTMLElement>(`#${cssEscape(markId)}`);
    if (!mark) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    mark.classList.add('sift-flash');
    setTimeout(() => mark.classList.remove('sift-flash'), FLASH_MS);
  };

  const copy = async (format: CopyFormat) => {
    const payload = copyPayload(resultWithRestored(result, restoredIds), format, { includeTitle, includeSource });
    await writeToClipboard(payload, clipboardEnv);
  };

  return (
    <div class="sift-view">
      {toolbar ? <div class="sift-toolbar">{toolbar}</div> : null}
      <div class="sift-scroll" ref={scrollRef} tabIndex={-1}>
        <div class="sift-column">
          <ArticleHeader result={result} wordCount={wordCount} />
          <KeyFigureStrip figures={keyFigures} onJump={jump} />
          <RemovedPanel
            removed={result.removed}
            restoredIds={restoredIds}
            open={panelOpen}
            onToggleOpen={setPanelOpen}
            onToggleRestore={toggleRestore}
          />
          <Legend kinds={kinds} />
          <ArticleView shown={shown} kinds={kinds} showImages={showImages} dir={result.dir} lang={result.lang} />
        </div>
      </div>
      <CopyBar
        onCopy={copy}
        primary={primary}
        includeTitle={includeTitle}
        includeSource={includeSource}
        onIncludeTitle={setIncludeTitle}
        onIncludeSource={setIncludeSource}
        shortcutScope={shortcutScope}
      />
    </div>
  );
}

function cssEscape(id: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(id)
    : id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}
