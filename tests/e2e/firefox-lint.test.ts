// `web-ext lint` on the shipped Firefox build: no errors, and no warning in Sift's own code.
// The warnings it does give are all "Unsafe assignment to innerHTML" inside two bundled
// libraries, each recognised here by the library's own code at the flagged position:
// - Preact's renderer: the branch that implements dangerouslySetInnerHTML, which Sift never uses
//   (tests/extension's no-innerHTML meta-test fails the build if Sift's code does);
// - Mozilla Readability: it restores its working copy between extraction attempts and unwraps
//   <noscript> images, on a clone of the page that has no browsing context (nothing runs or loads).
// A new warning anywhere else, or one of another kind, fails this test.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support/browser';
import { FIREFOX_EXTENSION } from './support/firefox';

interface LintMessage {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

const LIBRARIES: { name: string; signature: RegExp }[] = [
  { name: 'Preact (dangerouslySetInnerHTML)', signature: /__html/ },
  { name: 'Readability (retry between attempts)', signature: /_attempts\.push|_charThreshold/ },
  { name: 'Readability (noscript images)', signature: /_isSingleImage|noscript/ },
];

/** Which library the flagged code belongs to, from the 200 characters around the position. */
function libraryAt(message: LintMessage): string | null {
  const lines = readFileSync(join(FIREFOX_EXTENSION, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, message.column - 200), message.column + 200);
  return LIBRARIES.find((library) => library.signature.test(around))?.name ?? null;
}

describe('Firefox: web-ext lint', () => {
  test('0 errors, and every warning is in a bundled library (Preact, Readability), none in Sift’s code', async () => {
    const webExt = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [webExt, 'lint', '--source-dir', FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

    expect(report.errors).toEqual([]);
    const explained = report.warnings.map((w) => ({
      where: `${w.file}:${w.line}:${w.column}`,
      code: w.code,
      library: libraryAt(w),
    }));
    expect(explained.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.library)).toEqual([]);
  }, 120_000);
});
