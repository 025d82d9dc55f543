/**
 * Per-file test fixture: a fixture server and a Chromium with Sift loaded, started once for
 * the file and closed after it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchSift, SCREENSHOTS, type Sift } from './browser';
import { type ExtraPages, startFixtureServer, type FixtureServer } from './server';

export interface Harness {
  sift: Sift;
  server: FixtureServer;
  /** Opens a fixture page in a new tab; a unique query keeps tab URLs distinct. */
  openTab(path: string): Promise<Page>;
  /** Reads the system clipboard from a page of the fixture origin, which may read it. */
  readClipboard(): Promise<string>;
  /** Relaunches the browser on the same profile, as a user restarting it would. */
  restartBrowser(): Promise<void>;
  /**
   * Waits until the background has brought the reader's registration in step with a change
   * (it does so asynchronously after the setting is saved), and fails if it never does.
   */
  readerRegistered(host: string, expected: boolean): Promise<void>;
}

let tabCounter = 0;

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

export function useSift(launch: { proxy?: () => string; lang?: string; pages?: ExtraPages } = {}): Harness {
  const harness = {} as Harness;
  const grant = async (sift: Sift, server: FixtureServer) => {
    await sift.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  };
  beforeAll(async () => {
    const server = await startFixtureServer(launch.pages);
    const sift = await launchSift({ proxy: launch.proxy?.(), lang: launch.lang });
    await grant(sift, server);
    Object.assign(harness, {
      sift,
      server,
      async openTab(path: string) {
        const page = await harness.sift.context.newPage();
        const separator = path.includes('?') ? '&' : '?';
        await page.goto(harness.server.url(`${path}${separator}tab=${++tabCounter}`));
        return page;
      },
      async readClipboard() {
        const page = await harness.sift.context.newPage();
        try {
          await page.goto(harness.server.url('/section-front.html?clipboard'));
          return await page.evaluate(() => navigator.clipboard.readText());
        } finally {
          await page.close();
        }
      },
      async readerRegistered(host: string, expected: boolean) {
        const deadline = Date.now() + 10_000;
        let matches: string[] = [];
        while (Date.now() < deadline) {
          matches = await harness.sift.serviceWorker.evaluate(async () => {
            const scripts: { matches?: string[] }[] = await (
              globalThis as any
            ).chrome.scripting.getRegisteredContentScripts();
            return scripts.flatMap((s) => s.matches ?? []);
          });
          if (matches.some((m) => m.includes(`//${host}/`)) === expected) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(
          `the reader's registration never ${expected ? 'included' : 'dropped'} ${host}: ${JSON.stringify(matches)}`,
        );
      },
      async restartBrowser() {
        const userDataDir = harness.sift.userDataDir;
        await harness.sift.close({ keepProfile: true });
        harness.sift = await launchSift({ userDataDir, proxy: launch.proxy?.(), lang: launch.lang });
        // Wait until the extension's worker answers an extension API call, so the profile's
        // extension state is loaded before the test opens pages (a readiness signal only).
        await harness.sift.serviceWorker.evaluate(() =>
          (globalThis as any).chrome.scripting.getRegisteredContentScripts(),
        );
        await grant(harness.sift, harness.server);
      },
    } satisfies Harness);
  });
  afterAll(async () => {
    await harness.sift?.close();
    await harness.server?.close();
  });
  return harness;
}
