import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean';
import { copyPayload, writeToClipboard, type ClipboardEnv } from '@/utils/extension/clipboard';
import {
  copyFormatSetting,
  figureKindsSetting,
  includeSourceSetting,
  includeTitleSetting,
  type CopyFormat,
} from '@/utils/extension/settings';
import { resultWithRestored, shownBlocks } from '@/utils/view/restore';
import { useSetting } from '@/hooks/use-setting';
import { countWords } from '@/utils/view/reading-time';
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
  const shownIds = useMemo(() => new Set(shown.map((s) => s.block.id)), [shown]);
  const wordCount =
    result.wordCount + shown.filter((s) => s.restored).reduce((sum, s) => sum + countWords(s.block.text), 0);
  const keyFigures = result.keyFigures.filter((f) => kinds.includes(f.kind) && shownIds.has(f.blockId));

  const toggleRestore = useCallback((blockId: string) => {
    setRestoredIds((current) => {
      const next = new Set(current);
      if (next.has(blockId)) next.delete(blockId);
      else next.add(blockId);
      return next;
    });
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
