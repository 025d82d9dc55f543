// Issue 11, point 1: on opening, the story starts near the top and fills most of the popup.
import { describe, expect, test } from 'vitest';
import { measureFirstScreen } from './support/first-screen';
import { clickToolbar } from './support/popup';
import { useSift } from './support/setup';

const h = useSift();

/** The seed story (chips, removals), a long read, and a headline that wraps to three lines. */
const PAGES = ['/seed-story.html', '/long-read.html', '/long-headline.html'];
const MAX_STORY_TOP_PX = 200;
const MIN_STORY_SHARE = 0.55;

describe('the first screen of the popup', () => {
  test.each(PAGES)('%s: the story starts within 200 px of the top and fills over half the popup', async (path) => {
    const tab = await h.openTab(path);
    const popup = await clickToolbar(h.sift, tab);
    expect(await popup.settled()).toBe('article');
    // Settings (text size, figure kinds) load just after the article: measure the settled layout.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const screen = await measureFirstScreen(popup);
    if (path === '/long-headline.html') expect(screen.titleLines).toBe(3);
    console.log(
      `first screen ${path}: story top ${screen.storyTop} px, story ${Math.round(screen.storyShare * 100)}% of ${screen.height} px`,
    );
    expect(screen.height).toBeGreaterThanOrEqual(500);
    expect(screen.storyTop).toBeLessThanOrEqual(MAX_STORY_TOP_PX);
    expect(screen.storyShare).toBeGreaterThanOrEqual(MIN_STORY_SHARE);
    await popup.close();
    await tab.close();
  });
});
