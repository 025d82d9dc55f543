/**
 * Debian's Firefox ESR with Sift installed, driven over Marionette (support/marionette.ts).
 *
 * Why this shape: Playwright cannot drive Debian's Firefox (it needs its own patched build), no
 * geckodriver is packaged, and WebDriver BiDi refuses moz-extension:// pages. Marionette is in
 * every Firefox. The add-on is the shipped build (no pre-granted hosts: Firefox's permission
 * prompt is answered by clicking it), installed from a proxy file in a fresh profile, so it
 * survives restarts like a user's add-on; unsigned add-ons are allowed on ESR by pref, and the
 * add-on's UUID is pinned by pref. Everything a user touches is clicked with real input events
 * sent to the browser window; pages are read by running script in them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser';
import { Marionette } from './marionette';

export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv3');
export const GECKO_ID = 'sift@sift.example';
const UUID = '5e1f7a11-0000-4000-8000-00000000e2e0';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
/** The id Firefox gives the add-on's toolbar widget (makeWidgetId: lower case, [^a-z0-9_-] → _). */
export const WIDGET_ID = `${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_').toLowerCase()}-browser-action`;
const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

/** The browser to drive: FIREFOX_PATH, else Debian's Firefox ESR; never a silent skip. */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIREFOX_PATH) {
    if (!existsSync(env.FIREFOX_PATH))
      throw new Error(
        `FIREFOX_PATH=${env.FIREFOX_PATH} does not exist (unset it after \`apt-get install -y firefox-esr\`).`,
      );
    return env.FIREFOX_PATH;
  }
  if (existsSync(DEBIAN_FIREFOX)) return DEBIAN_FIREFOX;
  throw new Error(
    'The Firefox end-to-end suite needs Firefox ESR. Install it with `apt-get install -y firefox-esr` ' +
      '(Debian), or set FIREFOX_PATH to a Firefox binary.',
  );
}

const PREFS: Record<string, unknown> = {
  'marionette.port': 0, // any free port; Firefox writes it to MarionetteActivePort in the profile
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
};

export interface Firefox {
  marionette: Marionette;
  profile: string;
  /** Runs `body` (a function body; may await) in the browser's privileged window context. */
  chrome<T>(body: string, args?: unknown[]): Promise<T>;
  /** Quits Firefox cleanly and starts it again on the same profile, as a user restarting it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension?: string;
  /** Extra preferences for this profile. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const extension = options.extension ?? FIREFOX_EXTENSION;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extension}; run \`npm run build:firefox\` first.`);
  }
  const executable = firefoxPath();
  const profile = mkdtempSync(join(tmpdir(), 'sift-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  // A proxy file: the add-on id as the name, the unpacked extension's path as the content.
  writeFileSync(join(profile, 'extensions', GECKO_ID), extension);
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...PREFS, ...options.prefs })
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );

  let child: ChildProcess;
  let marionette: Marionette;
  const launch = async () => {
    const portFile = join(profile, 'MarionetteActivePort');
    if (existsSync(portFile)) unlinkSync(portFile);
    child = spawn(
      executable,
      ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
    );
    let log = '';
    child.stderr?.on('data', (chunk) => {
      log = (log + chunk).slice(-4000);
      // FIREFOX_LOG=path keeps Firefox's own console output, to debug a failing run.
      if (process.env.FIREFOX_LOG) appendFileSync(process.env.FIREFOX_LOG, chunk);
    });
    child.stdout?.on('data', (chunk) => {
      if (process.env.FIREFOX_LOG) appendFileSync(process.env.FIREFOX_LOG, chunk);
    });
    child.once('exit', (code, signal) => {
      if (process.env.FIREFOX_LOG) appendFileSync(process.env.FIREFOX_LOG, `\n[firefox exited: ${code ?? signal}]\n`);
    });
    const deadline = Date.now() + 60_000;
    while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').trim()) {
      if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}):\n${log}`);
      if (Date.now() > deadline) throw new Error(`Firefox did not start Marionette:\n${log}`);
      await sleep(50);
    }
    marionette = await Marionette.connect(Number(readFileSync(portFile, 'utf8')));
    await marionette.send('WebDriver:NewSession', { capabilities: { 'moz:webdriverClick': true } });
    await marionette.setContext('chrome');
    // Ready when the add-on is enabled, its button placed and its background past starting.
    // Not "running": an event page may already have been stopped again by the idle timer.
    await poll(
      () =>
        marionette.execute<boolean>(
          `const policy = WebExtensionPolicy.getByID(arguments[0]); if (!policy?.active || !policy.extension) return false;
           const state = policy.extension.backgroundState;
           return typeof gBrowser !== 'undefined' && CustomizableUI.getPlacementOfWidget(arguments[1]) !== null &&
             ['running', 'suspending', 'stopped'].includes(state);`,
          [GECKO_ID, WIDGET_ID],
        ),
      'Sift to be installed and started in Firefox',
      60_000,
    );
  };
  // A Firefox that fails to come up must not outlive the test run.
  const start = () =>
    launch().catch((error) => {
      marionette?.close();
      child?.kill('SIGKILL');
      throw error;
    });
  await start().catch((error) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });

  const firefox: Firefox = {
    get marionette() {
      return marionette;
    },
    profile,
    chrome: (body, args = []) => marionette.execute(body, args),
    async restart() {
      const old = child;
      const exited = new Promise((resolve) => old.once('exit', resolve));
      await marionette.send('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => undefined);
      marionette.close();
      // A clean quit writes the profile (storage, prefs); kill only a Firefox that hangs in it.
      const hung = setTimeout(() => old.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(hung);
      await start();
    },
    async close() {
      marionette?.close();
      child?.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return firefox;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `read` until it gives a truthy value (errors count as "not yet"); fails after `timeout`. */
export async function poll<T>(read: () => Promise<T>, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let failure = '';
  for (;;) {
    const value = await read().catch((error: Error) => {
      failure = error.message;
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Firefox: timed out waiting for ${what}${failure ? ` (${failure})` : ''}`);
    await sleep(50);
  }
}
