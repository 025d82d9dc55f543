import { describe, expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';
import { MAX_CONTEXT_CHARS, contextSentence, keyFigures, normalise } from '@/utils/clean/stages/key-figures';
import type { Block } from '@/utils/clean/types';

function blocks(texts: readonly string[], lang = 'en', kind: Block['kind'] = 'paragraph'): Block[] {
  return texts.map((text, index) => ({
    id: `b${index}`,
    index,
    kind,
    text,
    runs: [{ text }],
    figures: findFigures(text, { lang }),
  }));
}

const SEED = [
  "When Western partners cut ties with Russia after Moscow's invasion of Ukraine in February 2022, China came to the rescue, buying Russian oil and selling goods from cars to electronics that pushed bilateral trade to a record $245 billion in 2024.",
  'Led by a slump in vehicle imports to Russia and a decline in oil exports to China, trade turnover was down 8.1% year-on-year from January to July 2025, Chinese customs data published last week showed.',
  "Putin will be among more than 20 world leaders, including Indian Prime Minister Narendra Modi, to attend the forum, marking another diplomatic coup for sanctions-hit Russia after Putin's visit to Alaska earlier this month.",
  'Kim at Chinese parade',
  'North Korean leader Kim Jong Un will make his first visit to China in six years to attend a military parade next week, the two countries said on Thursday. With Putin also coming for the parade, the event will underline the three-way alignment among Beijing, Moscow and Pyongyang in the face of a US push to bolster its alliances with South Korea and Japan.',
];

describe('keyFigures', () => {
  test('ranks the seed story: money and percentages, then quantities, then dates', () => {
    const ranked = keyFigures(blocks([...SEED, ...SEED]), 8);
    expect(ranked.map((k) => `${k.kind}:${k.text}`)).toEqual([
      'money:$245 billion',
      'percent:8.1%',
      'quantity:more than 20',
      'quantity:six years',
      'date:February 2022',
      'date:2024',
      'date:January to July 2025',
    ]);
    expect(ranked[0]).toEqual({
      text: '$245 billion',
      kind: 'money',
      context:
        "…Moscow's invasion of Ukraine in February 2022, China came to the rescue, buying Russian oil and selling goods from cars to electronics that pushed bilateral trade to a record $245 billion in 2024.",
      blockId: 'b0',
      start: 224,
      end: 236,
    });
    expect(ranked[3].context).toBe(
      'North Korean leader Kim Jong Un will make his first visit to China in six years to attend a military parade next week, the two countries said on Thursday.',
    );
  });

  test('money and percentages share the first tier in article order', () => {
    const ranked = keyFigures(blocks(['Turnout was 67%.', 'The plan costs $5 million.', 'It rose 3%.']), 8);
    expect(ranked.map((k) => k.text)).toEqual(['67%', '$5 million', '3%']);
  });

  test('counts a figure once, at its first place, whatever its case, dashes or spaces', () => {
    const ranked = keyFigures(
      blocks([
        'Sales fell 8.1% in 2019-2021.',
        'Again: 8.1% over 2019–2021.',
        'It cost $245 Billion, or $245 billion.',
      ]),
      8,
    );
    expect(ranked.map((k) => `${k.blockId}:${k.text}`)).toEqual(['b0:8.1%', 'b2:$245 Billion', 'b0:2019-2021']);
  });

  test('holds at most max', () => {
    const many = blocks(['It cost $1m, $2m, $3m, $4m, $5m and $6m in 2020, 2021 and 2022.']);
    expect(keyFigures(many, 3).map((k) => k.text)).toEqual(['$1m', '$2m', '$3m']);
    expect(keyFigures(many, 0)).toEqual([]);
    expect(keyFigures(many, 100)).toHaveLength(9);
  });

  test('points at the figure: block id and offsets', () => {
    const bs = blocks(['No figures here.', 'Profit rose to $3 trillion on Wednesday.']);
    const [k] = keyFigures(bs, 8);
    expect(k.blockId).toBe('b1');
    expect(bs[1].text.slice(k.start, k.end)).toBe(k.text);
  });

  test('ignores code blocks and blocks without figures', () => {
    const code: Block = {
      id: 'c',
      index: 0,
      kind: 'code',
      text: 'x = $5 million',
      runs: [{ text: 'x = $5 million' }],
      figures: [{ start: 4, end: 14, kind: 'money', text: '$5 million' }],
    };
    expect(keyFigures([code], 8)).toEqual([]);
    expect(keyFigures([], 8)).toEqual([]);
  });
});

describe('contextSentence', () => {
  const at = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return contextSentence(text, start, start + figure.length);
  };

  test.each([
    ['First sentence. Prices rose 8.1% last year. Third one.', '8.1%', 'Prices rose 8.1% last year.'],
    ['It opened on Nov. 29, 2026 in Paris. Then it closed.', 'Nov. 29, 2026', 'It opened on Nov. 29, 2026 in Paris.'],
    ['Mr. Smith paid $5 million. Ms. Jones paid less.', '$5 million', 'Mr. Smith paid $5 million.'],
    ['The U.S. economy grew 2.8% in 2024. Europe lagged.', '2.8%', 'The U.S. economy grew 2.8% in 2024.'],
    ['"We lost $2bn," he said. "It hurts."', '$2bn', '"We lost $2bn," he said.'],
    ['Why did it fall 8%? Nobody knows!', '8%', 'Why did it fall 8%?'],
    ['  Only one sentence with 40 km in it  ', '40 km', 'Only one sentence with 40 km in it'],
    ['贸易额下降8.1%。这是第一次。', '8.1%', '贸易额下降8.1%。'],
    ['这是第一次。贸易额达到2450亿美元。', '2450亿美元', '贸易额达到2450亿美元。'],
  ])('%s → %s', (text, figure, expected) => {
    expect(at(text, figure)).toBe(expected);
  });

  test('cuts a long sentence around the figure at spaces, with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const text = `${words.slice(0, 30).join(' ')} rose 8.1% ${words.slice(30).join(' ')}.`;
    const context = at(text, '8.1%');
    expect(context.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS + 2);
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('rose 8.1%');
    expect(context).not.toMatch(/…\S*wor(?!d)|\bord\d/); // no word cut in half
  });

  test('keeps a figure at the very start or end of a long sentence', () => {
    const tail = ' and'.repeat(80);
    const start = at(`$9 billion was paid${tail}.`, '$9 billion');
    expect(start.startsWith('$9 billion was paid')).toBe(true);
    expect(start.endsWith('…')).toBe(true);
    const end = at(`It was paid${tail} 9%.`, '9%');
    expect(end.startsWith('…')).toBe(true);
    expect(end.endsWith('9%.')).toBe(true);
  });
});

describe('normalise', () => {
  test.each([
    ['$245 Billion', '$245 billion'],
    ['2019–2021', '2019-2021'],
    ['8,1\u00a0%', '8,1 %'],
    ['８.１％', '8.1%'],
    ['’80s', "'80s"],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});
