/**
 * What a reader sees on opening the popup: where the story's first line starts and how much of
 * the popup's height shows story text (the rest is header, chips, controls and the copy bar).
 */
import type { SiftView } from './view';

export interface FirstScreen {
  /** Top of the story's first block, in px from the top of the popup's window. */
  storyTop: number;
  /** Share of the window's height (0–1) covered by story text, clipped to the scroll area. */
  storyShare: number;
  /** The popup window's height in px. */
  height: number;
  /** Lines the headline wraps to. */
  titleLines: number;
}

export function measureFirstScreen(view: SiftView): Promise<FirstScreen> {
  return view.surface.run<FirstScreen>(`(root) => {
    const article = root.querySelector('[data-testid=article]');
    const first = article?.querySelector('[data-block-id]');
    const scroller = article?.closest('.sift-scroll');
    const title = root.querySelector('[data-testid=title]');
    const titleLines = title ? Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)) : 0;
    if (!first || !scroller) return { storyTop: Infinity, storyShare: 0, height: innerHeight, titleLines };
    const top = first.getBoundingClientRect().top;
    const area = scroller.getBoundingClientRect();
    const bottom = Math.min(article.getBoundingClientRect().bottom, area.bottom, innerHeight);
    const shown = Math.max(0, bottom - Math.max(top, area.top));
    return { storyTop: Math.round(top), storyShare: Math.round((shown / innerHeight) * 1000) / 1000, height: innerHeight, titleLines };
  }`);
}
