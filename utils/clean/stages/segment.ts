import { webHref } from '../text/links';
import type { Block, BlockKind, ImageInfo, ListInfo, Run } from '../types';

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

/** Marks a `<br>` while whitespace is collapsed; becomes "\n" in the block text. */
const LINE_BREAK = '\u2028';

/** HTML whitespace plus the no-break space, which pages use as padding; thin spaces in numbers stay. */
const HTML_WHITESPACE = /[ \t\n\r\f\u00a0]+/g;

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

function sameStyle(a: Run, b: Run): boolean {
  return a.href === b.href && a.emphasis === b.emphasis && a.code === b.code;
}

function makeRun(text: string, state: InlineState): Run {
  const run: Run = { text };
  if (state.href) run.href = state.href;
  if (state.emphasis) run.emphasis = state.emphasis;
  if (state.code) run.code = true;
  return run;
}

/** A run being built: its pieces are joined once at the end, so a block of 100,000 pieces stays linear. */
interface OpenRun {
  run: Run;
  pieces: string[];
}

const lastCharOf = (open: OpenRun | undefined): string => {
  const piece = open?.pieces[open.pieces.length - 1];
  return piece ? piece[piece.length - 1] : '';
};

/**
 * Collapses whitespace as a browser would show it across the runs of one block: one space between
 * words whatever tags stand between them, none at the ends, none around line breaks. Linear in
 * the block's length: only the last character built so far is ever looked at.
 */
export function normaliseRuns(raw: readonly Run[]): Run[] {
  const open: OpenRun[] = [];
  let atLineStart = true;
  for (const run of raw) {
    let text = run.text.replace(HTML_WHITESPACE, ' ');
    text = text.replace(/ ?\u2028 ?/g, LINE_BREAK);
    const before = lastCharOf(open[open.length - 1]);
    if (atLineStart || open.length === 0 || before === ' ' || before === LINE_BREAK) {
      text = text.replace(/^ /, '');
    }
    if (!text) continue;
    if (text.startsWith(LINE_BREAK) && open.length > 0 && before === ' ') {
      const pieces = open[open.length - 1].pieces;
      const trimmed = pieces[pieces.length - 1].slice(0, -1);
      if (trimmed) pieces[pieces.length - 1] = trimmed;
      else pieces.pop();
    }
    atLineStart = false;
    const piece = { ...run, text };
    if (!piece.text.trim() && piece.href) delete piece.href;
    const last = open[open.length - 1];
    if (last && sameStyle(last.run, piece)) last.pieces.push(text);
    else open.push({ run: piece, pieces: [text] });
  }
  const out = open.map(({ run, pieces }) => {
    run.text = pieces.join('');
    return run;
  });
  // Trim the block's ends, which may span several runs.
  let first = 0;
  while (first < out.length && !out[first].text.replace(/^[ \u2028]+/, '')) first++;
  let end = out.length;
  while (end > first && !out[end - 1].text.replace(/[ \u2028]+$/, '')) end--;
  const kept = first === 0 && end === out.length ? out : out.slice(first, end);
  if (kept.length) kept[0].text = kept[0].text.replace(/^[ \u2028]+/, '');
  if (kept.length) kept[kept.length - 1].text = kept[kept.length - 1].text.replace(/[ \u2028]+$/, '');
  for (const run of kept) run.text = run.text.replace(/\u2028+/g, '\n');
  return kept;
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

class Segmenter {
  readonly blocks: Block[] = [];
  private pending: Run[] = [];
  private pendingContext: Context = { kind: 'paragraph' };
  private nextListId = 0;

  constructor(private readonly base: string | null) {}

  private flush(): void {
    const runs = normaliseRuns(this.pending);
    this.pending = [];
    if (runs.length === 0) return;
    const ctx = this.pendingContext;
    const index = this.blocks.length;
    const block: Block = {
      id: `b${index}`,
      index,
      kind: ctx.kind,
      text: runs.map((r) => r.text).join(''),
      runs,
      figures: [],
    };
    if (ctx.kind === 'heading') block.level = ctx.level;
    if (ctx.list) block.list = { ...ctx.list };
    if (ctx.image) block.image = { ...ctx.image };
    this.blocks.push(block);
  }

  private push(text: string, ctx: Context, state: InlineState): void {
    if (this.pending.length && this.pendingContext !== ctx) this.flush();
    this.pendingContext = ctx;
    this.pending.push(makeRun(text, state));
  }

  private pushBlock(kind: BlockKind, text: string, extra: Partial<Block> = {}): void {
    this.flush();
    if (!text.trim()) return;
    const index = this.blocks.length;
    this.blocks.push({
      id: `b${index}`,
      index,
      kind,
      text,
      runs: [{ text, ...(kind === 'code' ? { code: true } : {}) }],
      figures: [],
      ...extra,
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
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true')
      return;
    if (tag === 'BR') {
      this.push(LINE_BREAK, ctx, state);
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
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
