// Issue 12, capability 3: read aloud in the popup and the reader, on a stubbed speechSynthesis
// and on the voices headless Chromium really has.
import { describe, expect, test } from 'vitest';
import { runAxe } from './support/axe';
import { clickToolbar } from './support/popup';
import { pressReaderCommand, Reader } from './support/reader';
import { STORY } from './support/seed-story';
import { screenshotPath, useSift } from './support/setup';
import {
  finishInPopup,
  inSiftWorld,
  popupSpeechLog,
  realVoices,
  type SpeechLog,
  speechStubSource,
  stubSpeechInPopup,
} from './support/speech';
import { pageSurface } from './support/surface';
import { SiftView } from './support/view';

const h = useSift();

/** axe-core finds nothing, of any impact, in the view as it is now. */
async function expectAxeClean(view: SiftView, include?: string) {
  const { violations, passed } = await runAxe(view.surface, include);
  expect(violations).toEqual([]);
  expect(passed).toBeGreaterThan(10);
}

const readingIds = (view: SiftView) =>
  view.surface.run<string[]>(
    `(root) => [...root.querySelectorAll('[data-reading=true]')].map((el) => el.getAttribute('data-block-id'))`,
  );
const blockIds = (view: SiftView) =>
  view.surface.run<string[]>(
    `(root) => [...root.querySelectorAll('[data-testid=article] [data-block-id]')].map((el) => el.getAttribute('data-block-id'))`,
  );
const statusOf = (view: SiftView) =>
  view.surface.run<string>(`(root) => root.querySelector('[data-testid=read-status]')?.textContent ?? ''`);
const waitForStatus = (view: SiftView, pattern: RegExp) =>
  view.waitFor(
    `(root, source) => new RegExp(source).test(root.querySelector('[data-testid=read-status]')?.textContent ?? '')`,
    pattern.source,
    { what: `read-aloud status ${pattern}`, timeout: 10_000 },
  );
/** The block being read is inside the story's scroll area, fully visible. */
const inView = (view: SiftView, id: string) =>
  view.surface.run<boolean>(
    `(root, id) => { const el = root.querySelector('[data-block-id="' + id + '"]'); const box = root.querySelector('[data-testid=story-scroll]');
      const r = el.getBoundingClientRect(), b = box.getBoundingClientRect(); return r.top >= b.top - 1 && r.bottom <= b.bottom + 1; }`,
    id,
  );
const playPressed = (view: SiftView) =>
  view.surface.run<string | null>(
    `(root) => root.querySelector('[data-testid=read-play]')?.getAttribute('aria-pressed') ?? null`,
  );

