import { describe, expect, test } from 'vitest';
import { webHref } from '@/utils/clean';
import { FORMAT_NAMES, formatResult, toHtml, toMarkdown, toText } from '@/utils/format';
import type { Block, CleanResult, Run } from '@/utils/clean/types';
import { NO_SIGNALS } from '../support/result';

let nextIndex = 0;
function block(kind: Block['kind'], runs: Run[] | string, extra: Partial<Block> = {}): Block {
  const r = typeof runs === 'string' ? [{ text: runs }] : runs;
  const index = nextIndex++;
  return { id: `b${index}`, index, kind, text: r.map((x) => x.text).join(''), runs: r, figures: [], ...extra };
}

function result(blocks: Block[], extra: Partial<CleanResult> = {}): CleanResult {
  return {
    title: 'Russia-China trade falls',
    byline: null,
    siteName: null,
    lang: 'en',
    dir: 'ltr',
    url: 'https://news.example/story?id=1&x=2',
    publishedTime: null,
    excerpt: null,
    blocks,
    removed: [],
    keyFigures: [],
    wordCount: 0,
    readerable: true,
    isArticle: true,
    articleReason: { kind: 'signals', signals: [] },
    articleSignals: NO_SIGNALS,
    recovery: null,
    mayBeIncomplete: false,
    wholeText: null,
    timingsMs: { extract: 0, segment: 0, recover: 0, dedupe: 0, related: 0, furniture: 0, figures: 0, total: 0 },
    ...extra,
  };
}

const item = (text: string, id: number, ordered: boolean, depth = 0) =>
  block('list-item', text, { list: { id, ordered, depth } });

const ARTICLE = result([
  block('heading', 'Kim at parade', { level: 2 }),
  block('paragraph', [
    { text: 'Trade fell ' },
    { text: '8.1%', emphasis: 'strong' },
    { text: ', said ' },
    { text: 'Reuters', href: 'https://reuters.com/a_(b)' },
    { text: ' in ' },
    { text: 'a report', emphasis: 'em' },
    { text: ' using ' },
    { text: 'npm ci', code: true },
    { text: '.' },
  ]),
  item('First', 1, true),
  item('Nested one', 2, false, 1),
  item('Nested two', 2, false, 1),
  item('Second', 1, true),
  block('quote', 'We will not back down.'),
  block('caption', 'Leaders at the parade.'),
  block('code', 'const total = 245;\nconsole.log(total);'),
  block('table', 'Year\tTrade\n2024\t$245bn', {
    rows: [
      ['Year', 'Trade'],
      ['2024', '$245bn'],
    ],
  }),
]);

describe('captions', () => {
  const story = result([
    block('paragraph', 'The bridge reopened.'),
    block('caption', 'Walkers on the bridge | Agency'),
  ]);
  test.each([
    ['text', toText],
    ['markdown', toMarkdown],
    ['html', toHtml],
  ] as const)('%s leaves captions out by default and keeps them when asked', (_, write) => {
    const plain = write(story, { includeTitle: false, includeSource: false });
    expect(plain).toContain('The bridge reopened.');
    expect(plain).not.toContain('Walkers on the bridge');
    expect(write(story, { includeTitle: false, includeSource: false, includeCaptions: true })).toContain(
      'Walkers on the bridge',
    );
  });
});

