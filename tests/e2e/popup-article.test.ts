// Paths 1–4: a reader clicks Sift's toolbar button on a cluttered news story.
import { describe, expect, test } from 'vitest';
import { clickToolbar } from './support/popup';
import { RELATED_HEADLINES, SEED_FIGURES, STORY, TITLE } from './support/seed-story';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();

describe('the toolbar popup on the seed story', () => {
  test('1. a toolbar click shows the story once, no unrelated headlines, figures highlighted, and what was removed', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);

    expect(await popup.settled()).toBe('article');
    expect(await popup.blockTexts()).toEqual(STORY);
    const article = await popup.articleText();
    for (const headline of RELATED_HEADLINES) expect(article).not.toContain(headline);
    expect((await popup.marks()).map((m) => m.text)).toEqual(expect.arrayContaining(SEED_FIGURES));
    expect((await popup.keyFigures()).map((f) => f.text).join(' ')).toContain('$245 billion');
    // The second copy of the story (six paragraphs and its heading), and the labelled list (heading and five headlines).
    expect(await popup.removedSummary()).toContain('Removed: 7 repeated paragraphs · 6 unrelated items');
    expect(await popup.removedCount()).toEqual({ repeated: 7, unrelated: 6 });

    await popup.surface.screenshot(screenshotPath('popup-seed-story.png'));
    await popup.close();
  });

  test('2. restoring a removed headline puts it back in place, and Copy text includes it', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();

    await popup.openRemovedPanel();
    const items = await popup.removedItems();
    const headline = items.find((item) => item.text.includes(RELATED_HEADLINES[3]));
    expect(headline, 'the removed list names the unrelated headline').toBeDefined();
    await popup.restore(headline!.blockId);

    const blocks = await popup.articleBlocks();
    const restored = blocks.filter((b) => b.restored);
    expect(restored.map((b) => b.text)).toEqual([RELATED_HEADLINES[3]]);
    // In place: after the story, where the page had it, not at the top.
    expect(blocks.findIndex((b) => b.restored)).toBeGreaterThan(blocks.findIndex((b) => b.text === STORY.at(-1)));
    expect((await popup.removedItems()).find((i) => i.blockId === headline!.blockId)?.restored).toBe(true);
    await popup.surface.run(
      `(root) => root.querySelector('[data-testid=removed-summary]').scrollIntoView({ block: 'start' })`,
    );
    await popup.surface.screenshot(screenshotPath('popup-removed-panel.png'));

    await popup.copyText();
    expect(await h.readClipboard()).toContain(`${STORY.at(-1)}\n\n${RELATED_HEADLINES[3]}`);
  });

  test('3. Copy text and Copy Markdown put exactly the cleaned story on the clipboard', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();

    await popup.copyText();
    expect(await h.readClipboard()).toBe(expectedText(tab.url()));

    const popup2 = await clickToolbar(h.sift, tab);
    await popup2.settled();
    await popup2.copyMarkdown();
    expect(await h.readClipboard()).toBe(expectedMarkdown(tab.url()));

    // Without the title and the source line: the story alone.
    const popup3 = await clickToolbar(h.sift, tab);
    await popup3.settled();
    await popup3.click('[data-testid=include-title]');
    await popup3.click('[data-testid=include-source]');
    await popup3.copyText();
    expect(await h.readClipboard()).toBe(STORY.join('\n\n'));

    // The choice is remembered for the next popup; put it back.
    const popup4 = await clickToolbar(h.sift, tab);
    await popup4.settled();
    // Settings load asynchronously after the article shows, so wait for the stored choice.
    await popup4.waitFor(`(root) => root.querySelector('[data-testid=include-title]').checked === false`, undefined, {
      what: 'the unticked Title box to be remembered',
    });
    expect(await popup4.surface.run(`(root) => root.querySelector('[data-testid=include-title]').checked`)).toBe(false);
    await popup4.click('[data-testid=include-title]');
    await popup4.click('[data-testid=include-source]');
  });

  test('4. a key-figure chip scrolls its figure into view', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();

    const chips = await popup.keyFigures();
    expect(chips.length).toBeGreaterThan(0);
    // The figure furthest down the story is the one that starts out of view.
    const marks = await popup.marks();
    const last = chips.reduce((best, chip) =>
      marks.findIndex((m) => m.id === chip.target) > marks.findIndex((m) => m.id === best.target) ? chip : best,
    );
    await popup.surface.run(
      `(root) => { document.scrollingElement.scrollTop = 0; root.querySelector('[data-testid=article]')?.parentElement?.scrollTo?.(0, 0); }`,
    );
    const index = chips.indexOf(last);
    await popup.click('[data-testid=key-figure]', index);
    await popup.waitFor(
      `(root, id) => { const el = document.getElementById(id); if (!el) return false; const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }`,
      last.target,
      {
        what: `figure ${last.text} to scroll into view`,
      },
    );
    expect(await popup.isInView(last.target)).toBe(true);
  });

  test('5. a chip row wider than the popup fades at the edge that hides chips, and the fade follows the scroll', async () => {
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();

    const row = `root.querySelector('[data-testid=key-figures] ul')`;
    const overflows = await popup.surface.run(
      `(root) => { const row = ${row}; return row.scrollWidth > row.clientWidth + 1; }`,
    );
    expect(overflows, 'the seed story has more chips than the popup is wide').toBe(true);
    await popup.waitFor(`(root) => ${row}.dataset.hiddenEdges === 'right'`, undefined, {
      what: 'the row to fade on the right before it is scrolled',
    });
    expect(await popup.surface.run(`(root) => getComputedStyle(${row}).maskImage`)).toContain('linear-gradient');

    await popup.surface.run(`(root) => { const row = ${row}; row.scrollLeft = row.scrollWidth; }`);
    await popup.waitFor(`(root) => ${row}.dataset.hiddenEdges === 'left'`, undefined, {
      what: 'the fade to move to the left once the row is scrolled to its end',
    });
    await popup.surface.run(`(root) => { const row = ${row}; row.scrollLeft = 40; }`);
    await popup.waitFor(`(root) => ${row}.dataset.hiddenEdges === 'both'`, undefined, {
      what: 'both edges to fade midway',
    });
    await popup.surface.run(`(root) => { ${row}.scrollLeft = 0; }`);
    await popup.surface.screenshot(screenshotPath('popup-chip-row-fade.png'));
    await popup.close();
  });
});

function expectedText(url: string): string {
  return [TITLE, ...STORY, `Source: ${url}`].join('\n\n');
}

function expectedMarkdown(url: string): string {
  const blocks = STORY.map((block) => (block === 'Kim at Chinese parade' ? `## ${block}` : block));
  return [`# ${TITLE}`, ...blocks, `Source: <${url}>`].join('\n\n');
}
