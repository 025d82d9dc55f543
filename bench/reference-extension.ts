/**
 * The reference for section 9: the plainest reader extension there is. Its popup injects
 * Readability into the active tab (activeTab + scripting, as Sift does), parses a clone of the
 * page and shows the article's textContent. Written into a temporary folder at run time;
 * nothing of it is committed.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The mark the reference's popup sets once its text is painted (Sift's is POPUP_SHOWN_MARK). */
export const REFERENCE_SHOWN_MARK = 'reference:text-shown';
/** The reference's service worker file: how the bench tells its id from Sift's. */
export const REFERENCE_WORKER = 'reference-worker.js';

const POPUP_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Readability</title>
<style>body { width: 460px; max-height: 600px; margin: 0; padding: 12px; font: 15px/1.5 system-ui, sans-serif; white-space: pre-wrap; }</style>
</head><body><div id="text"></div><script src="popup.js"></script></body></html>
`;

/** Writes the reference extension into a new temporary folder and returns its path. */
export function buildReferenceExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-bench-reference-'));
  const manifest = {
    manifest_version: 3,
    name: 'Readability in a popup (Sift bench reference)',
    version: '1.0.0',
    action: { default_popup: 'popup.html', default_title: 'Readability' },
    permissions: ['activeTab', 'scripting'],
    // Only so the bench can find the extension's id from its worker, as it does Sift's.
    background: { service_worker: REFERENCE_WORKER },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  copyFileSync(join(import.meta.dirname, 'reference-extension', 'popup.js'), join(dir, 'popup.js'));
  writeFileSync(join(dir, REFERENCE_WORKER), '// Nothing to do: the popup does all the work.\n');
  // The same Readability Sift bundles (a dependency), as a classic script defining `Readability`.
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('@mozilla/readability/Readability.js'), join(dir, 'Readability.js'));
  return dir;
}
