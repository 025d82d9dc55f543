/**
 * Firefox ESR with Sift installed, driven over WebDriver BiDi.
 *
 * Why this shape: Playwright cannot drive Debian's Firefox (it needs its own patched build),
 * and BiDi refuses to navigate to moz-extension:// URLs. So the extension is installed from a
 * proxy file in a fresh profile (unsigned add-ons are allowed on ESR with a pref), its UUID is
 * pinned by pref, and the pages to test are given on the command line; BiDi then only
 * evaluates scripts in those tabs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser';

export const FIREFOX_E2E_EXTENSION = join(ROOT, '.output', 'firefox-mv3-e2e');
export const GECKO_ID = 'sift@sift.example';
const UUID = '5e1f7a11-0000-4000-8000-00000000e2e0';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIREFOX_PATH) return env.FIREFOX_PATH;
  if (existsSync(DEBIAN_FIREFOX)) return DEBIAN_FIREFOX;
  throw new Error('The Firefox smoke test needs Firefox ESR: `apt-get install -y firefox-esr`, or set FIREFOX_PATH.');
}

const PREFS: Record<string, unknown> = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

interface Message {
  id?: number;
  type: string;
  result?: any;
  error?: string;
  message?: string;
}

export interface FirefoxSession {
  /** Browsing contexts (tabs) with their URLs. */
  tabs(): Promise<{ context: string; url: string }[]>;
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** PNG of the tab's viewport. */
  screenshot(context: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launchFirefox(urls: string[], extension = FIREFOX_E2E_EXTENSION): Promise<FirefoxSession> {
  if (typeof WebSocket === 'undefined')
    throw new Error('Node needs WebSocket (Node 22, or Node 20 with --experimental-websocket).');
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No Firefox build at ${extension}`);
  const profile = mkdtempSync(join(tmpdir(), 'sift-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  // A proxy file: the add-on id as the name, the unpacked extension's path as the content.
  writeFileSync(join(profile, 'extensions', GECKO_ID), extension);
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );

  const firefox: ChildProcess = spawn(
    firefoxPath(),
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', ...urls],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    firefox.stdout?.on('data', read);
    firefox.stderr?.on('data', read);
  });

  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 0;
  const pending = new Map<number, (message: Message) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  const send = async (method: string, params: object = {}) => {
    const id = ++nextId;
    const reply = await new Promise<Message>((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
    if (reply.type === 'error') throw new Error(`${method}: ${reply.error} ${reply.message}`);
    return reply.result;
  };
  await send('session.new', { capabilities: {} });

  return {
    async tabs() {
      const { contexts } = await send('browsingContext.getTree', {});
      return contexts.map((c: { context: string; url: string }) => ({ context: c.context, url: c.url }));
    },
    async evaluate<T>(context: string, expression: string) {
      const result = await send('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`evaluate: ${result.exceptionDetails.text}`);
      return deserialize(result.result) as T;
    },
    async screenshot(context: string) {
      const { data } = await send('browsingContext.captureScreenshot', { context });
      return Buffer.from(data, 'base64');
    },
    async close() {
      socket.close();
      firefox.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** BiDi's serialized values → plain JSON values (enough for strings, numbers, arrays, objects). */
function deserialize(value: { type: string; value?: any }): unknown {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'array':
      return (value.value ?? []).map(deserialize);
    case 'object':
      return Object.fromEntries((value.value ?? []).map(([k, v]: [string, any]) => [k, deserialize(v)]));
    default:
      return value.value;
  }
}
