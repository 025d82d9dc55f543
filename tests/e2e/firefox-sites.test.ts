// Firefox, paths 5, 6 (reader) and 9, as in auto-clean.test.ts and settings-keyboard.test.ts for
// Chromium, with what differs in Firefox: the site's permission is asked for by Firefox's own
// prompt at the moment of choosing (the shipped build, nothing pre-granted), the user may
// decline it, the background is an event page that sleeps, and storage.sync has no account.
import { describe, expect, test } from 'vitest';
import { clickToolbar } from './support/firefox-popup';
import { FirefoxOptions } from './support/firefox-options';
import { FirefoxReader } from './support/firefox-reader';
import { poll } from './support/firefox';
import { GECKO_ID, useFirefox } from './support/firefox-setup';
import { ACTIVE_CONTENT } from './support/hostile';
import { STORY } from './support/seed-story';
import { screenshotPath } from './support/setup';

// Firefox stops an idle event page after 30 s; 3 s here, so the paths below also run against a
// background that has been stopped and must be woken by the event it listens for.
const h = useFirefox({ prefs: { 'extensions.background.idle.timeout': 3_000 } });
const SITE = '127.0.0.1';
/** What Sift asks for when the site 127.0.0.1 is chosen (utils/site-patterns.ts). */
const SITE_ORIGINS = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];

async function readerOn(path: string): Promise<FirefoxReader> {
  return new FirefoxReader(await h.openTab(path));
}

/** The host permissions Firefox holds for Sift right now, from the add-on manager's own record. */
function grantedOrigins(): Promise<string[]> {
  return h.firefox.chrome<string[]>(
    `return WebExtensionPolicy.getByID(arguments[0]).allowedOrigins.patterns.map((p) => p.pattern).filter((p) => !p.startsWith('moz-extension:'));`,
    [GECKO_ID],
  );
}

function backgroundState(): Promise<string> {
  return h.firefox.chrome<string>(
    `const ext = WebExtensionPolicy.getByID(arguments[0]).extension; return String(ext.backgroundState);`,
    [GECKO_ID],
  );
}

