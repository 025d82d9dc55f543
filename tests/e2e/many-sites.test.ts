// Issue 15: a long site list survives an import and a browser restart, with its registrations,
// in real Chromium with its real storage quotas (storage.sync refuses items over 8,192 bytes).
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './support/options';
import { useSift } from './support/setup';

const h = useSift();
/** Covered by the e2e build's pre-granted `*://*.sift-e2e.test/*`. */
const GRANTED = Array.from({ length: 1_000 }, (_, i) => `news${String(i).padStart(4, '0')}.sift-e2e.test`);
/** Chosen but never granted: they must be kept and must not be registered. */
const UNGRANTED = Array.from({ length: 20 }, (_, i) => `paper${i}.not-granted.test`);
const ALL = [...GRANTED, ...UNGRANTED].sort();
/** What Sift asks for per site (written out here: the e2e suite does not load the app's modules). */
const EXPECTED_MATCHES = GRANTED.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]).sort();
/** The file the options page's Export writes. */
const LIST_FILE = JSON.stringify({ format: 'sift-sites', version: 1, sites: ALL });

async function registeredMatches(): Promise<string[]> {
  return h.sift.serviceWorker.evaluate(async () => {
    const scripts: { matches?: string[] }[] = await (globalThis as any).chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []).sort();
  });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** How many chosen sites Chromium's storage.sync holds (the shards Sift spreads them over). */
async function sitesInSync(): Promise<number> {
  return h.sift.serviceWorker.evaluate(async () => {
    const all: Record<string, unknown> = await (globalThis as any).chrome.storage.sync.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('sites.'))
      .flatMap(([, shard]) => Object.values(shard as Record<string, number>))
      .filter((stamp) => stamp > 0).length;
  });
}

describe('a thousand chosen sites', () => {
  test('imported, kept across a browser restart, all registered where granted, all synced', async () => {
    const options = await OptionsPage.open(h.sift);
    await options.importSites(LIST_FILE);
    await until(
      () => options.sites(),
      (sites) => sites.length === ALL.length,
      'sites listed after import',
    );
    expect(await options.sites()).toEqual(ALL);
    await options.page.getByText(`Imported ${ALL.length} new sites`).waitFor();

    // Registration = chosen ∩ granted: the 1,000 granted sites, none of the 20 others.
    await until(registeredMatches, (m) => m.length === EXPECTED_MATCHES.length, 'registered patterns');
    expect(await registeredMatches()).toEqual(EXPECTED_MATCHES);
    // Chromium accepted the synced copy within its quotas (one item alone could hold ~250 sites).
    await until(sitesInSync, (n) => n === ALL.length, 'sites in storage.sync');
    await until(
      () => options.syncNote(),
      (note) => note.includes('also sync to your other browsers signed in'),
      'sync note',
    );
    await options.close();

    await h.restartBrowser();
    const again = await OptionsPage.open(h.sift);
    await until(
      () => again.sites(),
      (sites) => sites.length === ALL.length,
      'sites listed after restart',
    );
    expect(await again.sites()).toEqual(ALL);
    expect(await registeredMatches()).toEqual(EXPECTED_MATCHES);
    expect(await sitesInSync()).toBe(ALL.length);
  });
});
