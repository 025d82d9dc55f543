/**
 * Launches Debian's Chromium with a built Sift extension loaded, the way a user runs it,
 * and finds the extension's id from its service worker.
 */
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The e2e build pre-grants http://127.0.0.1/*; see wxt.config.ts. */
export const E2E_EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
export const SHIPPED_EXTENSION = join(ROOT, '.output', 'chrome-mv3');
/**
 * The README's screenshots are rewritten only with UPDATE_SCREENSHOTS=1, like fixture
 * baselines; other runs still take them, into an ignored folder, so a test run leaves git clean.
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'tests', 'e2e', '.artifacts');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser to drive: CHROME_PATH, else Debian's Chromium; never a silent skip. */
export function chromePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist.`);
    return env.CHROME_PATH;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    'The end-to-end suite needs Chromium. Install it with `apt-get install -y chromium` ' +
      '(Debian), or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

export interface Sift {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Browser-level DevTools session: Extensions.triggerAction, Target.* */
  browserSession: CDPSession;
  userDataDir: string;
  /** Closes the browser; keeps the profile when `keepProfile` so a relaunch can reuse it. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  extension?: string;
  /** host:port of a proxy for every non-loopback request (see blackhole-proxy.ts). */
  proxy?: string;
  /** The browser's UI language (e.g. "de"); on Linux Chromium takes it from LANGUAGE. */
  lang?: string;
}

export async function launchSift(options: LaunchOptions = {}): Promise<Sift> {
  const extension = options.extension ?? E2E_EXTENSION;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No extension build at ${extension}; run \`npm run build:e2e\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sift-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang }, locale: options.lang } : {}),
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Headless' default 800x600 screen squeezes the popup to 490x510; a desk-sized screen lets it be 460x600 as on a laptop.
      '--screen-info={0,0 1600x1200}',
      ...(options.proxy ? [`--proxy-server=http://${options.proxy}`] : []),
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('launchPersistentContext gave no browser handle');
  const browserSession = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    serviceWorker,
    browserSession,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
