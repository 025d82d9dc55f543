// A missing Firefox must fail the suite with the command that installs it, never skip it.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firefoxPath } from './support/firefox';

describe('Firefox: finding the browser', () => {
  test('FIREFOX_PATH wins; a wrong one or none at all fails with the install command', () => {
    expect(firefoxPath({ FIREFOX_PATH: process.execPath })).toBe(process.execPath);
    expect(() => firefoxPath({ FIREFOX_PATH: '/nonexistent/firefox' })).toThrow('apt-get install -y firefox-esr');
    if (!existsSync('/usr/bin/firefox-esr')) expect(() => firefoxPath({})).toThrow('apt-get install -y firefox-esr');
    else expect(firefoxPath({})).toBe('/usr/bin/firefox-esr');
  });
});
