import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXIT, main } from '../../cli/main';

const ROOT = join(import.meta.dirname, '..', '..');
// The page `npm run demo` cleans: the seed story as a real page carries it.
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'pipeline--seed-story.html');

async function run(argv: string[], stdin = '') {
  const io = { stdin: PassThrough.from([stdin]), stdout: new PassThrough(), stderr: new PassThrough() };
  const out: string[] = [];
  const err: string[] = [];
  io.stdout.on('data', (c) => out.push(String(c)));
  io.stderr.on('data', (c) => err.push(String(c)));
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('sift clean', () => {
  test('prints the cleaned article as text by default', async () => {
    const { code, stdout, stderr } = await run(['clean', SAMPLE]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Russia-China trade slides as Putin prepares for Xi summit\n\nMOSCOW:/);
    expect(stdout.match(/When Western partners cut ties/g)).toHaveLength(1);
    expect(stdout).not.toContain('You may also like');
    expect(stdout.trimEnd().endsWith('Source: https://news.example.com/world/russia-china-trade-falls')).toBe(true);
  });

  test('--format json prints exactly one object with the documented fields', async () => {
    const { code, stdout } = await run(['clean', SAMPLE, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'title',
      'byline',
      'siteName',
      'lang',
      'url',
      'publishedTime',
      'isArticle',
      'articleReason',
      'mayBeIncomplete',
      'recovery',
      'blocks',
      'removed',
      'keyFigures',
      'wholeText',
      'timingsMs',
    ]);
    expect(json).toMatchObject({ mayBeIncomplete: false, recovery: null, wholeText: null });
    expect(Object.keys(json.blocks[0])).toEqual(['kind', 'text', 'figures']);
    expect(Object.keys(json.removed[0])).toEqual(['reason', 'text', 'evidence']);
    expect(Object.keys(json.keyFigures[0])).toEqual(['text', 'kind', 'context']);
    expect(Object.keys(json.timingsMs)).toEqual(['extract', 'dedupe', 'related', 'figures', 'total']);
    expect(json.blocks).toHaveLength(8);
    expect(json.keyFigures[0]).toMatchObject({ text: '$245 billion', kind: 'money' });
  });

  test('a page that is not an article is still cleaned, and the JSON says why it is not one', async () => {
    const product = join(ROOT, 'tests', 'fixtures', 'extract--not-article-product.html');
    const { code, stdout } = await run(['clean', product, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect(json.isArticle).toBe(false);
    expect(json.articleReason).toMatch(/^Doesn't look like an article: /);
    expect(json.blocks.map((b: { text: string }) => b.text).join(' ')).toContain('stoneware teapot');
    const story = JSON.parse((await run(['clean', SAMPLE, '--format', 'json'])).stdout);
    expect(story).toMatchObject({ isArticle: true, articleReason: expect.stringMatching(/^Looks like an article/) });
  });

  test.each([
    ['--no-dedupe', 'duplicate'],
    ['--no-related', 'related'],
  ])('%s keeps what that stage would remove', async (flag, reason) => {
    const { stdout } = await run(['clean', SAMPLE, '--format', 'json', flag]);
    expect(JSON.parse(stdout).removed.some((r: { reason: string }) => r.reason === reason)).toBe(false);
  });

  test('captions are left out of text output as when copying; --captions keeps them; --no-furniture keeps lone credits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-captions-'));
    const page = join(dir, 'page.html');
    const body =
      'The harbour wall was raised by a metre this spring, and the town says the work should hold back the winter storms for another fifty years at least. '.repeat(
        3,
      );
    writeFileSync(
      page,
      `<html><head><title>Harbour wall raised</title></head><body><article><h1>Harbour wall raised</h1><p>${body}</p><figure><img src="https://x.example/a.jpg"><figcaption>Workers on the new wall</figcaption></figure><p>${body}</p><p>Photo: Jane Doe</p></article></body></html>`,
    );
    const plain = (await run(['clean', page])).stdout;
    expect(plain).not.toContain('Workers on the new wall');
    expect(plain).not.toContain('Photo: Jane Doe');
    expect((await run(['clean', page, '--captions'])).stdout).toContain('Workers on the new wall');
    expect((await run(['clean', page, '--no-furniture'])).stdout).toContain('Photo: Jane Doe');
  });

  test('--no-figures marks nothing', async () => {
    const { stdout } = await run(['clean', SAMPLE, '--format', 'json', '--no-figures']);
    const json = JSON.parse(stdout);
    expect(json.blocks.every((b: { figures: unknown[] }) => b.figures.length === 0)).toBe(true);
    expect(json.keyFigures).toEqual([]);
  });

  test('--url resolves links and is reported', async () => {
    const html = `<html><body><article><h1>T</h1>${'<p>Word after word in a long enough paragraph of article text, with <a href="/more">a relative link</a> in it.</p>'.repeat(6)}</article></body></html>`;
    const { stdout } = await run(['clean', '-', '--url', 'https://example.org/news/1', '--format', 'markdown'], html);
    expect(stdout).toContain('[a relative link](https://example.org/more)');
  });

  test('reads standard input with -', async () => {
    const { readFileSync } = await import('node:fs');
    const { code, stdout } = await run(['clean', '-', '--format', 'markdown'], readFileSync(SAMPLE, 'utf8'));
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^# Russia-China trade/);
    expect(stdout).toContain('## Kim at Chinese parade');
  });

  test('--highlight colours figures and prints a legend', async () => {
    const { stdout } = await run(['clean', SAMPLE, '--highlight']);
    expect(stdout).toContain('\u001b[30;42m$245 billion\u001b[0m');
    expect(stdout).toContain('Figures:');
  });

  test('--report lists removals with their reasons on stderr', async () => {
    const { stderr } = await run(['clean', SAMPLE, '--report']);
    expect(stderr).toContain('Removed: 8 repeated paragraphs · 6 unrelated items');
    expect(stderr).toContain('Listed under “You may also like”');
  });
});

describe('sift clean fails clearly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-cli-'));
  const empty = join(dir, 'empty.html');
  writeFileSync(empty, '');
  const nav = join(dir, 'nav.html');
  writeFileSync(nav, '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');
  const noPages = mkdtempSync(join(tmpdir(), 'sift-cli-empty-'));

  test.each([
    ['no arguments', [], EXIT.usage, /missing command/],
    ['an unknown command', ['tidy', 'x.html'], EXIT.usage, /unknown command "tidy"/],
    ['an unknown option', ['clean', SAMPLE, '--fast'], EXIT.usage, /unknown option "--fast"/],
    ['an unknown format', ['clean', SAMPLE, '--format', 'pdf'], EXIT.usage, /unknown format "pdf"/],
    [
      'a bad --url',
      ['clean', SAMPLE, '--url', 'javascript:alert(1)'],
      EXIT.usage,
      /--url must be an http\(s\) address/,
    ],
    ['no file', ['clean'], EXIT.usage, /missing FILE/],
    ['a missing file', ['clean', join(dir, 'nope.html')], EXIT.unreadable, /cannot read .*nope\.html: no such file/],
    ['a folder without pages', ['clean', noPages], EXIT.unreadable, /has no \.html or \.htm files/],
    ['an empty file', ['clean', empty], EXIT.noArticle, /is empty/],
    ['a page with no article', ['clean', nav], EXIT.noArticle, /No article was found/],
  ])('%s', async (_, argv, code, message) => {
    const result = await run(argv as string[]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

describe('the sift binary', () => {
  const exec = promisify(execFile);

  // What `npm ci` does through the `prepare` script: the binary runs the build, not the source.
  beforeAll(async () => {
    await exec('npm', ['run', 'build:cli'], { cwd: ROOT });
  }, 120_000);

  test('is plain JavaScript: no TypeScript loader at run time', () => {
    const files = [
      join(ROOT, 'cli', 'bin.mjs'),
      ...['sift.mjs', 'worker.mjs'].map((f) => join(ROOT, 'cli', 'dist', f)),
    ];
    // No module specifier 'tsx' or 'tsx/…' anywhere.
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/['"]tsx(\/[^'"]*)?['"]/);
  });

  test('cleans a batch on worker threads: no progress bar when stderr is not a terminal', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sift-bin-batch-'));
    const { stderr } = await exec(
      process.execPath,
      [
        join(ROOT, 'cli', 'bin.mjs'),
        'clean',
        SAMPLE,
        join(ROOT, 'tests', 'fixtures', 'dedupe--body-twice.html'),
        '--out',
        out,
        '--jobs',
        '2',
      ],
      { cwd: ROOT },
    );
    expect(stderr).toMatch(/^sift: 2 files in \d+\.\d s: 2 cleaned, 0 not articles, 0 failed\n$/);
    expect(readFileSync(join(out, 'pipeline--seed-story.txt'), 'utf8')).toContain('MOSCOW: Russia-China trade');
  });

  test('runs the demo sample from a fresh clone layout', async () => {
    const { stdout, stderr } = await exec(
      process.execPath,
      [join(ROOT, 'cli', 'bin.mjs'), 'clean', SAMPLE, '--report'],
      { cwd: ROOT },
    );
    expect(stdout).toContain('MOSCOW: Russia-China trade');
    expect(stderr).toContain('Key figures: 7');
  });

  test('exits non-zero with one line for a missing file', async () => {
    const error = await exec(process.execPath, [join(ROOT, 'cli', 'bin.mjs'), 'clean', 'missing.html'], {
      cwd: ROOT,
    }).catch((e) => e);
    expect(error.code).toBe(EXIT.unreadable);
    expect(error.stderr).toBe('sift: cannot read missing.html: no such file\n');
  });

  test('finishes a 10 MB page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-big-'));
    const paragraph = (i: number) =>
      `<p>Paragraph ${i} of a very long report: the committee heard from witness number ${i} about costs of $${i}.5 million and delays of ${i % 12} months, among other matters of record.</p>\n`;
    let html = '<html><head><title>Long report</title></head><body><article><h1>Long report</h1>\n';
    for (let i = 0; html.length < 10 * 1024 * 1024; i++) html += paragraph(i);
    html += '</article></body></html>';
    const file = join(dir, 'big.html');
    writeFileSync(file, html);
    const { stdout } = await exec(process.execPath, [join(ROOT, 'cli', 'bin.mjs'), 'clean', file, '--format', 'json'], {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    const json = JSON.parse(stdout);
    expect(json.blocks.length).toBeGreaterThan(40000);
  }, 180_000);
});
