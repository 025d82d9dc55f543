/**
 * Where a Sift view lives in Firefox and how a user touches it: a `<browser>` element of the
 * browser window (a tab, or the toolbar popup's panel). Script runs in the page through
 * Marionette's own per-frame actor, which works for any browser element, the popup's too
 * (Marionette's content commands only reach tabs). Clicks and keys are synthesized on the
 * browser window at the element's position, so Firefox routes them into the page like a real
 * mouse: trusted events with user activation, which permission prompts and the clipboard need.
 */
import { writeFileSync } from 'node:fs';
import type { Firefox } from './firefox';
import type { Surface } from './surface';

/** Chrome-context prelude: EventUtils (shipped with Marionette) bound to the browser window. */
export const EVENT_UTILS = `const EU = window.__siftEventUtils ?? (window.__siftEventUtils = (() => {
  const eu = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', eu);
  return eu; })());`;

/** Chrome-context: closes Sift's popup and the Extensions panel, as a click elsewhere does. */
export const CLOSE_PANELS = `for (const panel of document.querySelectorAll('panel')) {
  if (panel.state === 'open' && (panel.querySelector('browser.webextension-popup-browser') || panel.id === 'unified-extensions-panel')) panel.hidePopup(); }`;

/** Chrome-context: clicks the centre of the chrome element matching `selector`. */
export const CLICK_CHROME_ELEMENT = `${EVENT_UTILS}
  const el = document.querySelector(arguments[0]); if (!el) throw new Error('no ' + arguments[0]);
  const r = el.getBoundingClientRect(); if (!r.width) throw new Error(arguments[0] + ' is not visible');
  EU.synthesizeMouseAtPoint(r.left + r.width / 2, r.top + r.height / 2, {}, window); return true;`;

function program(rootExpression: string, fn: string, arg: unknown): string {
  return `return (async () => { const root = ${rootExpression}; if (!root) return undefined;
    return (${fn})(root, ${JSON.stringify(arg ?? null)}); })();`;
}

/**
 * A `<browser>` element found by a chrome-context expression, evaluated afresh on every call
 * (the popup's browser is a new element each time it opens).
 */
export class BrowserElement {
  constructor(
    readonly firefox: Firefox,
    /** Chrome-context expression giving the `<browser>` element, or null. */
    readonly locator: string,
    /** Chrome-context statements run before each click or key, e.g. bringing a tab to the front. */
    private readonly beforeInput = '',
  ) {}

  /** Runs `body` (a function body, may await) in the page; its JSON result comes back. */
  run<T>(body: string): Promise<T> {
    return this.firefox.chrome<T>(
      `const b = ${this.locator}; const global = b?.browsingContext?.currentWindowGlobal;
       if (!global) throw new Error('no page in that browser element (yet)');
       return global.getActor('MarionetteCommands').executeScript(arguments[0], [], {});`,
      [`return (async () => { ${body} })();`],
    );
  }

  /** A left click at (x, y) in the page's viewport, through the browser window. */
  async clickAt(x: number, y: number): Promise<void> {
    await this.firefox.chrome(
      `${EVENT_UTILS} ${this.beforeInput} const b = ${this.locator}; const r = b.getBoundingClientRect();
       EU.synthesizeMouseAtPoint(r.left + arguments[0], r.top + arguments[1], {}, window); return true;`,
      [x, y],
    );
  }

  async press(combo: string): Promise<void> {
    const shift = combo.startsWith('Shift+');
    const key = shift ? combo.slice('Shift+'.length) : combo;
    await this.firefox.chrome(
      `${EVENT_UTILS} ${this.beforeInput} const b = ${this.locator}; if (document.activeElement !== b) b.focus();
       EU.synthesizeKey(arguments[0] === 'Escape' || arguments[0] === 'Tab' || arguments[0] === 'Enter' ? 'KEY_' + arguments[0] : arguments[0], { shiftKey: arguments[1] }, window); return true;`,
      [key, shift],
    );
  }

  /** PNG of what the page shows, at its real size, drawn by the compositor. */
  async screenshot(): Promise<Buffer> {
    const dataUrl = await this.firefox.chrome<string>(
      `const b = ${this.locator}; const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
       const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
       canvas.width = bitmap.width; canvas.height = bitmap.height;
       canvas.getContext('2d').drawImage(bitmap, 0, 0); return canvas.toDataURL('image/png');`,
    );
    return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  }
}

/** A Surface (support/surface.ts) over a Firefox `<browser>`, so SiftView drives it unchanged. */
export function browserSurface(element: BrowserElement, rootExpression = 'document'): Surface {
  return {
    run: (fn, arg) => element.run(program(rootExpression, fn, arg)),
    clickAt: (x, y) => element.clickAt(x, y),
    press: (key) => element.press(key),
    screenshot: async (path) => writeFileSync(path, await element.screenshot()),
  };
}
