// @vitest-environment node
// The CLI runs in Node: happy-dom's globals (a page URL of localhost) would change what links resolve to.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EXIT, main } from '../../cli/main';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PAGES = ['pipeline--seed-story', 'pipeline--german-news', 'dedupe--body-twice', 'related--labelled-en'];

async function run(argv: string[], { tty = false, stdin = '' } = {}) {
  const stderr = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
  const io = { stdin: PassThrough.from([stdin]), stdout: new PassThrough(), stderr };
  const out: string[] = [];
  const err: string[] = [];
  io.stdout.on('data', (c) => out.push(String(c)));
  io.stderr.on('data', (c) => err.push(String(c)));
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A folder of real fixture pages with a broken one in the middle. */
function folderWithBadPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-batch-'));
  PAGES.forEach((name, i) => {
    writeFileSync(join(dir, `${i * 2}-${name}.html`), readFileSync(join(FIXTURES, `${name}.html`)));
  });
  // Sorted between the good pages: a page with no article, and one that cannot be read.
  writeFileSync(join(dir, '3-no-article.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  symlinkSync(join(dir, 'gone.html'), join(dir, '5-unreadable.html'));
  return dir;
}

const listing = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('sift clean on many files', () => {
  test('a bad file in the middle fails alone: the rest are written, the summary counts it, the exit code says so', async () => {
    const dir = folderWithBadPage();
    const out = mkdtempSync(join(tmpdir(), 'sift-out-'));
    const { code, stdout, stderr } = await run(['clean', dir, '--out', out, '--format', 'markdown', '--jobs', '2']);
    expect(code).toBe(EXIT.someFailed);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(PAGES.map((name, i) => `${i * 2}-${name}.md`));
    expect(readFileSync(join(out, '0-pipeline--seed-story.md'), 'utf8')).toMatch(/^# Russia-China trade/);
    expect(stderr).toMatch(/3-no-article\.html: No article was found/);
    expect(stderr).toMatch(/cannot read .*5-unreadable\.html: no such file/);
    expect(stderr).toMatch(/sift: 6 files in \d+\.\d s: 4 cleaned, 1 not articles, 1 failed\n$/);
  });

  test('--jobs 1 and --jobs 2 write the same files', async () => {
    const dir = folderWithBadPage();
    const one = mkdtempSync(join(tmpdir(), 'sift-j1-'));
    const two = mkdtempSync(join(tmpdir(), 'sift-j2-'));
    await run(['clean', dir, '--out', one, '--format', 'html', '--jobs', '1']);
    await run(['clean', dir, '--out', two, '--format', 'html', '--jobs', '2']);
    expect(listing(one)).toHaveLength(PAGES.length);
    expect(listing(two)).toEqual(listing(one));
  });

  test('--format jsonl: one line per file in input order, the same for any number of jobs', async () => {
    const dir = folderWithBadPage();
    const lines = async (jobs: string) => {
      const { stdout } = await run(['clean', dir, '--format', 'jsonl', '--jobs', jobs]);
      return stdout
        .trimEnd()
        .split('\n')
        .map((line) => {
          const { timingsMs: _, ...rest } = JSON.parse(line);
          return rest;
        });
    };
    const one = await lines('1');
    expect(one.map((l) => [l.file.replace(dir, ''), l.status])).toEqual([
      ['/0-pipeline--seed-story.html', 'cleaned'],
      ['/2-pipeline--german-news.html', 'cleaned'],
      ['/3-no-article.html', 'not-article'],
      ['/4-dedupe--body-twice.html', 'cleaned'],
      ['/5-unreadable.html', 'failed'],
      ['/6-related--labelled-en.html', 'cleaned'],
    ]);
    expect(one[0].blocks.length).toBeGreaterThan(3);
    expect(await lines('2')).toEqual(one);
  });

  test('not a terminal: no progress bar, only the summary', async () => {
    const { stderr } = await run(['clean', folderWithBadPage(), '--format', 'jsonl', '--jobs', '1']);
    for (const mark of ['\r', '\u001b', '[#']) expect(stderr).not.toContain(mark);
    expect(stderr).toMatch(/sift: 6 files/);
  });

  test('a terminal gets a progress bar on stderr; --quiet silences it and the summary, not the failures', async () => {
    const dir = folderWithBadPage();
    const shown = await run(['clean', dir, '--format', 'jsonl', '--jobs', '1'], { tty: true });
    expect(shown.stderr).toContain('\r\u001b[K[');
    expect(shown.stderr).toMatch(/\[#+\.*\] 6\/6 · 1 failed/);
    const quiet = await run(['clean', dir, '--format', 'jsonl', '--jobs', '1', '--quiet'], { tty: true });
    expect(quiet.stderr).not.toMatch(/\[#|files in/);
    expect(quiet.stderr).not.toMatch(/No article/);
    expect(quiet.stderr).toMatch(/5-unreadable\.html: no such file/);
  });

  test('--resume skips pages already written; outputs are whole files, no temporary left behind', async () => {
    const dir = folderWithBadPage();
    const out = mkdtempSync(join(tmpdir(), 'sift-resume-'));
    await run(['clean', dir, '--out', out, '--jobs', '1']);
    writeFileSync(join(out, '0-pipeline--seed-story.txt'), 'kept\n');
    const again = await run(['clean', dir, '--out', out, '--jobs', '1', '--resume']);
    expect(again.stderr).toMatch(/0 cleaned, 1 not articles, 1 failed, 4 skipped \(done before\)/);
    expect(readFileSync(join(out, '0-pipeline--seed-story.txt'), 'utf8')).toBe('kept\n');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('standard input joins the batch as "stdin"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sift-stdin-'));
    const page = readFileSync(join(FIXTURES, 'pipeline--seed-story.html'), 'utf8');
    const { code } = await run(['clean', '-', join(FIXTURES, 'dedupe--body-twice.html'), '--out', out], {
      stdin: page,
    });
    expect(code).toBe(EXIT.ok);
    expect(existsSync(join(out, 'stdin.txt'))).toBe(true);
    expect(existsSync(join(out, 'dedupe--body-twice.txt'))).toBe(true);
  });

  test.each([
    [['clean', 'a.html', 'b.html'], /many inputs need --out DIR or --format jsonl/],
    [['clean', 'a.html', '--format', 'jsonl', '--out', 'x'], /jsonl writes to standard output/],
    [['clean', 'a.html', '--resume'], /--resume needs --out/],
    [['clean', 'a.html', '--jobs', '0'], /--jobs takes a whole number/],
    [['clean', 'a.html', 'b.html', '--url', 'https://x.example/'], /--url names one page/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });
});
