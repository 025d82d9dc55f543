// Firefox, issue 12.1, 12.2 and 12.4 as in reader-on-demand.test.ts, appearance.test.ts and
// reader-save-print.test.ts for Chromium: the reader on demand from its keyboard command on the
// shipped build (no site chosen, no host permission), Show original and back three times; the
// reader's Aa panel; Save as Markdown from the reader into
// Firefox's download folder; Print from the reader, printed for real to a PDF by Firefox's own
// "Save to PDF" printer without a dialog.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { clean } from '../../utils/clean/index.ts';
import { fileContent, fileNameFor } from '../../utils/extension/save-file.ts';
import { parseFixture } from '../support/fixtures';
import { poll } from './support/firefox';
import { FirefoxReader } from './support/firefox-reader';
import { useFirefox, type FirefoxTab } from './support/firefox-setup';
import { EVENT_UTILS } from './support/firefox-surface';
import { STORY } from './support/seed-story';

const DOWNLOADS = mkdtempSync(join(tmpdir(), 'sift-firefox-downloads-'));
const PDF = join(mkdtempSync(join(tmpdir(), 'sift-firefox-print-')), 'printed.pdf');
const h = useFirefox({
  prefs: {
    'browser.download.folderList': 2,
    'browser.download.dir': DOWNLOADS,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.panel.shown': true,
    'browser.download.alwaysOpenPanel': false,
    'print.always_print_silent': true,
    'print.show_print_progress': false,
    print_printer: 'Mozilla Save to PDF',
    'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
    'print.printer_Mozilla_Save_to_PDF.print_to_filename': PDF,
  },
});
const TITLE = 'Harbour ferry returns after six years as council backs new route';

/** Alt+Shift+E with focus on the window, as the popup's command is sent in firefox-popup.test.ts. */
async function pressReaderCommand(tab: FirefoxTab): Promise<void> {
  await tab.select();
  await h.firefox.chrome(
    `${EVENT_UTILS} window.focus(); document.documentElement.focus(); EU.synthesizeKey('E', { altKey: true, shiftKey: true }, window); return true;`,
  );
}

async function openReader(path: string): Promise<{ tab: FirefoxTab; reader: FirefoxReader }> {
  const tab = await h.openTab(path);
  const reader = new FirefoxReader(tab);
  await pressReaderCommand(tab);
  await reader.appears();
  return { tab, reader };
}

/** A PDF's objects as text, its compressed streams (object streams, page contents) inflated. */
function pdfObjects(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): nothing to read in it.
    }
  }
  return parts.join('\n');
}

describe('Firefox: the reader on demand, save and print', () => {
  test('12.1 Alt+Shift+E shows the reader on any page; Show original and back three times, no reload, page untouched', async () => {
    const tab = await h.openTab('/seed-story.html');
    const reader = new FirefoxReader(tab);
    const original = await tab.evaluate<string>('return document.body.innerHTML;');
    // A reload starts a new document with a new time origin.
    const origin = await tab.evaluate<number>('return performance.timeOrigin;');
    expect(await reader.mountsWithin(500)).toBe(false);
    for (let round = 1; round <= 3; round++) {
      await pressReaderCommand(tab);
      await reader.appears();
      expect(await reader.blockTexts()).toEqual(STORY);
      expect(await reader.markupWithoutReader()).toBe(original);
      await reader.showOriginal();
      expect(await tab.evaluate<string>('return document.body.innerHTML;')).toBe(original);
    }
    expect(await tab.evaluate<number>('return performance.timeOrigin;')).toBe(origin);
    await tab.close();
  });

  test('12.2 the reader’s Aa panel in Firefox: sepia and the easy-to-read face with clicks apply at once; Escape closes only the panel', async () => {
    const { tab, reader } = await openReader('/seed-story.html');
    await reader.openPopover('appearance');
    await reader.click('label.sift-choice:has([data-testid=theme-sepia])');
    await reader.click('label.sift-choice:has([data-testid=typeface-legible])');
    await reader.waitFor(
      `(root) => { const el = root.querySelector('[data-testid=reader]'); return el.dataset.theme === 'sepia' && el.dataset.typeface === 'legible'; }`,
      undefined,
      { what: 'the reader in sepia with the easy-to-read face' },
    );
    const painted = await reader.surface.run<{ background: string; font: string }>(
      `(root) => ({ background: getComputedStyle(root.querySelector('[data-testid=reader]')).backgroundColor,
         font: getComputedStyle(root.querySelector('.sift-article')).fontFamily })`,
    );
    expect(painted.background).toBe('rgb(244, 236, 216)');
    expect(painted.font).toMatch(/^"Atkinson Hyperlegible", Verdana/);
    await reader.surface.press('Escape');
    await reader.waitFor(`(root) => root.querySelector('[data-testid=appearance-panel]').hidden`);
    expect(await reader.isMounted()).toBe(true);
    // Back to the defaults, for the tests after this one.
    await reader.openPopover('appearance');
    await reader.click('label.sift-choice:has([data-testid=theme-system])');
    await reader.click('label.sift-choice:has([data-testid=typeface-serif])');
    await reader.waitFor(`(root) => root.querySelector('[data-testid=reader]').dataset.typeface === 'serif'`);
    await tab.close();
  });

  test('12.4 Save as Markdown in the reader: the downloaded file is, byte for byte, what the writer makes of the page', async () => {
    const { tab, reader } = await openReader('/save-story.html');
    await reader.openMenu();
    await reader.click('[data-testid=save-markdown]');
    const name = fileNameFor(TITLE, 'markdown');
    const file = join(DOWNLOADS, name);
    await poll(
      async () =>
        existsSync(file) && statSync(file).size > 0 && !readdirSync(DOWNLOADS).some((f) => f.endsWith('.part')),
      `${name} in the download folder (has ${readdirSync(DOWNLOADS)})`,
    );
    const html = readFileSync(join(import.meta.dirname, 'pages', 'save-story.html'), 'utf8');
    const expected = fileContent(clean(parseFixture(html), { url: tab.url }), 'markdown', {
      includeTitle: true,
      includeSource: true,
    });
    expect(readFileSync(file).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    await tab.close();
  });

  test('12.4 Print in the reader: Firefox prints the article alone (to a PDF here), the page untouched', async () => {
    const { tab, reader } = await openReader('/save-story.html');
    const original = await reader.markupWithoutReader();
    await reader.openMenu();
    await reader.click('[data-testid=print]');
    await poll(async () => existsSync(PDF) && statSync(PDF).size > 1000, 'the printed PDF', 30_000);
    const pdf = pdfObjects(readFileSync(PDF));
    const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    // The paper's links are the article's one link: none of the page's own (its menu, related
    // stories, footer, all on the fixture server) was printed, so the page was not.
    const links = new Set([...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]));
    expect([...links]).toEqual(['https://quayside-courier.sift-e2e.test/documents/ferry-review']);
    expect(await reader.markupWithoutReader()).toBe(original);
    await tab.close();
  });
});
