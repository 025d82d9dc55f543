// Issue 12, capability 4: Save as Markdown / HTML and Print, from the in-page reader and the popup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clean } from '../../utils/clean/index.ts';
import { fileContent, fileNameFor } from '../../utils/extension/save-file.ts';
import { parseFixture } from '../support/fixtures';
import { clickToolbar } from './support/popup';
import { pageMarkupWithoutReader, pressReaderCommand, Reader } from './support/reader';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();
const PAGE = '/save-story.html';
const PAGE_FILE = join(import.meta.dirname, 'pages', 'save-story.html');
const TITLE = 'Harbour ferry returns after six years as council backs new route';

/** What the writers make of the same page cleaned in Node, with the default settings (title and source on). */
function expectedFile(url: string, format: 'markdown' | 'html'): string {
  const result = clean(parseFixture(readFileSync(PAGE_FILE, 'utf8')), { url });
  return fileContent(result, format, { includeTitle: true, includeSource: true });
}

async function openReader(): Promise<{ page: Page; reader: Reader }> {
  const page = await h.openTab(PAGE);
  await pressReaderCommand(h.sift.context, page);
  const reader = new Reader(page);
  await reader.appears();
  return { page, reader };
}

/** The print frame once the browser has started printing it (its own beforeprint event). */
async function printedFrame(page: Page, reader: Reader): Promise<Frame> {
  await reader.waitFor(
    `(root) => ['printing', 'printed'].includes(root.querySelector('[data-testid=print-frame]')?.dataset.state)`,
    undefined,
    { what: 'the print frame to be printed' },
  );
  const frame = page.frames().find((f) => f.name() === 'sift-print');
  if (!frame) throw new Error(`no print frame among ${page.frames().map((f) => f.url())}`);
  return frame;
}

describe('save and print', () => {
  test('12.4a Save as Markdown in the reader: the file is, byte for byte, what the writer makes of the page', async () => {
    const { page, reader } = await openReader();
    await reader.openMenu();
    const download = page.waitForEvent('download');
    await reader.click('[data-testid=save-markdown]');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(fileNameFor(TITLE, 'markdown'));
    const bytes = readFileSync((await saved.path()) as string);
    const expected = expectedFile(page.url(), 'markdown');
    expect(expected).toContain('$4.2 million'); // the page's text, not an empty clean
    expect(bytes.toString('utf8')).toBe(expected);
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  test("12.4b Save as HTML in the reader: a whole document, byte for byte the writer's", async () => {
    const { page, reader } = await openReader();
    await reader.openMenu();
    const download = page.waitForEvent('download');
    await reader.click('[data-testid=save-html]');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(fileNameFor(TITLE, 'html'));
    const bytes = readFileSync((await saved.path()) as string);
    expect(bytes.equals(Buffer.from(expectedFile(page.url(), 'html'), 'utf8'))).toBe(true);
  });

  test('12.4c Print in the reader prints the article alone, in black and white, the page untouched', async () => {
    const { page, reader } = await openReader();
    const original = await pageMarkupWithoutReader(page);
    await page.evaluate(() => addEventListener('beforeprint', () => ((window as any).__tabPrinted = true)));
    await reader.openMenu();
    await page.screenshot({ path: screenshotPath('reader-menu.png') });
    await reader.click('[data-testid=print]');
    const frame = await printedFrame(page, reader);
    // Focus stays in the reader (on the menu's button), not in the frame nobody can see.
    expect(await reader.focused()).toBe('menu-button');
    // The browser printed the frame (its beforeprint fired), never the tab's own document.
    expect(await page.evaluate(() => (window as any).__tabPrinted ?? false)).toBe(false);
    expect(await pageMarkupWithoutReader(page)).toBe(original);

    await frame.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    const paper = await frame.evaluate(() => {
      const text = (sel: string) => document.querySelector(sel)?.textContent ?? null;
      const marks = [...document.querySelectorAll<HTMLElement>('mark')].map((mark) => {
        const style = getComputedStyle(mark);
        return {
          kind: mark.dataset.kind,
          background: style.backgroundColor,
          color: style.color,
          line: style.borderBottomStyle,
          lineColor: style.borderBottomColor,
          weight: style.fontWeight,
        };
      });
      return {
        title: text('[data-testid=print-title]'),
        byline: text('[data-testid=print-byline]'),
        source: text('[data-testid=print-source]'),
        controls: document.querySelectorAll(
          'button, input, select, [role=toolbar], .sift-toolbar, .sift-copybar, .sift-figures, .sift-removed',
        ).length,
        images: document.images.length,
        text: document.body.textContent,
        marks,
        lang: document.documentElement.lang,
      };
    });
    expect(paper.title).toBe(TITLE);
    expect(paper.byline).toContain('Mara Lindqvist');
    expect(paper.source).toBe('The Quayside Courier · March 4, 2026');
    expect(paper.controls).toBe(0);
    expect(paper.images).toBe(1);
    expect(paper.lang).toBe('en');
    expect(paper.text).toContain('The operator will be chosen in a tender');
    expect(paper.text).not.toContain('Related stories');
    const black = 'rgb(0, 0, 0)';
    const lines = { money: 'solid', percent: 'dashed', date: 'dotted', quantity: 'double' };
    expect(new Set(paper.marks.map((m) => m.kind))).toEqual(new Set(Object.keys(lines)));
    for (const mark of paper.marks) {
      expect(mark).toMatchObject({ background: 'rgba(0, 0, 0, 0)', color: black, lineColor: black, weight: '700' });
      expect(mark.line).toBe(lines[mark.kind as keyof typeof lines]);
    }

    // What goes on paper: the frame's document in print media, looked at in the screenshot.
    const sheet = await h.sift.context.newPage();
    await sheet.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await sheet.goto(h.server.url('/section-front.html?print-copy'));
    await sheet.setContent(await frame.content(), { waitUntil: 'load' });
    await sheet.emulateMedia({ media: 'print' });
    await sheet.screenshot({ path: screenshotPath('reader-print.png'), fullPage: true });
    await sheet.close();
  });

  test('12.4d printing the tab itself (browser menu) leaves the reader off the paper', async () => {
    const { page } = await openReader();
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('sift-reader') as Element).display)).toBe(
      'none',
    );
    await page.emulateMedia({ media: 'screen' });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('sift-reader') as Element).display),
    ).not.toBe('none');
  });

  test('12.4e Ctrl+P in the reader prints the article; closing the reader takes the frame with it', async () => {
    const { page, reader } = await openReader();
    await page.keyboard.press('Control+P');
    await printedFrame(page, reader);
    await reader.showOriginal();
    expect(page.frames().filter((f) => f.name() === 'sift-print')).toHaveLength(0);
  });

  test('12.4f "Print" in the popup opens the reader on the page and prints it', async () => {
    const page = await h.openTab(PAGE);
    const popup = await clickToolbar(h.sift, page);
    await popup.settled();
    await popup.openMenu();
    await popup.click('[data-testid=print]');
    const reader = new Reader(page);
    await reader.appears();
    const frame = await printedFrame(page, reader);
    expect(await frame.evaluate(() => document.querySelector('[data-testid=print-title]')?.textContent)).toBe(TITLE);
  });
});
