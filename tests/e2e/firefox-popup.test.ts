// Firefox, paths 1–3, 6 and 7b: the toolbar popup, as in popup-article.test.ts and
// popup-pages.test.ts for Chromium, plus the size limits Firefox puts on a popup.
import { describe, expect, test } from 'vitest';
import { poll } from './support/firefox';
import { clickToolbar, openedPopup, pinToToolbar } from './support/firefox-popup';
import { EVENT_UTILS } from './support/firefox-surface';
import { useFirefox } from './support/firefox-setup';
import { ACTIVE_CONTENT } from './support/hostile';
import { RELATED_HEADLINES, SEED_FIGURES, STORY, TITLE } from './support/seed-story';
import { screenshotPath } from './support/setup';

const h = useFirefox();

describe('Firefox: the toolbar popup', () => {
  test('1. a toolbar click shows the story once, no unrelated headlines, figures highlighted, and what was removed', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);

    expect(await popup.settled()).toBe('article');
    expect(await popup.blockTexts()).toEqual(STORY);
    const article = await popup.articleText();
    for (const headline of RELATED_HEADLINES) expect(article).not.toContain(headline);
    expect((await popup.marks()).map((m) => m.text)).toEqual(expect.arrayContaining(SEED_FIGURES));
    expect((await popup.keyFigures()).map((f) => f.text).join(' ')).toContain('$245 billion');
    expect(await popup.removedCount()).toEqual({ repeated: 7, unrelated: 6 });
    await popup.surface.screenshot(screenshotPath('firefox-popup-seed-story.png'));
    await popup.close();
  });

  test('2. restoring a removed headline puts it back in place, and Copy text includes it', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();

    await popup.openRemovedPanel();
    const headline = (await popup.removedItems()).find((item) => item.text.includes(RELATED_HEADLINES[3]));
    expect(headline, 'the removed list names the unrelated headline').toBeDefined();
    await popup.restore(headline!.blockId);
    const blocks = await popup.articleBlocks();
    expect(blocks.filter((b) => b.restored).map((b) => b.text)).toEqual([RELATED_HEADLINES[3]]);
    expect(blocks.findIndex((b) => b.restored)).toBeGreaterThan(blocks.findIndex((b) => b.text === STORY.at(-1)));

    await popup.copyText();
    expect(await h.readClipboard()).toContain(`${STORY.at(-1)}\n\n${RELATED_HEADLINES[3]}`);
  });

  test('3. Copy text and Copy Markdown put exactly the cleaned story on the clipboard', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();
    await popup.copyText();
    expect(await h.readClipboard()).toBe([TITLE, ...STORY, `Source: ${tab.url}`].join('\n\n'));

    const popup2 = await clickToolbar(h.firefox, tab);
    await popup2.settled();
    await popup2.copyMarkdown();
    const markdown = STORY.map((block) => (block === 'Kim at Chinese parade' ? `## ${block}` : block));
    expect(await h.readClipboard()).toBe([`# ${TITLE}`, ...markdown, `Source: <${tab.url}>`].join('\n\n'));
  });

  test('4. a key-figure chip scrolls its figure into view', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();
    const chips = await popup.keyFigures();
    const marks = await popup.marks();
    const position = (chip: { target: string }) => marks.findIndex((m) => m.id === chip.target);
    const last = chips.reduce((best, chip) => (position(chip) > position(best) ? chip : best));
    expect(await popup.isInView(last.target)).toBe(false);
    await popup.click('[data-testid=key-figure]', chips.indexOf(last));
    await popup.waitFor(
      `(root, id) => { const el = document.getElementById(id); if (!el) return false; const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }`,
      last.target,
      { what: `figure ${last.text} to scroll into view` },
    );
  });

  test('6. no script from a hostile page runs in the popup, and javascript: links are not links', async () => {
    const tab = await h.openTab('/hostile.html');
    const popup = await clickToolbar(h.firefox, tab);

    expect(await popup.settled()).toBe('article');
    const links = await popup.links();
    expect(await popup.articleText()).toContain('Read the full budget report');
    expect(links.map((l) => l.text)).not.toContain('Read the full budget report');
    for (const link of links) expect(link.href).toMatch(/^https?:\/\//);
    expect(await popup.inArticle(ACTIVE_CONTENT)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500)); // give any smuggled handler time to fire
    expect(await popup.surface.run(`() => window.__pwned ?? null`)).toBeNull();
    expect(await tab.evaluate(`return window.__pwned ?? null;`)).toBeNull();
    // Any alert would have opened a tab-modal prompt in the browser window.
    expect(
      await h.firefox.chrome(
        `return gBrowser.getTabDialogBox?.(gBrowser.selectedBrowser)?.getTabDialogManager()?._dialogs?.length ?? 0;`,
      ),
    ).toBe(0);
  });

  test('7a. a page Firefox forbids extensions on gets its message', async () => {
    const tab = await h.openTab('about:robots');
    const popup = await clickToolbar(h.firefox, tab);
    expect(await popup.settled()).toBe('forbidden');
    expect(await popup.text('message')).toMatch(/\S/);
    await tab.close();
  });

  test('10. Alt+Shift+S opens the popup, c copies, Enter opens the removed panel, Escape closes the popup', async () => {
    const tab = await h.openTab('/seed-story.html');
    await tab.select();
    // Sent with focus on the browser window: a key synthesized into the remote page never
    // comes back to the window's shortcut handling, which a real key press does.
    await h.firefox.chrome(
      `${EVENT_UTILS} window.focus(); document.documentElement.focus(); EU.synthesizeKey('S', { altKey: true, shiftKey: true }, window); return true;`,
    );
    const popup = await openedPopup(h.firefox);
    expect(await popup.settled()).toBe('article');
    await popup.surface.run(`() => document.activeElement?.blur()`);
    await popup.surface.press('c');
    await popup.waitFor(`(root) => /copied/i.test(root.querySelector('[data-testid=copy-status]')?.textContent ?? '')`);
    expect(await h.readClipboard()).toContain(STORY[0]);
    await popup.surface.run(`(root) => root.querySelector('[data-testid=removed-summary]').focus()`);
    await popup.surface.press('Enter');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=removed-panel]')?.getClientRects().length > 0`);
    // Firefox's panels take Escape themselves: it closes the whole popup (in Chromium it
    // closes the removed panel first). Either way the user is out with one key.
    await popup.surface.press('Escape');
    await poll(async () => !(await popup.isOpen()), 'Escape to close the popup');
  });

  test('7b. a section front is not an article: a message and a Clean anyway button', async () => {
    const tab = await h.openTab('/section-front.html');
    const popup = await clickToolbar(h.firefox, tab);
    expect(await popup.settled()).toBe('not-article');
    expect(await popup.text('message')).toMatch(/\S/);
    await popup.click('[data-testid=clean-anyway]');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=removed-summary]')`);
    expect(await popup.state()).toBe('article');
  });

  test("Firefox's popup limits (at most 800×600): Sift's popup fits whole, nothing cut off sideways; pinned, one click opens it", async () => {
    await pinToToolbar(h.firefox);
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();
    const size = await popup.size();
    expect(size.browser.width).toBeLessThanOrEqual(800);
    expect(size.browser.height).toBeLessThanOrEqual(600);
    // Firefox sizes the panel to the document, up to the limits: the popup's own 460 px width
    // must arrive whole, and the long article scrolls inside rather than stretching the panel.
    expect(size.viewport.width).toBe(size.browser.width);
    expect(size.browser.width).toBeGreaterThanOrEqual(400);
    expect(size.scroll.width).toBeLessThanOrEqual(size.viewport.width);
    // The copy buttons are inside the visible panel, not below its bottom edge.
    const copy = await popup.surface.run<{ top: number; bottom: number }>(
      `(root) => { const r = root.querySelector('[data-testid=copy-text]').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }`,
    );
    expect(copy.bottom).toBeLessThanOrEqual(size.viewport.height);
    await popup.close();
  });
});
