import { siteMatchPatterns } from '@/utils/extension/sites/patterns';

/** The id of Sift's one dynamic content script: the in-page reader for the chosen sites. */
export const READER_SCRIPT_ID = 'sift-reader';
/** Where WXT puts the reader content script (entrypoints/reader.content). */
export const READER_SCRIPT_FILE = 'content-scripts/reader.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The slice of the extension API that registration needs; the real `browser` fits it, and so does a test fake. */
export interface RegistrationApi {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<unknown>;
    updateContentScripts(scripts: (Partial<ContentScriptRegistration> & { id: string })[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
}

export interface ContentScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** The match patterns the reader may run on: those of the chosen sites that the user has granted. */
export async function grantedPatterns(api: RegistrationApi, sites: readonly string[]): Promise<string[]> {
  const patterns = [...new Set(sites.flatMap(siteMatchPatterns))];
  const granted = await Promise.all(patterns.map((origin) => api.permissions.contains({ origins: [origin] })));
  return patterns.filter((_, i) => granted[i]).sort();
}

export type SyncOutcome = 'registered' | 'updated' | 'unregistered' | 'unchanged';

/**
 * Brings the reader's registration in step with the chosen sites and the granted permissions:
 * one registration whose matches are exactly the granted patterns, or none. Registering a
 * script for hosts without permission would do nothing, and revoked hosts must stop matching.
 */
export async function syncRegistrations(api: RegistrationApi, sites: readonly string[]): Promise<SyncOutcome> {
  const matches = await grantedPatterns(api, sites);
  const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });

  if (matches.length === 0) {
    if (!existing) return 'unchanged';
    await api.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
    return 'unregistered';
  }
  if (!existing) {
    await api.scripting.registerContentScripts([readerRegistration(matches)]);
    return 'registered';
  }
  if (sameSet(existing.matches ?? [], matches)) return 'unchanged';
  await api.scripting.updateContentScripts([{ id: READER_SCRIPT_ID, matches }]);
  return 'updated';
}

export function readerRegistration(matches: string[]): ContentScriptRegistration {
  return {
    id: READER_SCRIPT_ID,
    js: [READER_SCRIPT_FILE],
    matches,
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/**
 * Runs syncs one after another: startup, a settings change and a permission event can arrive
 * together, and two overlapping syncs would both try to register the same id.
 */
export function serialize<A extends unknown[], R>(task: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(() => task(...args));
    last = next.catch(() => undefined);
    return next;
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((item) => left.has(item));
}