describe('read aloud', () => {
  test('12.3a the real voices: driven if a local English one exists, else the bar says there is none', async () => {
    const page = await h.openTab('/seed-story.html');
    const voices = await realVoices(page);
    console.log(`headless Chromium voices: ${JSON.stringify(voices)}`);
    await pressReaderCommand(h.sift.context, page);
    const reader = new Reader(page);
    await reader.appears();
    // The reader's own world sees the same list.
    const inReader = await inSiftWorld<number>(
      h.sift.context,
      page,
      h.sift.extensionId,
      'speechSynthesis.getVoices().length',
    );
    expect(inReader).toBe(voices.length);
    await reader.click('[data-testid=read-aloud-button]');
    const local = voices.filter((v) => v.localService && v.lang.toLowerCase().startsWith('en'));
    if (local.length > 0) {
      await reader.click('[data-testid=read-play]');
      await waitForStatus(reader, /^Reading paragraph 1 of/);
      expect(await readingIds(reader)).toEqual([(await blockIds(reader))[0]]);
      // A real voice says the first paragraph and goes on by itself.
      await waitForStatus(reader, /^Reading paragraph 2 of/);
      await reader.click('[data-testid=read-play]');
      await waitForStatus(reader, /^Paused at paragraph 2/);
    } else {
      await waitForStatus(reader, /^No voice on this device reads English/);
      expect(
        await reader.surface.run(
          `(root) => ['read-play', 'read-previous', 'read-next'].map((id) => root.querySelector('[data-testid=' + id + ']').disabled)`,
        ),
      ).toEqual([true, true, true]);
    }
    await reader.surface.screenshot(screenshotPath('read-aloud-real-voices.png'));
  });

  test('12.3b popup, stubbed voice: play highlights paragraph 1, next moves on, figures as words, pause stops', async () => {
    const page = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, page);
    await popup.settled();
    await stubSpeechInPopup(popup.target);
    await popup.settled();
    await popup.click('[data-testid=read-aloud-button]');
    await waitForStatus(popup, /^Voice: Stub Local English$/);
    const ids = await blockIds(popup);

    await popup.click('[data-testid=read-play]');
    await waitForStatus(popup, /^Reading paragraph 1 of \d+$/);
    expect(await readingIds(popup)).toEqual([ids[0]]);
    expect(await playPressed(popup)).toBe('true');
    let log: SpeechLog = await popupSpeechLog(popup.target);
    expect(log.spoken).toEqual([{ text: STORY[0], voice: 'Stub Local English', rate: 1 }]);

    await popup.click('[data-testid=read-next]');
    await waitForStatus(popup, /^Reading paragraph 2 of/);
    expect(await readingIds(popup)).toEqual([ids[1]]);
    log = await popupSpeechLog(popup.target);
    expect(log.spoken.at(-1)?.text).toContain('a record 245 billion dollars in 2024');
    expect(log.spoken.at(-1)?.text).not.toContain('$');

    // The voice finishes paragraph 2: paragraph 3 follows by itself, its 8.1% said as words.
    await finishInPopup(popup.target);
    await waitForStatus(popup, /^Reading paragraph 3 of/);
    log = await popupSpeechLog(popup.target);
    expect(log.spoken.at(-1)?.text).toContain('down 8.1 percent year-on-year');
    expect(log.queued).toBe(1);
    expect(new Set(log.spoken.map((s) => s.voice))).toEqual(new Set(['Stub Local English']));
    await popup.surface.screenshot(screenshotPath('read-aloud-popup.png'));
    await expectAxeClean(popup);

    await popup.click('[data-testid=read-play]');
    await waitForStatus(popup, /^Paused at paragraph 3 of/);
    log = await popupSpeechLog(popup.target);
    expect(log.queued).toBe(0);
    expect(await playPressed(popup)).toBe('false');
    expect(await readingIds(popup)).toEqual([ids[2]]);
    await popup.close();
  });

  test('12.3c reader, stubbed voice: R plays, "." steps and keeps the paragraph in view, Show original stops it', async () => {
    const page = await h.openTab('/seed-story.html');
    const reader = new Reader(page);
    // First mount injects the content script, whose world then exists to receive the stub.
    await pressReaderCommand(h.sift.context, page);
    await reader.appears();
    await reader.showOriginal();
    await inSiftWorld(h.sift.context, page, h.sift.extensionId, speechStubSource());
    await pressReaderCommand(h.sift.context, page);
    await reader.appears();
    const ids = await blockIds(reader);
    const log = () => inSiftWorld<SpeechLog>(h.sift.context, page, h.sift.extensionId, '__siftSpeech.log()');

    await page.waitForTimeout(300); // the stub's voices arrive 100 ms after the reader asks
    await page.keyboard.press('r');
    await waitForStatus(reader, /^Reading paragraph 1 of/);
    expect(await readingIds(reader)).toEqual([ids[0]]);
    for (let i = 1; i < ids.length; i++) await page.keyboard.press('.');
    await waitForStatus(reader, new RegExp(`^Reading paragraph ${ids.length} of ${ids.length}$`));
    const last = ids[ids.length - 1];
    expect(await readingIds(reader)).toEqual([last]);
    await reader.waitFor(
      `(root, id) => { const el = root.querySelector('[data-block-id="' + id + '"]'); const box = root.querySelector('[data-testid=story-scroll]');
        const r = el.getBoundingClientRect(), b = box.getBoundingClientRect(); return r.top >= b.top - 1 && r.bottom <= b.bottom + 1; }`,
      last,
      { what: 'the last paragraph scrolled into view' },
    );
    expect(await inView(reader, last)).toBe(true);
    expect((await log()).spoken.map((s) => s.voice)).toEqual(ids.map(() => 'Stub Local English'));
    await page.keyboard.press(',');
    await waitForStatus(reader, new RegExp(`^Reading paragraph ${ids.length - 1} of`));
    await reader.surface.screenshot(screenshotPath('read-aloud-reader.png'));
    await expectAxeClean(new SiftView(pageSurface(page), '[data-testid=reader]'), 'sift-reader');

    const before = (await log()).cancels;
    await reader.showOriginal();
    // The reader's unmount cancels what the voice was saying.
    let after = await log();
    for (const deadline = Date.now() + 3_000; after.queued > 0 && Date.now() < deadline; after = await log())
      await page.waitForTimeout(50);
    expect(after.queued).toBe(0);
    expect(after.cancels).toBeGreaterThan(before);
  });

  test('12.3d no local voice for the article’s language: disabled, and the bar says so (dark theme)', async () => {
    await h.sift.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ theme: 'dark' }));
    const page = await h.openTab('/de-article.html');
    const popup = await clickToolbar(h.sift, page);
    await popup.settled();
    await stubSpeechInPopup(popup.target); // English voices only
    await popup.settled();
    await popup.click('[data-testid=read-aloud-button]');
    await waitForStatus(popup, /^No voice on this device reads German/);
    expect(await popup.surface.run(`(root) => root.querySelector('[data-testid=read-play]').disabled`)).toBe(true);
    await popup.surface.screenshot(screenshotPath('read-aloud-no-voice.png'));
    await expectAxeClean(popup);
    expect((await popupSpeechLog(popup.target)).spoken).toEqual([]);
    await popup.close();
    await h.sift.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ theme: 'system' }));
  });

  test('12.3e the speed chosen on the options page is the one the voice gets', async () => {
    const options = await h.sift.context.newPage();
    await options.goto(`chrome-extension://${h.sift.extensionId}/options.html`);
    await options.locator('[data-testid=speech-rate]').selectOption('1.5');
    await options.waitForFunction(
      async () => (await (globalThis as any).chrome.storage.sync.get('speechRate')).speechRate === 1.5,
    );
    const page = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, page);
    await popup.settled();
    await stubSpeechInPopup(popup.target);
    await popup.settled();
    await popup.click('[data-testid=read-aloud-button]');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=read-speed]')?.value === '1.5'`, undefined, {
      what: 'the speed field to show 1.5',
    });
    await waitForStatus(popup, /^Voice:/);
    await popup.click('[data-testid=read-play]');
    await waitForStatus(popup, /^Reading paragraph 1/);
    expect((await popupSpeechLog(popup.target)).spoken[0].rate).toBe(1.5);
    expect(await statusOf(popup)).toMatch(/^Reading paragraph 1 of/);
    await popup.close();
    await options.close();
  });
});
