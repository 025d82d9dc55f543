import { readProvenance } from '../dom/provenance';
import { webHref } from '../text/links';
import { LINE_BREAK, normaliseRuns } from '../text/runs';

export { normaliseRuns };
import type { Block, BlockKind, ImageInfo, ListInfo, Provenance, Run } from '../types';

/** Elements that start a new block; everything else is inline and adds to the current block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

const EMPHASIS_TAGS: Record<string, Run['emphasis']> = { EM: 'em', I: 'em', CITE: 'em', STRONG: 'strong', B: 'strong' };
const CODE_TAGS = new Set(['CODE', 'KBD', 'SAMP', 'TT']);

/** Inside a data table no cell holds these; a table whose cells do is layout, read as paragraphs. */
const LAYOUT_CELL_CONTENT = 'p, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre, figure';

/** Contexts whose nested blocks continue the same block (a list item with two paragraphs stays one item). */
const JOINING_KINDS = new Set<BlockKind>(['heading', 'list-item', 'caption']);

/** Beyond this depth a hostile page's nesting is read as flat text rather than walked. */
const MAX_DEPTH = 400;

interface Context {
  kind: BlockKind;
  level?: number;
  list?: ListInfo;
  image?: ImageInfo;
}

interface InlineState {
  href?: string;
  emphasis?: Run['emphasis'];
  code?: boolean;
}

