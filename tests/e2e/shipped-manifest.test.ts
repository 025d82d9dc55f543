// The shipped build asks for no host at install time: sites are requested one by one, when the
// user picks them. Only the e2e build pre-grants the local fixture server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_EXTENSION, SHIPPED_EXTENSION } from './support/browser';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('manifests', () => {
  test('the shipped Chrome build has no host permissions, only optional ones', () => {
    const shipped = manifest(SHIPPED_EXTENSION);
    expect(shipped.host_permissions ?? []).toEqual([]);
    expect(shipped.optional_host_permissions).toEqual(['*://*/*']);
    expect(shipped.permissions).not.toContain('<all_urls>');
    expect(JSON.stringify(shipped.permissions)).not.toMatch(/:\/\//);
    expect(shipped.content_scripts ?? []).toEqual([]);
  });

  test('only the e2e build pre-grants the fixture server (and the reserved domain of many-sites)', () => {
    expect(manifest(E2E_EXTENSION).host_permissions).toEqual([
      expect.stringMatching(/^(\*|http):\/\/127\.0\.0\.1\/\*$/),
      '*://*.sift-e2e.test/*',
    ]);
  });
});