describe('plain text', () => {
  test('title, blocks separated by blank lines, nested lists, tab-separated tables, source', () => {
    expect(toText(ARTICLE, { includeTitle: true, includeSource: true, includeCaptions: true })).toBe(
      [
        'Russia-China trade falls',
        '',
        'Kim at parade',
        '',
        'Trade fell 8.1%, said Reuters in a report using npm ci.',
        '',
        '1. First',
        '  - Nested one',
        '  - Nested two',
        '2. Second',
        '',
        'We will not back down.',
        '',
        'Leaders at the parade.',
        '',
        'const total = 245;\nconsole.log(total);',
        '',
        'Year\tTrade\n2024\t$245bn',
        '',
        'Source: https://news.example/story?id=1&x=2',
      ].join('\n'),
    );
  });

  test('without title and source', () => {
    const r = result([block('paragraph', 'Only this.')]);
    expect(toText(r, { includeTitle: false, includeSource: false })).toBe('Only this.');
  });

  test('two different lists stay apart; items of one list do not', () => {
    const r = result([item('a', 1, false), item('b', 1, false), item('c', 2, false), item('d', 2, false)]);
    expect(toText(r, { includeTitle: false, includeSource: false })).toBe('- a\n- b\n\n- c\n- d');
  });

  test('deep nesting indents two spaces per level', () => {
    const r = result([
      item('top', 1, false),
      item('mid', 2, false, 1),
      item('deep', 3, true, 2),
      item('top again', 1, false),
    ]);
    expect(toText(r, { includeTitle: false, includeSource: false })).toBe('- top\n  - mid\n    1. deep\n- top again');
  });

  test('no source line for a non-http page address', () => {
    const r = result([block('paragraph', 'Text.')], { url: 'file:///tmp/page.html' });
    expect(toText(r, { includeTitle: false, includeSource: true })).toBe('Text.');
  });
});