function makeRun(text: string, state: InlineState): Run {
  const run: Run = { text };
  if (state.href) run.href = state.href;
  if (state.emphasis) run.emphasis = state.emphasis;
  if (state.code) run.code = true;
  return run;
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') rows.push(child);
    else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.tagName)) {
      for (const row of Array.from(child.children)) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function dataTableRows(table: Element): string[][] | null {
  const rows = directRows(table);
  if (rows.length === 0) return null;
  const cells = rows.map((row) => Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
  if (Math.max(...cells.map((r) => r.length)) < 2) return null;
  if (cells.some((row) => row.some((cell) => cell.querySelector(LAYOUT_CELL_CONTENT)))) return null;
  const texts = cells.map((row) => row.map(cellText)).filter((row) => row.some(Boolean));
  return texts.length ? texts : null;
}

function figureImage(el: Element, base: string | null): ImageInfo | undefined {
  const figure = el.closest('figure');
  const img = figure?.querySelector('img');
  const src = webHref(img?.getAttribute('src') ?? img?.getAttribute('data-src'), base);
  return src ? { src, alt: (img?.getAttribute('alt') ?? '').trim() } : undefined;
}

/** A caption's sentence ends here, with no space after it… */
const CAPTION_PART_END = /[.!?…”"’)]$/u;
/** …and the next element of the caption starts a part of its own (a credit, a second sentence). */
const CAPTION_PART_START = /^\p{Lu}/u;

/** A caption printed as a paragraph: the page's markup calls it a caption or credit, and it is short. */
const MAX_MARKED_CAPTION_CHARS = 400;

function captionByMarkup(kind: BlockKind, provenance: readonly Provenance[], text: string): boolean {
  return (
    kind === 'paragraph' &&
    (provenance.includes('caption') || provenance.includes('credit')) &&
    text.length <= MAX_MARKED_CAPTION_CHARS
  );
}

class Segmenter {
  readonly blocks: Block[] = [];
  private pending: Run[] = [];
  private pendingContext: Context = { kind: 'paragraph' };
  private nextListId = 0;
  /** The provenance stamps of the elements being walked, innermost last. */
  private readonly stamps: Provenance[][] = [];
  /** The stamps seen while the pending block was filled. */
  private pendingProvenance = new Set<Provenance>();

  constructor(private readonly base: string | null) {}

  private flush(): void {
    const runs = normaliseRuns(this.pending);
    this.pending = [];
    if (runs.length === 0) return;
    const ctx = this.pendingContext;
    const index = this.blocks.length;
    const text = runs.map((r) => r.text).join('');
    const provenance = this.takeProvenance();
    const block: Block = {
      id: `b${index}`,
      index,
      kind: captionByMarkup(ctx.kind, provenance, text) ? 'caption' : ctx.kind,
      text,
      runs,
      figures: [],
    };
    if (ctx.kind === 'heading') block.level = ctx.level;
    if (ctx.list) block.list = { ...ctx.list };
    if (ctx.image) block.image = { ...ctx.image };
    if (provenance.length) block.provenance = provenance;
    this.blocks.push(block);
  }

  private push(text: string, ctx: Context, state: InlineState): void {
    if (this.pending.length && this.pendingContext !== ctx) this.flush();
    this.pendingContext = ctx;
    if (text.trim()) this.noteProvenance();
    this.pending.push(makeRun(text, state));
  }

  /** The current stamps count for the pending block (only where it has text: a wrapper's space says nothing). */
  private noteProvenance(): void {
    for (const stamp of this.stamps) for (const p of stamp) this.pendingProvenance.add(p);
  }

  private takeProvenance(): Provenance[] {
    const out = [...this.pendingProvenance].sort();
    this.pendingProvenance = new Set();
    return out;
  }

  private pushBlock(kind: BlockKind, text: string, extra: Partial<Block> = {}): void {
    this.flush();
    this.pendingProvenance = new Set();
    if (!text.trim()) return;
    this.noteProvenance();
    const provenance = this.takeProvenance();
    const index = this.blocks.length;
    this.blocks.push({
      id: `b${index}`,
      index,
      kind,
      text,
      runs: [{ text, ...(kind === 'code' ? { code: true } : {}) }],
      figures: [],
      ...extra,
      ...(provenance.length ? { provenance } : {}),
    });
  }

  walk(node: Node, ctx: Context, state: InlineState, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.push(node.textContent ?? '', ctx, state);
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.push(child.nodeValue ?? '', ctx, state);
      } else if (child.nodeType === 1) {
        this.element(child as Element, ctx, state, depth + 1);
      }
    }
  }

  private element(el: Element, ctx: Context, state: InlineState, depth: number): void {
    const stamp = readProvenance(el);
    if (stamp.length === 0) {
      this.elementBody(el, ctx, state, depth);
      return;
    }
    this.stamps.push(stamp);
    try {
      this.elementBody(el, ctx, state, depth);
    } finally {
      this.stamps.pop();
    }
  }

  private elementBody(el: Element, ctx: Context, state: InlineState, depth: number): void {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true')
      return;
    if (tag === 'BR') {
      this.push(LINE_BREAK, ctx, state);
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      if (this.startsCaptionPart(el, ctx)) this.push(' ', ctx, state);
      this.walk(el, ctx, this.inlineState(el, tag, state), depth);
      return;
    }

    if (JOINING_KINDS.has(ctx.kind) && !['UL', 'OL', 'TABLE', 'PRE'].includes(tag)) {
      // A paragraph inside a list item or heading continues it, after a space.
      this.push(' ', ctx, state);
      this.walk(el, ctx, state, depth);
      this.push(' ', ctx, state);
      return;
    }
    this.flush();
    switch (tag) {
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        this.walk(el, { kind: 'heading', level: Number(tag[1]) }, {}, depth);
        break;
      case 'BLOCKQUOTE':
        this.walk(el, { kind: 'quote' }, state, depth);
        break;
      case 'UL':
      case 'OL':
        this.list(el, tag === 'OL', ctx, depth);
        break;
      case 'LI':
        this.walk(
          el,
          { kind: 'list-item', list: ctx.list ?? { id: this.nextListId++, ordered: false, depth: 0 } },
          state,
          depth,
        );
        break;
      case 'PRE':
        this.pushBlock('code', (el.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, ''));
        break;
      case 'TABLE':
        this.table(el, ctx, state, depth);
        break;
      case 'FIGCAPTION':
      case 'CAPTION': {
        const image = tag === 'FIGCAPTION' ? figureImage(el, this.base) : undefined;
        this.walk(el, { kind: 'caption', ...(image ? { image } : {}) }, state, depth);
        break;
      }
      case 'HR':
        break;
      default:
        // Containers keep the surrounding kind: paragraphs inside a blockquote are quotes.
        this.walk(el, ctx.kind === 'quote' ? ctx : { kind: 'paragraph' }, state, depth);
    }
    this.flush();
  }

  /**
   * A caption and its credit printed by sibling elements ("…isn't easy." then "Jane Doe/Agency")
   * are laid out apart on the page but have no space between them in the markup: a part that
   * opens with a capital or a digit right after a finished sentence gets one.
   */
  private startsCaptionPart(el: Element, ctx: Context): boolean {
    if (ctx.kind !== 'caption' && !this.stamps.some((s) => s.includes('caption') || s.includes('credit'))) return false;
    const last = this.pending[this.pending.length - 1]?.text;
    return !!last && CAPTION_PART_END.test(last) && CAPTION_PART_START.test(el.textContent ?? '');
  }

  private inlineState(el: Element, tag: string, state: InlineState): InlineState {
    if (tag === 'A') {
      const href = webHref(el.getAttribute('href'), this.base);
      return { ...state, href };
    }
    if (EMPHASIS_TAGS[tag]) return { ...state, emphasis: state.emphasis === 'strong' ? 'strong' : EMPHASIS_TAGS[tag] };
    if (CODE_TAGS.has(tag)) return { ...state, code: true };
    return state;
  }

  private list(el: Element, ordered: boolean, ctx: Context, depth: number): void {
    const listDepth = ctx.list ? ctx.list.depth + 1 : 0;
    const list: ListInfo = { id: this.nextListId++, ordered, depth: listDepth };
    const itemContext: Context = { kind: 'list-item', list };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'LI') {
        this.flush();
        const item = child as Element;
        // Each item gets its own context object so that two items never merge.
        const ownContext: Context = { ...itemContext };
        for (let part = item.firstChild; part; part = part.nextSibling) {
          if (part.nodeType === 3) this.push(part.nodeValue ?? '', ownContext, {});
          else if (part.nodeType === 1) this.element(part as Element, ownContext, {}, depth + 1);
        }
        this.flush();
      } else if (child.nodeType === 1) {
        this.element(child as Element, itemContext, {}, depth + 1);
      } else if (child.nodeType === 3 && child.nodeValue?.trim()) {
        this.push(child.nodeValue, itemContext, {});
      }
    }
    this.flush();
  }

  private table(el: Element, ctx: Context, state: InlineState, depth: number): void {
    const rows = dataTableRows(el);
    if (!rows) {
      for (const row of directRows(el)) {
        for (const cell of Array.from(row.children)) {
          this.walk(cell, ctx.kind === 'quote' ? ctx : { kind: 'paragraph' }, state, depth + 1);
          this.flush();
        }
      }
      return;
    }
    const caption = el.querySelector('caption');
    if (caption) this.walk(caption, { kind: 'caption' }, state, depth + 1);
    this.flush();
    this.pushBlock('table', rows.map((row) => row.join('\t')).join('\n'), { rows });
  }
}

/**
 * Cuts Readability's article into ordered blocks with inline runs. `base` resolves relative links;
 * links to anything but http(s) become plain text.
 */
export function segment(content: Element, base: string | null): Block[] {
  const segmenter = new Segmenter(base);
  segmenter.walk(content, { kind: 'paragraph' }, {}, 0);
  return segmenter.blocks;
}
