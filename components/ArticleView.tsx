import { useEffect, useState } from 'preact/hooks';
import { webHref, type FigureKind } from '@/utils/clean';
import type { Removed } from '@/utils/clean';
import { evidenceMessage, headingLevels, nestLists, type ListTree, type Piece, type ShownBlock } from '@/utils/view';
import { t, uiTranslator } from '@/utils/extension/i18n';
import { kindTitles, RunsText, type KindTitles } from './RunsText';

export interface ArticleViewProps {
  shown: readonly ShownBlock[];
  kinds: readonly FigureKind[];
  /** The in-page reader shows the article's own images; the popup shows captions only. */
  showImages: boolean;
  dir?: 'ltr' | 'rtl' | null;
  lang?: string | null;
  /** Restores a block shown in place as removed ("Show removed in place"). */
  onRestore?: (blockId: string) => void;
  /** Images load at once (the print frame is never scrolled, so lazy images would never come). */
  eagerImages?: boolean;
  /** The block read aloud now: highlighted (and marked as current for assistive technology). */
  readingId?: string | null;
  /**
   * A long article shows its first pieces at once and the rest in the next task (the popup and
   * the reader); off for printing, which needs the whole article in one go.
   */
  progressive?: boolean;
}

/**
 * Pieces (blocks, or whole lists) of the first pass of a progressive article: several screens,
 * and all of an ordinary story. A 1 MB article's 1,362 blocks took over a second to render; its
 * first words no longer wait for the last ones.
 */
export const FIRST_PIECES = 60;

/** The cleaned article, built element by element from blocks and runs (never from page HTML). */
export function ArticleView({
  shown,
  kinds,
  showImages,
  dir,
  lang,
  onRestore,
  eagerImages,
  readingId,
  progressive = false,
}: ArticleViewProps) {
  const pieces = nestLists(shown, (s) => s.block);
  const [whole, setWhole] = useState(!progressive);
  const complete = whole || pieces.length <= FIRST_PIECES;
  useEffect(() => {
    if (complete) return;
    // A passive effect runs after the first pass is painted; the rest comes in a task of its own.
    const timer = setTimeout(() => setWhole(true), 0);
    return () => clearTimeout(timer);
  }, [complete]);
  const levelOf = headingLevels(shown);
  const context: RenderContext = {
    kinds,
    titles: kindTitles(),
    showImages,
    levelOf,
    onRestore,
    eagerImages,
    readingId: readingId ?? null,
  };
  return (
    <article
      class="sift-article"
      data-testid="article"
      aria-label={t('articleLabel')}
      dir={dir ?? undefined}
      lang={lang ?? undefined}
      data-complete={complete ? 'true' : undefined}
    >
      {shown.length === 0 ? <p class="sift-empty">{t('emptyArticle')}</p> : null}
      {(complete ? pieces : pieces.slice(0, FIRST_PIECES)).map((piece) => renderPiece(piece, context))}
    </article>
  );
}

interface RenderContext {
  kinds: readonly FigureKind[];
  titles: KindTitles;
  showImages: boolean;
  levelOf: (level: number | undefined) => number;
  onRestore?: (blockId: string) => void;
  eagerImages?: boolean;
  readingId: string | null;
}

function renderPiece(piece: Piece<ShownBlock>, context: RenderContext) {
  if (piece.type === 'list') return renderList(piece.list, context, `list-${piece.list.entries[0]?.item.block.id}`);
  const { removal } = piece.item;
  if (!removal) return <BlockView key={piece.item.block.id} shown={piece.item} context={context} />;
  return (
    <div key={piece.item.block.id} class="sift-in-place" data-testid="removed-in-place" data-reason={removal.reason}>
      <BlockView shown={piece.item} context={context} />
      <RemovalNote removal={removal} onRestore={context.onRestore} />
    </div>
  );
}

/** Under a block shown in place as removed: why it went, and a way to put it back. */
function RemovalNote({ removal, onRestore }: { removal: Removed; onRestore?: (blockId: string) => void }) {
  return (
    <p class="sift-in-place-why">
      <span>{evidenceMessage(removal.evidence, uiTranslator)}</span>
      {onRestore ? (
        <button
          type="button"
          class="sift-restore"
          data-testid="restore-in-place"
          onClick={() => onRestore(removal.block.id)}
        >
          {t('restore')}
        </button>
      ) : null}
    </p>
  );
}

function renderList(list: ListTree<ShownBlock>, context: RenderContext, key: string) {
  const Tag = list.ordered ? 'ol' : 'ul';
  return (
    <Tag key={key} class="sift-list">
      {list.entries.map(({ item, children }) => (
        <li key={item.block.id} {...blockAttributes(item, context.readingId)}>
          <RunsText block={item.block} kinds={context.kinds} titles={context.titles} />
          {item.removal ? <RemovalNote removal={item.removal} onRestore={context.onRestore} /> : null}
          {children.map((child, i) => renderList(child, context, `${item.block.id}-${i}`))}
        </li>
      ))}
    </Tag>
  );
}

function blockAttributes({ block, restored, removal }: ShownBlock, readingId: string | null) {
  const reading = block.id === readingId;
  const classes = [restored ? 'sift-restored' : removal ? 'sift-removed-block' : '', reading ? 'sift-reading' : ''];
  return {
    'data-block-id': block.id,
    'data-restored': restored ? 'true' : undefined,
    'data-removed': removal ? 'true' : undefined,
    'data-reading': reading ? 'true' : undefined,
    'aria-current': reading ? ('true' as const) : undefined,
    class: classes.filter(Boolean).join(' ') || undefined,
    title: restored ? t('restoredBadge') : undefined,
  };
}

function BlockView({ shown, context }: { shown: ShownBlock; context: RenderContext }) {
  const { block } = shown;
  const attributes = blockAttributes(shown, context.readingId);
  const text = <RunsText block={block} kinds={context.kinds} titles={context.titles} />;
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${context.levelOf(block.level)}` as 'h2';
      return <Tag {...attributes}>{text}</Tag>;
    }
    case 'quote':
      return (
        <blockquote {...attributes}>
          <p>{text}</p>
        </blockquote>
      );
    case 'code':
      return (
        <pre {...attributes}>
          <code>{block.text}</code>
        </pre>
      );
    case 'table': {
      // The engine keeps cell texts, not which cells were headers; a data table's first row
      // names its columns nearly always, so it is shown (and announced) as the header row.
      const [head, ...body] = block.rows ?? [];
      return (
        <div {...attributes} class={['sift-table-wrap', attributes.class].filter(Boolean).join(' ')}>
          <table>
            {head && body.length ? (
              <thead>
                <tr>
                  {head.map((cell, c) => (
                    <th key={c} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {(body.length ? body : head ? [head] : []).map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'caption': {
      const image = context.showImages && block.image && webHref(block.image.src) ? block.image : null;
      return (
        <figure {...attributes}>
          {image ? (
            <img
              src={image.src}
              alt={image.alt}
              loading={context.eagerImages ? 'eager' : 'lazy'}
              referrerpolicy="no-referrer"
            />
          ) : null}
          <figcaption>{text}</figcaption>
        </figure>
      );
    }
    default:
      return <p {...attributes}>{text}</p>;
  }
}
