// Paths 6 and 7, and a story in German: pages that are hostile, forbidden, not articles, or foreign.
import { describe, expect, test } from 'vitest';
import { ACTIVE_CONTENT } from './support/hostile';
import { clickToolbar } from './support/popup';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();

describe('the popup on other kinds of pages', () => {
  test('6. no script from a hostile page runs in the popup, and javascript: links are not links', async () => {
    const tab = await h.openTab('/hostile.html');
    const pageDialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      pageDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const popup = await clickToolbar(h.sift, tab);

    expect(await popup.settled()).toBe('article');
    const text = await popup.articleText();
    const links = await popup.links();
    expect(text).toContain('Read the full budget report');
    expect(links.map((l) => l.text)).not.toContain('Read the full budget report');
    expect(text).toContain(`<img src=x onerror="window.__pwned=true;alert('pwned: text')">`);
    for (const link of links) expect(link.href).toMatch(/^https?:\/\//);
    expect(links).toContainEqual(
      expect.objectContaining({
        href: 'https://example.org/budget-2025',
        target: '_blank',
        rel: 'noopener noreferrer',
      }),
    );
    expect(await popup.inArticle(ACTIVE_CONTENT)).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 500)); // give any smuggled handler time to fire
    expect(await popup.target.evaluate('window.__pwned ?? null')).toBeNull();
    expect(popup.dialogs).toEqual([]);
    expect(await tab.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? null)).toBeNull();
    expect(pageDialogs).toEqual([]);
  });

  test('7a. a page the browser forbids extensions on gets its message', async () => {
    const tab = await h.sift.context.newPage();
    await tab.goto('chrome://version');
    const popup = await clickToolbar(h.sift, tab);

    expect(await popup.settled()).toBe('forbidden');
    expect(await popup.text('message')).toMatch(/\S/);
    await popup.surface.screenshot(screenshotPath('popup-forbidden.png'));
    await popup.close();
    await tab.close();
  });

  test('7b. a section front is not an article: a message and a Clean anyway button', async () => {
    const tab = await h.openTab('/section-front.html');
    const popup = await clickToolbar(h.sift, tab);

    expect(await popup.settled()).toBe('not-article');
    expect(await popup.text('message')).toMatch(/\S/);
    await popup.surface.screenshot(screenshotPath('popup-not-article.png'));
    // The user may insist: Clean anyway shows what Sift made of it. The teasers are the page
    // itself (a list that outweighs everything else is an index, not a story's tail), so they
    // stay; never a blank popup.
    await popup.click('[data-testid=clean-anyway]');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=removed-summary]')`);
    expect(await popup.state()).toBe('article');
    expect(await popup.articleText()).toContain('Floods force thousands from homes in river valley');
  });

  test('a German story keeps its language and its German-format figures are highlighted', async () => {
    const tab = await h.openTab('/de-article.html');
    const popup = await clickToolbar(h.sift, tab);

    expect(await popup.settled()).toBe('article');
    expect(await popup.text('title')).toBe('Windkraftbauer steigert Umsatz deutlich');
    // The article keeps the page's language, so hyphenation and screen readers follow German.
    expect(
      await popup.surface.run(
        `(root) => root.querySelector('[data-testid=article]').closest('[lang]')?.getAttribute('lang')`,
      ),
    ).toBe('de');
    const marks = await popup.marks();
    const texts = marks.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['12,5 %', '3,4 Mrd. Euro']));
    expect(marks.find((m) => m.text === '12,5 %')?.kind).toBe('percent');
    expect(marks.find((m) => m.text === '3,4 Mrd. Euro')?.kind).toBe('money');
    const blocks = await popup.blockTexts();
    expect(blocks).toContain('Zölle als Risiko');
    expect(blocks.filter((b) => b.length > 100)).toHaveLength(7); // every paragraph of the story stays
    expect((await popup.removedCount()).unrelated).toBe(0);
  });
});