describe('Markdown', () => {
  test('headings, emphasis, links, code, lists, quotes, fences, tables, source', () => {
    expect(toMarkdown(ARTICLE, { includeTitle: true, includeSource: true, includeCaptions: true })).toBe(
      [
        '# Russia-China trade falls',
        '',
        '## Kim at parade',
        '',
        'Trade fell **8.1%**, said [Reuters](https://reuters.com/a_%28b%29) in *a report* using `npm ci`.',
        '',
        '1. First',
        '   - Nested one',
        '   - Nested two',
        '2. Second',
        '',
        '> We will not back down.',
        '',
        'Leaders at the parade.',
        '',
        '```',
        'const total = 245;',
        'console.log(total);',
        '```',
        '',
        '| Year | Trade |',
        '| --- | --- |',
        '| 2024 | $245bn |',
        '',
        'Source: <https://news.example/story?id=1&x=2>',
      ].join('\n'),
    );
  });

  test.each([
    ['1. Not a list', '1\\. Not a list'],
    ['# Not a heading', '\\# Not a heading'],
    ['> Not a quote', '\\> Not a quote'],
    ['- Not an item', '\\- Not an item'],
    ['+ Not an item', '\\+ Not an item'],
    ['Stars *and* _underscores_', 'Stars \\*and\\* \\_underscores\\_'],
    ['[not](a link)', '\\[not\\](a link)'],
    ['a | b', 'a \\| b'],
    ['`tick` and \\ backslash', '\\`tick\\` and \\\\ backslash'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['AT&amp;T', 'AT\\&amp;T'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['$245 billion, 8.1% and 2024.', '$245 billion, 8.1% and 2024.'],
  ])('escapes %s', (text, expected) => {
    expect(toMarkdown(result([block('paragraph', text)]), { includeTitle: false, includeSource: false })).toBe(
      expected,
    );
  });

  test('emphasis markers hug the words; neighbouring runs of one style merge', () => {
    const r = result([
      block('paragraph', [
        { text: 'a ' },
        { text: ' bold ', emphasis: 'strong' },
        { text: 'b' },
        { text: 'x', emphasis: 'em' },
        { text: 'y', emphasis: 'em' },
      ]),
    ]);
    expect(toMarkdown(r, { includeTitle: false, includeSource: false })).toBe('a  **bold** b*xy*');
  });

  test('unsafe links become plain text', () => {
    const r = result([
      block('paragraph', [
        { text: 'click', href: 'javascript:alert(1)' },
        { text: ' and ' },
        { text: 'this', href: 'data:text/html,x' },
      ]),
    ]);
    expect(toMarkdown(r, { includeTitle: false, includeSource: false })).toBe('click and this');
  });

  test('table cells escape pipes and fold newlines; short rows are padded', () => {
    const r = result([block('table', 'x', { rows: [['a|b', 'c\nd'], ['e']] })]);
    expect(toMarkdown(r, { includeTitle: false, includeSource: false })).toBe(
      '| a\\|b | c d |\n| --- | --- |\n| e |  |',
    );
  });

  test('code spans and fences outgrow the backticks inside them', () => {
    const r = result([block('paragraph', [{ text: 'a`b', code: true }]), block('code', 'x\n```\ny')]);
    expect(toMarkdown(r, { includeTitle: false, includeSource: false })).toBe('``a`b``\n\n````\nx\n```\ny\n````');
  });

  test('a title full of Markdown is escaped', () => {
    const r = result([], { title: '*Breaking* [news]' });
    expect(toMarkdown(r, { includeTitle: true, includeSource: false })).toBe('# \\*Breaking\\* \\[news\\]');
  });
});

describe('HTML', () => {
  test('semantic elements only, nested lists inside their item, source link', () => {
    expect(toHtml(ARTICLE, { includeTitle: true, includeSource: true, includeCaptions: true })).toBe(
      [
        '<h1>Russia-China trade falls</h1>',
        '<h2>Kim at parade</h2>',
        '<p>Trade fell <strong>8.1%</strong>, said <a href="https://reuters.com/a_(b)">Reuters</a> in <em>a report</em> using <code>npm ci</code>.</p>',
        '<ol><li>First<ul><li>Nested one</li><li>Nested two</li></ul></li><li>Second</li></ol>',
        '<blockquote>We will not back down.</blockquote>',
        '<figure><figcaption>Leaders at the parade.</figcaption></figure>',
        '<pre><code>const total = 245;\nconsole.log(total);</code></pre>',
        '<table><tr><td>Year</td><td>Trade</td></tr><tr><td>2024</td><td>$245bn</td></tr></table>',
        '<p>Source: <a href="https://news.example/story?id=1&amp;x=2">https://news.example/story?id=1&amp;x=2</a></p>',
      ].join('\n'),
    );
  });

  test('hostile text comes out escaped and javascript: links unlinked', () => {
    const r = result(
      [
        block('paragraph', [
          { text: '<script>alert(1)</script>' },
          { text: ' "quoted" & \'single\' ' },
          { text: 'click', href: 'javascript:alert(1)' },
          { text: ' ' },
          { text: 'x', href: 'https://a.example/"><img src=x onerror=alert(1)>' },
        ]),
        block('code', '<b>not bold</b>'),
        block('table', 'x', { rows: [['<td>', '&']] }),
      ],
      { title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(document.cookie)' },
    );
    expect(toHtml(r, { includeTitle: true, includeSource: true })).toBe(
      [
        '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>',
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; click <a href="https://a.example/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E">x</a></p>',
        '<pre><code>&lt;b&gt;not bold&lt;/b&gt;</code></pre>',
        '<table><tr><td>&lt;td&gt;</td><td>&amp;</td></tr></table>',
      ].join('\n'),
    );
  });

  test('parses back to the same text, with no attribute but href', () => {
    const html = toHtml(ARTICLE, { includeTitle: false, includeSource: false });
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const attributes = [...doc.body.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => `${el.tagName}.${a.name}`),
    );
    expect(new Set(attributes)).toEqual(new Set(['A.href']));
    expect(doc.body.querySelector('p')?.textContent).toBe(ARTICLE.blocks[1].text);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('formatResult', () => {
  test.each(FORMAT_NAMES)('%s matches its writer', (format) => {
    const options = { includeTitle: true, includeSource: true };
    const writer = { text: toText, markdown: toMarkdown, html: toHtml }[format];
    expect(formatResult(ARTICLE, format, options)).toBe(writer(ARTICLE, options));
  });

  test('defaults: title on, source off', () => {
    expect(formatResult(result([block('paragraph', 'Body.')]), 'text')).toBe('Russia-China trade falls\n\nBody.');
  });

  test('an empty result is just its title', () => {
    expect(formatResult(result([]), 'markdown', { includeTitle: true })).toBe('# Russia-China trade falls');
    expect(formatResult(result([], { title: '  ' }), 'html', { includeTitle: true })).toBe('');
  });
});

describe('links the writers keep (webHref)', () => {
  test.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x y ', 'https://example.com/x%20y'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['vbscript:msgbox', null],
    ['/relative/path', null],
    ['mailto:a@b.c', null],
    ['', null],
    [null, null],
  ])('%s → %s', (href, expected) => {
    expect(webHref(href) ?? null).toBe(expected);
  });
});
