/**
 * Page object for the cleaned-article view. The popup and the in-page reader share the same
 * components and test ids (notes/UI-CONTRACT.md), so one object drives both.
 */
import type { Surface } from './surface';

export interface Mark {
  kind: string;
  text: string;
  id: string;
}

export interface RemovedItem {
  blockId: string;
  text: string;
  restored: boolean;
}

const POLL_MS = 25;

export class SiftView {
  constructor(
    readonly surface: Surface,
    /** `[data-testid=popup]` or `[data-testid=reader]` */
    readonly rootSelector: string,
  ) {}

  /** Polls `fn(root, arg)` until it returns a truthy value. */
  async waitFor<T>(fn: string, arg?: unknown, { timeout = 15_000, what = fn } = {}): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: T | undefined;
    let failure = '';
    while (Date.now() < deadline) {
      last = await this.surface.run<T>(fn, arg).catch((error: Error) => {
        failure = error.message;
        return undefined;
      });
      if (last) return last;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`timed out after ${timeout} ms waiting for ${what}${failure ? ` (last error: ${failure})` : ''}`);
  }

  /** `data-state` of the popup root: loading | article | not-article | forbidden | error. */
  state(): Promise<string | undefined> {
    return this.surface.run(
      `(root, sel) => root.querySelector(sel)?.getAttribute('data-state') ?? undefined`,
      this.rootSelector,
    );
  }

  /** Waits until the view has left its loading state and returns that state. */
  async settled(timeout = 20_000): Promise<string> {
    return this.waitFor<string>(
      `(root, sel) => { const el = root.querySelector(sel); if (!el) return undefined;
         const state = el.getAttribute('data-state');
         if (state) return state === 'loading' ? undefined : state;
         return root.querySelector('[data-testid=article] [data-block-id]') ? 'article' : undefined; }`,
      this.rootSelector,
      { timeout, what: `${this.rootSelector} to finish loading` },
    );
  }

  text(testId: string): Promise<string | undefined> {
    return this.surface.run(
      `(root, id) => root.querySelector('[data-testid="' + id + '"]')?.textContent?.trim() ?? undefined`,
      testId,
    );
  }

  /** Tag names of elements in the article matching `selector` (for "no active content" checks). */
  inArticle(selector: string): Promise<string[]> {
    return this.surface.run(
      `(root, sel) => [...(root.querySelector('[data-testid=article]')?.querySelectorAll(sel) ?? [])].map((el) => el.tagName.toLowerCase())`,
      selector,
    );
  }

  exists(selector: string): Promise<boolean> {
    return this.surface.run(`(root, sel) => !!root.querySelector(sel)`, selector);
  }

  /** The text of each block shown in the article, in order. */
  blockTexts(): Promise<string[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=article] [data-block-id]')].map((el) => el.textContent.replace(/\\s+/g, ' ').trim())`,
    );
  }

  articleText(): Promise<string> {
    return this.surface.run(`(root) => root.querySelector('[data-testid=article]')?.textContent ?? ''`);
  }

  marks(): Promise<Mark[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=article] mark[data-kind]')].map((m) => ({ kind: m.dataset.kind, text: m.textContent, id: m.id }))`,
    );
  }

  keyFigures(): Promise<{ text: string; target: string }[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=key-figures] [data-testid=key-figure]')].map((b) => ({ text: b.textContent.trim(), target: b.dataset.target }))`,
    );
  }

  /** Anchors in the article: their href attribute and text. */
  links(): Promise<{ href: string | null; text: string }[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=article] a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent, target: a.getAttribute('target'), rel: a.getAttribute('rel') }))`,
    );
  }

  /** Clicks the centre of the nth element matching `selector`, after scrolling it into view. */
  async click(selector: string, nth = 0): Promise<void> {
    const point = await this.waitFor<{ x: number; y: number }>(
      `(root, [sel, nth]) => { const el = root.querySelectorAll(sel)[nth]; if (!el) return undefined;
         el.scrollIntoView({ block: 'center', inline: 'center' });
         const r = el.getBoundingClientRect(); if (!r.width || !r.height) return undefined;
         return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
      [selector, nth],
      { what: `${selector} to be visible`, timeout: 10_000 },
    );
    await this.surface.clickAt(point.x, point.y);
  }

  /** Opens a toolbar panel ("appearance": Aa, "help", or "menu": the auto-clean switch, Settings) with a click. */
  async openPopover(name: 'appearance' | 'help' | 'menu'): Promise<void> {
    if (await this.exists(`[data-testid=${name}-panel]:not([hidden])`)) return;
    await this.click(`[data-testid=${name}-button]`);
    await this.waitFor(`(root, sel) => root.querySelector(sel)`, `[data-testid=${name}-panel]:not([hidden])`);
  }

  openMenu(): Promise<void> {
    return this.openPopover('menu');
  }

  removedSummary(): Promise<string | undefined> {
    return this.text('removed-summary');
  }

  /** Removed counts read from the summary line, e.g. "Removed: 6 repeated paragraphs · 6 unrelated items". */
  async removedCount(): Promise<{ repeated: number; unrelated: number }> {
    const summary = (await this.removedSummary()) ?? '';
    const number = (pattern: RegExp) => Number(summary.match(pattern)?.[1] ?? 0);
    return { repeated: number(/(\d+)\s+repeated/), unrelated: number(/(\d+)\s+unrelated/) };
  }

  isRemovedPanelOpen(): Promise<boolean> {
    return this.surface.run(
      `(root) => { const p = root.querySelector('[data-testid=removed-panel]'); return !!p && !p.hidden && p.getClientRects().length > 0; }`,
    );
  }

  async openRemovedPanel(): Promise<void> {
    if (await this.isRemovedPanelOpen()) return;
    await this.click('[data-testid=removed-summary]');
    await this.waitFor(
      `(root) => { const p = root.querySelector('[data-testid=removed-panel]'); return !!p && p.getClientRects().length > 0; }`,
    );
  }

  removedItems(): Promise<RemovedItem[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=removed-item]')].map((li) => ({
         blockId: li.dataset.blockId, text: li.textContent.replace(/\\s+/g, ' ').trim(),
         restored: li.querySelector('[data-testid=restore]')?.getAttribute('aria-pressed') === 'true' }))`,
    );
  }

  async restore(blockId: string): Promise<void> {
    const index = await this.surface.run<number>(
      `(root, id) => [...root.querySelectorAll('[data-testid=removed-item]')].findIndex((li) => li.dataset.blockId === id)`,
      blockId,
    );
    if (index < 0) throw new Error(`no removed item ${blockId}`);
    await this.click('[data-testid=removed-item] [data-testid=restore]', index);
    await this.waitFor(
      `(root, id) => root.querySelector('[data-testid=article] [data-block-id="' + id + '"]')`,
      blockId,
      {
        what: `restored block ${blockId} in the article`,
      },
    );
  }

  /** Turns "Show removed in place" on or off (it sits in the removed panel). */
  async showRemovedInPlace(on: boolean): Promise<void> {
    await this.openRemovedPanel();
    const checked = await this.surface.run<boolean>(
      `(root) => root.querySelector('[data-testid=removed-in-place-toggle]').checked`,
    );
    if (checked !== on) await this.click('[data-testid=removed-in-place-toggle]');
    await this.waitFor(`(root, on) => root.querySelector('[data-testid=removed-in-place-toggle]').checked === on`, on);
  }

  /** The blocks shown in place as removed: their id, reason and the note under them. */
  removedInPlace(): Promise<{ id: string; reason: string; struck: boolean; note: string }[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=removed-in-place]')].map((el) => {
         const block = el.querySelector('[data-block-id]');
         return { id: block.dataset.blockId, reason: el.dataset.reason,
           struck: getComputedStyle(block).textDecorationLine.includes('line-through'),
           note: el.querySelector('.sift-in-place-why').textContent.replace(/\\s+/g, ' ').trim() }; })`,
    );
  }

  /** Block ids shown in the article, in order, with whether each was restored. */
  articleBlocks(): Promise<{ id: string; restored: boolean; text: string }[]> {
    return this.surface.run(
      `(root) => [...root.querySelectorAll('[data-testid=article] [data-block-id]')].map((el) => ({ id: el.dataset.blockId, restored: el.dataset.restored === 'true', text: el.textContent.replace(/\\s+/g, ' ').trim() }))`,
    );
  }

  private async copy(testId: string): Promise<void> {
    await this.surface.run(
      `(root) => { const s = root.querySelector('[data-testid=copy-status]'); if (s) s.setAttribute('data-e2e-before', s.textContent); }`,
    );
    await this.click(`[data-testid=${testId}]`);
    await this.waitFor(
      `(root) => /copied/i.test(root.querySelector('[data-testid=copy-status]')?.textContent ?? '')`,
      undefined,
      {
        what: 'copy status "Copied"',
      },
    );
  }

  copyText(): Promise<void> {
    return this.copy('copy-text');
  }

  copyMarkdown(): Promise<void> {
    return this.copy('copy-markdown');
  }

  /** True when the element with this id is inside the visible part of its scroll container and the window. */
  isInView(id: string): Promise<boolean> {
    return this.surface.run(
      `(root, id) => { const el = root.getElementById ? root.getElementById(id) : root.querySelector('#' + CSS.escape(id));
         if (!el) return false; const r = el.getBoundingClientRect();
         return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight) && r.height > 0; }`,
      id,
    );
  }

  /** data-testid (or tag) of the focused element, looking into the shadow root for the reader. */
  focused(): Promise<string> {
    return this.surface.run(
      `(root) => { const el = root.activeElement; if (!el) return ''; return el.dataset?.testid ?? el.tagName.toLowerCase(); }`,
    );
  }
}
