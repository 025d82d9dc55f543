// Issue 9.2: captions are not body text. A picture's caption and a caption printed as a paragraph
// (its credit at the end) show in the popup as captions, small and muted, and Copy text leaves
// them out; the "Captions" box (the includeCaptions setting) brings them back.
import { describe, expect, test } from 'vitest';
import { clickToolbar, type Popup } from './support/popup';
import { useSift } from './support/setup';

const FIGURE_CAPTION = 'Volunteers sort donated coats in the church hall on Saturday morning.';
const PRINTED_CAPTION = 'The new warehouse on Mill Lane, which opens in March. (Photo: Ines Karlsson/Valley Herald)';
const BODY = [
  'A winter coat drive run by three neighbourhood groups collected more than two thousand coats in its first weekend, its organisers said on Sunday, twice what they had hoped to gather by the end of the month.',
  'The coats will be cleaned, sorted by size and handed out from a warehouse that a local builder has lent to the groups until the spring. Families can collect them on weekday evenings without an appointment.',
  'Organisers said the drive had been planned after a survey of school families found that one child in six had come to class without a warm coat during the cold spell in December.',
  'The groups now need volunteers for the evening shifts and vans to bring coats from the collection points in the outer villages, which are still receiving bags every day.',
];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coat drive collects two thousand coats in a weekend</title></head>
<body><main><article>
<h1>Coat drive collects two thousand coats in a weekend</h1>
<p>${BODY[0]}</p>
<figure><img src="/ferry-chart.svg" alt="Volunteers at work" width="600" height="300"><figcaption>${FIGURE_CAPTION}</figcaption></figure>
<p>${BODY[1]}</p>
<p>${PRINTED_CAPTION}</p>
<p>${BODY[2]}</p>
<p>${BODY[3]}</p>
</article></main></body></html>`;

const h = useSift({ pages: (path) => (path === '/caption-story.html' ? { body: PAGE } : undefined) });

/** Each caption block the popup shows: its text and how it is set beside a body paragraph. */
function captionLooks(popup: Popup): Promise<{ text: string; smaller: boolean; muted: boolean }[]> {
  return popup.surface.run(
    `(root) => { const body = root.querySelector('[data-testid=article] p[data-block-id]');
       const bodyStyle = getComputedStyle(body);
       return [...root.querySelectorAll('[data-testid=article] figure[data-block-id] figcaption')].map((el) => {
         const style = getComputedStyle(el);
         return { text: el.textContent.replace(/\\s+/g, ' ').trim(),
           smaller: parseFloat(style.fontSize) < parseFloat(bodyStyle.fontSize),
           muted: style.color !== bodyStyle.color }; }); }`,
  );
}

describe('captions in the popup', () => {
  test('captions show small and muted, are left out of Copy text, and the Captions box brings them back', async () => {
    const tab = await h.openTab('/caption-story.html');
    const popup = await clickToolbar(h.sift, tab);
    expect(await popup.settled()).toBe('article');

    expect(await captionLooks(popup)).toEqual([
      { text: FIGURE_CAPTION, smaller: true, muted: true },
      { text: PRINTED_CAPTION, smaller: true, muted: true },
    ]);

    await popup.click('[data-testid=include-title]');
    await popup.click('[data-testid=include-source]');
    await popup.copyText();
    expect(await h.readClipboard()).toBe(BODY.join('\n\n'));

    // A copy closes the popup; the next one ticks the Captions box (the includeCaptions setting).
    const second = await clickToolbar(h.sift, tab);
    await second.settled();
    await second.click('[data-testid=include-captions]');
    await second.waitFor(`(root) => root.querySelector('[data-testid=include-captions]').checked === true`);
    await second.copyText();
    const copied = await h.readClipboard();
    expect(copied).toContain(FIGURE_CAPTION);
    expect(copied).toContain(PRINTED_CAPTION);
    for (const paragraph of BODY) expect(copied).toContain(paragraph);

    // The setting is remembered for the next popup; put all three back.
    const third = await clickToolbar(h.sift, tab);
    await third.settled();
    await third.waitFor(`(root) => root.querySelector('[data-testid=include-captions]').checked === true`, undefined, {
      what: 'the ticked Captions box to be remembered',
    });
    for (const id of ['include-captions', 'include-title', 'include-source']) await third.click(`[data-testid=${id}]`);
    await third.close();
  });
});
