import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EXIT, main } from '../../cli/main';

async function run(argv: string[], stdin = '') {
  const io = { stdin: PassThrough.from([stdin]), stdout: new PassThrough(), stderr: new PassThrough() };
  const out: string[] = [];
  const err: string[] = [];
  io.stdout.on('data', (c) => out.push(String(c)));
  io.stderr.on('data', (c) => err.push(String(c)));
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const lines = (s: string) =>
  s
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { figures: { start: number; end: number; kind: string; text: string }[] });

describe('sift figures', () => {
  test('one JSON line out per JSON line in, spans that slice the input text', async () => {
    const input = [
      { text: 'Trade fell 8.1% to $245 billion in 2024.', lang: 'en' },
      { text: 'Der Umsatz stieg um 3,5 Prozent.', lang: 'de' },
      { text: 'Nothing to see here.' },
    ];
    const { code, stdout, stderr } = await run(['figures'], input.map((l) => JSON.stringify(l)).join('\n'));
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const out = lines(stdout);
    expect(out).toHaveLength(3);
    expect(out[0].figures.map((f) => [f.kind, f.text])).toEqual([
      ['percent', '8.1%'],
      ['money', '$245 billion'],
      ['date', '2024'],
    ]);
    expect(out[1].figures.map((f) => f.text)).toEqual(['3,5 Prozent']);
    expect(out[2].figures).toEqual([]);
    out.forEach((o, i) => {
      for (const f of o.figures) expect(input[i].text.slice(f.start, f.end)).toBe(f.text);
    });
  });

  test('offsets count UTF-16 code units (an emoji before the figure is two)', async () => {
    const text = '😀 up 12%';
    const { stdout } = await run(['figures', '--lang', 'en'], text);
    const [f] = lines(stdout)[0].figures;
    expect(f).toEqual({ start: 6, end: 9, kind: 'percent', text: '12%' });
  });

  test('--lang reads plain lines from a file; a blank line gets an empty list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-figures-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'La inflación subió al 3,2 %.\r\n\nCosta 12 euros.\n');
    const { code, stdout } = await run(['figures', '--lang=es', file]);
    expect(code).toBe(EXIT.ok);
    const out = lines(stdout);
    expect(out.map((o) => o.figures.map((f) => f.text))).toEqual([['3,2 %'], [], ['12 euros']]);
  });

  test.each([
    ['invalid JSON', '{"text": "ok"}\n{oops', /^sift: line 2: invalid JSON\n$/],
    ['an unknown language', '{"text": "x", "lang": "xx"}', /^sift: line 1: unknown language "xx"\n$/],
    ['text that is not a string', '{"text": 5}', /^sift: line 1: "text" must be a string\n$/],
  ])('%s: a one-line error naming the line, exit 7', async (_, input, message) => {
    const { code, stdout, stderr } = await run(['figures'], input);
    expect(code).toBe(EXIT.badLine);
    expect(stderr).toMatch(message);
    // the lines before the bad one were answered
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(input.split('\n').length - 1);
  });

  test('usage errors: an unknown --lang, a missing file', async () => {
    expect((await run(['figures', '--lang', 'xx'])).code).toBe(EXIT.usage);
    const missing = await run(['figures', '/no/such/file.jsonl']);
    expect(missing.code).toBe(EXIT.unreadable);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
