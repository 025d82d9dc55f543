/**
 * speechSynthesis in the browser: a stub to put in place of it (in the popup's page and in the
 * reader content script's isolated world), and a look at the real voices headless Chromium has.
 * See tests/e2e/README.md, "Read aloud", for why each recipe is the one that works.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CdpTarget } from './cdp-target';

export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** What the stub heard: each utterance's text, voice and rate, and what is queued now. */
export interface SpeechLog {
  spoken: { text: string; voice: string | null; rate: number }[];
  queued: number;
  cancels: number;
}

/** A local English voice and a remote one (which Sift must never use), as Chrome lists them. */
export const STUB_VOICES: StubVoice[] = [
  { name: 'Stub Remote English', lang: 'en-US', localService: false, default: true },
  { name: 'Stub Local English', lang: 'en-GB', localService: true, default: false },
];

/**
 * Page script that replaces speechSynthesis and SpeechSynthesisUtterance in the world it runs
 * in. Like Chrome, the voice list is empty at first and arrives with `voiceschanged`; queued
 * utterances play one at a time and cancel() fails them with "interrupted". Nothing is said
 * until the test calls `__siftSpeech.finish()`, which ends the current utterance.
 */
export function speechStubSource(voices: StubVoice[] = STUB_VOICES): string {
  return `(() => {
  const voices = ${JSON.stringify(voices)};
  const log = { spoken: [], queue: [], cancels: 0 };
  class StubSynthesis extends EventTarget {
    constructor() { super(); this.list = []; setTimeout(() => { this.list = voices; this.dispatchEvent(new Event('voiceschanged')); }, 100); }
    getVoices() { return this.list; }
    speak(u) { log.queue.push(u); log.spoken.push({ text: u.text, voice: u.voice ? u.voice.name : null, rate: u.rate }); }
    cancel() { log.cancels++; const dropped = log.queue; log.queue = []; for (const u of dropped) u.onerror && u.onerror({ error: 'interrupted' }); }
    pause() {} resume() {}
    get speaking() { return log.queue.length > 0; }
  }
  class StubUtterance {
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; this.onerror = null; this.onboundary = null; }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: new StubSynthesis(), configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true });
  window.__siftSpeech = {
    log: () => ({ spoken: log.spoken, queued: log.queue.length, cancels: log.cancels }),
    finish: () => { const u = log.queue.shift(); if (u && u.onend) u.onend({}); },
  };
})();`;
}

/**
 * The popup with the stub in place. Page.addScriptToEvaluateOnNewDocument runs in the
 * extension page's own world before its scripts; the popup is already loaded when we attach,
 * so it is reloaded (it cleans the same tab again).
 */
export async function stubSpeechInPopup(target: CdpTarget, voices?: StubVoice[]): Promise<void> {
  await target.send('Page.addScriptToEvaluateOnNewDocument', { source: speechStubSource(voices) });
  await target.send('Page.reload');
}

/** The stub's log in the popup. */
export function popupSpeechLog(target: CdpTarget): Promise<SpeechLog> {
  return target.evaluate('window.__siftSpeech.log()');
}

export function finishInPopup(target: CdpTarget): Promise<void> {
  return target.evaluate('window.__siftSpeech.finish()');
}

/**
 * Runs script in Sift's content-script world of `page`. page.evaluate and addInitScript reach
 * only the page's main world, whose speechSynthesis is a different object from the one the
 * reader sees: each world has its own window wrapper. CDP lists the isolated world (auxData
 * type "isolated", origin chrome-extension://<id>) once the script has been injected.
 */
export async function inSiftWorld<T>(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const session = await context.newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created));
    await session.send('Runtime.enable');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error(`no Sift world in ${page.url()}: ${JSON.stringify(contexts)}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in Sift's world: ${JSON.stringify(exceptionDetails)}`);
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/** The voices this browser really has, once its list has loaded (or 3 s went by without one). */
export function realVoices(page: Page): Promise<StubVoice[]> {
  return page.evaluate(async () => {
    const synth = window.speechSynthesis;
    if (!synth) return [];
    if (synth.getVoices().length === 0) {
      await new Promise((resolve) => {
        synth.addEventListener('voiceschanged', resolve, { once: true });
        setTimeout(resolve, 3_000);
      });
    }
    return synth
      .getVoices()
      .map((v) => ({ name: v.name, lang: v.lang, localService: v.localService, default: v.default }));
  });
}