describe('Firefox: a chosen site', () => {
  test('5. choosing a site asks Firefox for that site alone; the reader appears by itself; Show original; a section front stays; it survives a restart; removal gives the permission back', async () => {
    const untouched = await h.openTab('/seed-story.html');
    const original = await untouched.evaluate<string>('return document.body.innerHTML;');
    expect(await new FirefoxReader(untouched).mountsWithin(1_000)).toBe(false);
    expect(await grantedOrigins()).toEqual([]);

    const options = await FirefoxOptions.open(h);
    await options.addSite(SITE);
    // The prompt is Firefox's own, opened by the click on Add, and names the site.
    expect(await h.answerPermissionPrompt(true)).toContain(SITE);
    expect(await options.sites()).toContain(SITE);
    expect((await grantedOrigins()).sort()).toEqual(SITE_ORIGINS);
    await h.readerRegistered(SITE, true);

    const reader = await readerOn('/seed-story.html');
    await reader.appears();
    expect(await reader.blockTexts()).toEqual(STORY);
    expect(await reader.markupWithoutReader()).toBe(original);
    await reader.surface.screenshot(screenshotPath('firefox-reader-seed-story.png'));
    await reader.showOriginal();
    expect(await reader.tab.evaluate('return document.body.innerHTML;')).toBe(original);

    expect(await (await readerOn('/section-front.html')).mountsWithin()).toBe(false);

    // A restart keeps the choice, the permission and the registration.
    await h.restartBrowser();
    await (await readerOn('/seed-story.html')).appears();

    const options2 = await FirefoxOptions.open(h);
    await options2.removeSite(SITE);
    await h.readerRegistered(SITE, false);
    expect(await grantedOrigins()).toEqual([]);
    expect(await (await readerOn('/seed-story.html')).mountsWithin()).toBe(false);
  });

  test('5d. declining the prompt: the site is not kept, the page says why, nothing is registered', async () => {
    const options = await FirefoxOptions.open(h);
    await options.addSite(SITE);
    await h.answerPermissionPrompt(false);
    await options.view.waitFor(
      `(root) => !root.querySelector('[data-testid=site-item][data-site="${SITE}"]')`,
      undefined,
      {
        what: 'the declined site to leave the list',
      },
    );
    expect(await options.notes()).toContain(SITE);
    expect(await grantedOrigins()).toEqual([]);
    await h.readerRegistered(SITE, false);
    expect(await (await readerOn('/seed-story.html')).mountsWithin()).toBe(false);
    await options.close();
  });

  test('5c. the popup switch "Clean this site automatically" asks in Firefox too', async () => {
    const tab = await h.openTab('/de-article.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();
    // Declined: the switch goes back off and says why; the site is not kept.
    await popup.openMenu(); // the switch lives in the header menu
    await popup.click('[data-testid=auto-clean-toggle]');
    expect(await h.answerPermissionPrompt(false)).toContain(SITE);
    expect(await popup.isOpen(), 'the popup stays open over the prompt').toBe(true);
    await popup.waitFor(
      `(root) => !root.querySelector('[data-testid=auto-clean-toggle]').checked && root.querySelector('[role=alert]')`,
      undefined,
      {
        what: 'the switch to turn back off with a note',
      },
    );
    expect(await (await FirefoxOptions.open(h)).sites()).toEqual([]);

    const popup2 = await clickToolbar(h.firefox, tab);
    await popup2.settled();
    await popup2.openMenu(); // the switch lives in the header menu
    await popup2.click('[data-testid=auto-clean-toggle]');
    expect(await h.answerPermissionPrompt(true)).toContain(SITE);
    await h.readerRegistered(SITE, true);
    expect((await grantedOrigins()).sort()).toEqual(SITE_ORIGINS);
    await (await readerOn('/de-article.html')).appears();

    const again = await clickToolbar(h.firefox, await h.openTab('/seed-story.html'));
    await again.settled();
    await again.openMenu();
    await again.waitFor(`(root) => root.querySelector('[data-testid=auto-clean-toggle]').checked`);
    await again.click('[data-testid=auto-clean-toggle]');
    await h.readerRegistered(SITE, false);
    expect(await grantedOrigins()).toEqual([]);
  });

  test('6. no script from a hostile page runs again in the reader', async () => {
    const options = await FirefoxOptions.open(h);
    await options.addSite(SITE);
    await h.answerPermissionPrompt(true);
    await h.readerRegistered(SITE, true);
    const reader = await readerOn('/hostile.html');
    await reader.appears();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reader.tab.evaluate('return window.__pwned ?? null;')).toBeNull();
    expect(await reader.inArticle(ACTIVE_CONTENT)).toEqual([]);
    for (const link of await reader.links()) expect(link.href).toMatch(/^https?:\/\//);
    expect(await reader.articleText()).toContain('Read the full budget report');
    await options.removeSite(SITE);
    await h.readerRegistered(SITE, false);
  });

  test('the background is an event page: Firefox stops it when idle, and choosing a site wakes it to register the reader', async () => {
    const manifest = await h.firefox.chrome<{ background: { scripts?: string[]; service_worker?: string } }>(
      `return WebExtensionPolicy.getByID(arguments[0]).extension.manifest;`,
      [GECKO_ID],
    );
    expect(manifest.background.scripts).toEqual([expect.stringMatching(/\/?background\.js$/)]);
    expect(manifest.background.service_worker ?? null).toBeNull();

    const options = await FirefoxOptions.open(h);
    await poll(async () => (await backgroundState()) === 'stopped', 'Firefox to stop the idle background', 20_000);

    await options.addSite(SITE);
    await h.answerPermissionPrompt(true);
    // Only the background registers the reader: it woke for the permission and storage events.
    await h.readerRegistered(SITE, true);
    expect(await backgroundState()).toMatch(/running|suspending|stopped/);
    await (await readerOn('/seed-story.html')).appears();
    await options.removeSite(SITE);
    await h.readerRegistered(SITE, false);
  });

  test('9 / storage.sync without a Firefox account: settings apply live to an open reader and the popup, and survive a restart', async () => {
    expect(
      await h.firefox.chrome<string>(
        `const { UIState } = ChromeUtils.importESModule('resource://services-sync/UIState.sys.mjs'); return UIState.get().status;`,
      ),
    ).toBe('not_configured');
    const options = await FirefoxOptions.open(h);
    await options.addSite(SITE);
    await h.answerPermissionPrompt(true);
    await h.readerRegistered(SITE, true);
    const reader = await readerOn('/seed-story.html');
    await reader.appears();
    const before = await readerTheme(reader);

    await options.tab.select();
    await options.setTheme('dark');
    await options.setFontSize(20);
    // Live: the reader, open in another tab, repaints without a reload.
    await reader.tab.select();
    await reader.waitFor(`(root) => root.querySelector('[data-testid=reader]')?.getAttribute('data-theme') === 'dark'`);
    const dark = await readerTheme(reader);
    expect(dark.fontSize).toBe('20');
    expect(dark.background).not.toBe(before.background);

    const stored = await options.tab.evaluate<Record<string, unknown>>('return browser.storage.sync.get(null);');
    expect(stored).toMatchObject({ theme: 'dark', fontSize: 20 });

    await h.restartBrowser();
    const popup = await clickToolbar(h.firefox, await h.openTab('/de-article.html'));
    await popup.settled();
    expect(await popup.surface.run(`() => document.documentElement.getAttribute('data-theme')`)).toBe('dark');
    await popup.surface.screenshot(screenshotPath('firefox-popup-dark.png'));

    const reset = await FirefoxOptions.open(h);
    await reset.setTheme('system');
    await reset.removeSite(SITE);
  });
});

function readerTheme(
  reader: FirefoxReader,
): Promise<{ theme: string | null; fontSize: string | null; background: string }> {
  return reader.surface.run(`(root) => { const el = root.querySelector('[data-testid=reader]');
    return { theme: el.getAttribute('data-theme'), fontSize: el.getAttribute('data-font-size'), background: getComputedStyle(el).backgroundColor }; }`);
}
