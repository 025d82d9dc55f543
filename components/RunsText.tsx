import type { ComponentChildren } from 'preact';
import { webHref, type Block, type FigureKind, type Run } from '@/utils/clean';
import { splitRunsAtFigures } from '@/utils/view';
import { t } from '@/utils/extension/i18n';
import { kindDescriptionId } from './Legend';

/** The id of a figure's `<mark>`, which key-figure chips point at. */
export function figureMarkId(blockId: string, start: number): string {
  return `fig-${blockId}-${start}`;
}

/** Each figure kind's name, the title of its marks. */
export type KindTitles = Readonly<Record<FigureKind, string>>;

/**
 * Read once per article, not once per mark: each read is a call into the browser's i18n, and a
 * 1 MB article holds over 7,000 figures (a second of the popup's render went there).
 */
export function kindTitles(): KindTitles {
  return { money: t('kind_money'), percent: t('kind_percent'), date: t('kind_date'), quantity: t('kind_quantity') };
}

/** A block's inline content from its runs, with its figures of the chosen kinds marked. */
export function RunsText({
  block,
  kinds,
  titles,
}: {
  block: Pick<Block, 'id' | 'runs' | 'figures'>;
  kinds: readonly FigureKind[];
  titles: KindTitles;
}) {
  const segments = splitRunsAtFigures(block, kinds);
  return (
    <>
      {segments.map((segment, i) =>
        segment.type === 'run' ? (
          <RunView key={i} run={segment.run} />
        ) : (
          <mark
            key={i}
            id={figureMarkId(block.id, segment.figure.start)}
            class={`sift-mark sift-kind-${segment.figure.kind}`}
            data-kind={segment.figure.kind}
            title={titles[segment.figure.kind]}
            aria-describedby={kindDescriptionId(segment.figure.kind)}
            tabIndex={-1}
          >
            {segment.runs.map((run, j) => (
              <RunView key={j} run={run} />
            ))}
          </mark>
        ),
      )}
    </>
  );
}

function RunView({ run }: { run: Run }) {
  let content: ComponentChildren = run.text;
  if (run.code) content = <code>{content}</code>;
  if (run.emphasis === 'em') content = <em>{content}</em>;
  if (run.emphasis === 'strong') content = <strong>{content}</strong>;
  const href = webHref(run.href);
  if (href) {
    content = (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {content}
      </a>
    );
  }
  return <>{content}</>;
}
