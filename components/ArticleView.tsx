import { webHref, type FigureKind } from '@/utils/clean';
import { headingLevels, nestLists, type ListTree, type Piece, type ShownBlock } from '@/utils/view';
import { t } from '@/utils/extension/i18n';
import { RunsText } from './RunsText';

export interface ArticleViewProps {
  shown: readonly ShownBlock[];
  kinds: readonly FigureKind[];
  /** The in-page reader shows the article's own images; the popup shows captions only. */
  showImages: boolean;
  dir?: 'ltr' | 'rtl' | null;
  lang?: string | null;
}

/** The cleaned article, built element by element from blocks and runs (never from page HTML). */
export function ArticleView({ shown, kinds, showImages, dir, lang }: ArticleViewProps) {
  const levelOf = headingLevels(shown);
  const context: RenderContext = { kinds, showImages, levelOf };
  return (
    <article
      class="sift-article"
      data-testid="article"
      aria-label={t('articleLabel')}
      dir={dir ?? undefined}
      lang={lang ?? undefined}
    >
      {shown.length === 0 ? <p class="sift-empty">{t('emptyArticle')}</p> : null}
      {nestLists(shown, (s) => s.block).map((piece) => renderPiece(piece, context))}
    </article>
  );
}

interface RenderContext {
  kinds: readonly FigureKind[];
  showImages: boolean;
  levelOf: (level: number | undefined) => number;
}

function renderPiece(piece: Piece<ShownBlock>, context: RenderContext) {
  if (piece.type === 'list') return renderList(piece.list, context, `list-${piece.list.entries[0]?.item.block.id}`);
  return <BlockView key={piece.item.block.id} shown={piece.item} context={context} />;
}

function renderList(list: ListTree<ShownBlock>, context: RenderContext, key: string) {
  const Tag = list.ordered ? 'ol' : 'ul';
  return (
    <Tag key={key} class="sift-list">
      {list.entries.map(({ item, children }) => (
        <li key={item.block.id} {...blockAttributes(item)}>
          <RunsText block={item.block} kinds={context.kinds} />
          {children.map((child, i) => renderList(child, context, `${item.block.id}-${i}`))}
        </li>
      ))}
    </Tag>
  );
}

function blockAttributes({ block, restored }: ShownBlock) {
  return {
    'data-block-id': block.id,
    'data-restored': restored ? 'true' : undefined,
    class: restored ? 'sift-restored' : undefined,
    title: restored ? t('restoredBadge') : undefined,
  };
}

function BlockView({ shown, context }: { shown: ShownBlock; context: RenderContext }) {
  const { block } = shown;
  const attributes = blockAttributes(shown);
  const text = <RunsText block={block} kinds={context.kinds} />;
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
          {image ? <img src={image.src} alt={image.alt} loading="lazy" referrerpolicy="no-referrer" /> : null}
          <figcaption>{text}</figcaption>
        </figure>
      );
    }
    default:
      return <p {...attributes}>{text}</p>;
  }
}
