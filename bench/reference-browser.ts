/**
 * One Chromium with two extensions, Sift's built popup and the reference, and a toolbar click
 * on either timed to the moment its popup has painted its text. Clicks go through CDP
 * `Extensions.triggerAction`, as the e2e suite's do (see tests/e2e/README.md).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromePath } from '../tests/e2e/support/browser';
import { CdpTarget } from '../tests/e2e/support/cdp-target';
import { startBlackholeProxy, type BlackholeProxy } from '../tests/e2e/support/blackhole-proxy';

export interface Contender {
  id: string;
  /** The User Timing mark its popup sets once the text is painted. */
  mark: string;
}

/** One click, in ms after it: the popup document started, its DOMContentLoaded, its text painted. */
export interface Click {
  popupStartMs: number;
  domReadyMs: number;
  shownMs: number;
  state: string;
  /** Sift's engine, as its result reports it (stage name → ms, and total); null for the reference. */
  timingsMs: Record<string, number> | null;
  chars: number;
  /** With `profile`: V8 CPU profiles of the tab (the content script) and of the popup, from the click to the text. */
  profiles?: { tab: CpuProfile; popup: CpuProfile };
}

/** The parts of a DevTools `Profiler.Profile` the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Bench {
  open(path: string): Promise<Page>;
  click(contender: Contender, tab: Page, options?: { profile?: boolean }): Promise<Click>;
  sift: Contender;
  reference: Contender;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Serves `pages` (path → HTML) on 127.0.0.1; any other path is a 404 at once. */
async function serve(pages: ReadonlyMap<string, string>): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function extensionId(context: BrowserContext, workerFile: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().endsWith(`/${workerFile}`));
    if (worker) return new URL(worker.url()).host;
    if (Date.now() > deadline) throw new Error(`no service worker ${workerFile} started`);
    await context.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
}

export async function launchBench(
  extensions: { sift: string; reference: string; referenceWorker: string; siftMark: string; referenceMark: string },
  pages: ReadonlyMap<string, string>,
): Promise<Bench> {
  const { origin, server } = await serve(pages);
  // Benchmark pages name images, fonts and scripts on their own sites: refused at once, never fetched.
  const proxy: BlackholeProxy = await startBlackholeProxy();
  const userDataDir = mkdtempSync(join(tmpdir(), 'sift-bench-browser-'));
  const both = `${extensions.sift},${extensions.reference}`;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${both}`,
      `--load-extension=${both}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--screen-info={0,0 1600x1200}',
      `--proxy-server=http://${proxy.address}`,
    ],
  });
  const browser = context.browser();
  if (!browser) throw new Error('launchPersistentContext gave no browser handle');
  const session: CDPSession = await browser.newBrowserCDPSession();
  const sift: Contender = { id: await extensionId(context, 'background.js'), mark: extensions.siftMark };
  const reference: Contender = {
    id: await extensionId(context, extensions.referenceWorker),
    mark: extensions.referenceMark,
  };

  const targets = async (): Promise<TargetInfo[]> =>
    ((await session.send('Target.getTargets')).targetInfos as TargetInfo[]).filter((t) => t.type === 'page');
  const popups = async () =>
    (await targets()).filter((t) =>
      [sift.id, reference.id].some((id) => t.url.startsWith(`chrome-extension://${id}/`)),
    );

  async function click(contender: Contender, tab: Page, { profile = false } = {}): Promise<Click> {
    for (const open of await popups())
      await session.send('Target.closeTarget', { targetId: open.targetId }).catch(() => undefined);
    await tab.bringToFront();
    await tab
      .waitForFunction(() => document.visibilityState === 'visible' && document.hasFocus(), undefined, {
        timeout: 5_000,
        polling: 20,
      })
      .catch(() => undefined);
    const tabs = (
      (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos as TargetInfo[]
    ).filter((t) => t.url === tab.url());
    if (tabs.length !== 1) throw new Error(`expected one tab at ${tab.url()}, found ${tabs.length}`);
    const tabSession = profile ? await context.newCDPSession(tab) : null;
    if (tabSession) {
      await tabSession.send('Profiler.enable');
      await tabSession.send('Profiler.setSamplingInterval', { interval: 250 });
      await tabSession.send('Profiler.start');
    }
    const clickedAt = Date.now();
    await session.send('Extensions.triggerAction', { id: contender.id, targetId: tabs[0].targetId });
    const prefix = `chrome-extension://${contender.id}/`;
    let popup: TargetInfo | undefined;
    for (const deadline = Date.now() + 20_000; !popup; ) {
      popup = (await targets()).find((t) => t.url.startsWith(prefix));
      if (!popup && Date.now() > deadline) throw new Error('no popup opened');
      if (!popup) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const target = await CdpTarget.attach(session, popup.targetId);
    if (profile) {
      await target.send('Profiler.enable');
      await target.send('Profiler.setSamplingInterval', { interval: 250 });
      await target.send('Profiler.start');
    }
    try {
      // Epoch times from the popup's own clock (performance.timeOrigin is wall-clock based).
      const read = `(() => { const m = performance.getEntriesByName(${JSON.stringify(contender.mark)})[0]; if (!m) return null;
        const nav = performance.getEntriesByType('navigation')[0];
        return { origin: performance.timeOrigin, shown: performance.timeOrigin + m.startTime,
          domReady: performance.timeOrigin + (nav ? nav.domContentLoadedEventEnd : NaN),
          state: String(typeof m.detail === 'string' ? m.detail : (m.detail?.state ?? '')),
          timingsMs: typeof m.detail === 'object' ? (m.detail?.timingsMs ?? null) : null,
          chars: document.body.innerText.length }; })()`;
      for (const deadline = Date.now() + 90_000; ; ) {
        const got = await target.evaluate<{
          origin: number;
          shown: number;
          domReady: number;
          state: string;
          timingsMs: Record<string, number> | null;
          chars: number;
        } | null>(read);
        if (got) {
          const profiles =
            profile && tabSession
              ? {
                  tab: (await tabSession.send('Profiler.stop')).profile as CpuProfile,
                  popup: (await target.send('Profiler.stop')).profile as CpuProfile,
                }
              : undefined;
          return {
            popupStartMs: got.origin - clickedAt,
            domReadyMs: got.domReady - clickedAt,
            shownMs: got.shown - clickedAt,
            state: got.state,
            timingsMs: got.timingsMs,
            chars: got.chars,
            profiles,
          };
        }
        if (Date.now() > deadline) throw new Error('the popup never showed its text');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await tabSession?.detach().catch(() => undefined);
      await target.detach();
      await session.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
    }
  }

  return {
    sift,
    reference,
    click,
    async open(path: string) {
      const page = await context.newPage();
      // A page that asks before it is left (beforeunload) would hold every reload at its prompt.
      page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
      await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
      return page;
    },
    async close() {
      await context.close();
      await proxy.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
