/**
 * Where a Sift view lives and how a user touches it: the real toolbar popup (a raw CDP target)
 * or a Playwright page (an extension page in a tab, or the in-page reader's shadow root).
 * Clicks and keys go through the browser's input pipeline, so they carry a real user gesture.
 */
import type { Page } from 'playwright-core';
import type { CdpTarget } from './cdp-target';

export interface Surface {
  /** Runs `fn(root, arg)` in the page; root is the view's document or shadow root. */
  run<T>(fn: string, arg?: unknown): Promise<T>;
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

function program(rootExpression: string, fn: string, arg: unknown): string {
  return `(async () => { const root = ${rootExpression}; if (!root) return undefined; return (${fn})(root, ${JSON.stringify(arg ?? null)}); })()`;
}

const KEYS: Record<string, { code: string; keyCode: number; text?: string; shift?: boolean }> = {
  Tab: { code: 'Tab', keyCode: 9 },
  PageDown: { code: 'PageDown', keyCode: 34 },
  PageUp: { code: 'PageUp', keyCode: 33 },
  End: { code: 'End', keyCode: 35 },
  Home: { code: 'Home', keyCode: 36 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  ArrowLeft: { code: 'ArrowLeft', keyCode: 37 },
  ArrowRight: { code: 'ArrowRight', keyCode: 39 },
  '?': { code: 'Slash', keyCode: 191, text: '?', shift: true },
  Escape: { code: 'Escape', keyCode: 27 },
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
  c: { code: 'KeyC', keyCode: 67, text: 'c' },
  m: { code: 'KeyM', keyCode: 77, text: 'm' },
};

export function cdpSurface(target: CdpTarget, rootExpression = 'document'): Surface {
  return {
    run: (fn, arg) => target.evaluate(program(rootExpression, fn, arg)),
    async clickAt(x, y) {
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await target.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
      }
    },
    async press(combo) {
      const shift = combo.startsWith('Shift+');
      const key = shift ? combo.slice('Shift+'.length) : combo;
      const info = KEYS[key];
      if (!info) throw new Error(`no key mapping for ${key}`);
      const modifiers = shift || info.shift ? 8 : 0;
      const base = { key, code: info.code, windowsVirtualKeyCode: info.keyCode, modifiers };
      await target.send('Input.dispatchKeyEvent', {
        type: info.text ? 'keyDown' : 'rawKeyDown',
        text: info.text,
        ...base,
      });
      await target.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    },
    async screenshot(path) {
      const { data } = await target.send<{ data: string }>('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: false,
      });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
  };
}

export function pageSurface(page: Page, rootExpression = 'document'): Surface {
  return {
    run: (fn, arg) => page.evaluate(program(rootExpression, fn, arg)),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
  };
}
