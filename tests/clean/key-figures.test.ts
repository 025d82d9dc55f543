import { describe, expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';
import { contextSentence, MAX_CONTEXT_CHARS } from '@/utils/clean/stages/key-figure-context';
import { keyFigures, normalise } from '@/utils/clean/stages/key-figures';
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
  test('ranks the seed story: money and percentages, then the lead, then quantities before dates', () => {
    const ranked = keyFigures(blocks([...SEED, ...SEED]), 8);
    expect(ranked.map((k) => `${k.kind}:${k.text}`)).toEqual([
      'money:$245 billion',
      'percent:8.1%',
      'date:February 2022', // in the lead
      'date:2024',
      'quantity:more than 20',
      'quantity:six years',
      'date:January to July 2025',
    ]);
    expect(ranked[0]).toEqual({
      text: '$245 billion',
      kind: 'money',
      context:
        '…2022, China came to the rescue, buying Russian oil and selling goods from cars to electronics that pushed bilateral trade to a record $245 billion in 2024.',
      blockId: 'b0',
      start: 224,
      end: 236,
    });
    expect(ranked[5].context).toBe(
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

  test('never a bare number, a count in words, a reference or a view count; a counted quantity is', () => {
    const ranked = keyFigures(
      blocks([
        'The 737 was grounded; 30 were inspected, and 1,234 readers wrote in. Call 0800 555 12 34.',
        'Three sources said so. See page 12, hadith 1392 and verse 16; the clip had 40,000 views.',
        'The airline grounded 30 jets and 1,234 passengers waited 3 hours.',
      ]),
      8,
    );
    expect(ranked.map((k) => k.text)).toEqual(['30 jets', '1,234 passengers', '3 hours']);
  });

  test('never a figure in a caption or an image block; the same figure in the body is', () => {
    const caption: Block = { ...blocks(['The plant cost $3 billion.'])[0], id: 'c', kind: 'caption' };
    expect(keyFigures([caption], 8)).toEqual([]);
    expect(keyFigures([caption, ...blocks(['', 'The plant cost $3 billion.'])], 8).map((k) => k.blockId)).toEqual([
      'b1',
    ]);
  });

  test('the headline, the lead and headings rank a figure above one met once in the body', () => {
    const bs = [
      ...blocks(['Rates rose on Tuesday, the bank said, after 3 hours of talks.']),
      ...blocks(['The decision', 'It lent 40 tonnes of gold.', 'Staff worked 12 days and 9 hours.'], 'en'),
    ].map((b, index) => ({ ...b, id: `b${index}`, index }));
    bs[1] = {
      ...bs[1],
      kind: 'heading',
      level: 2,
      text: 'After 2 years',
      figures: findFigures('After 2 years', { lang: 'en' }),
    };
    const ranked = keyFigures(bs, 8, { title: 'Bank staff worked 9 hours' });
    expect(ranked.map((k) => k.text)).toEqual(['9 hours', '3 hours', '2 years', '40 tonnes', '12 days']);
  });

  test('a figure the article repeats ranks above one said once; a headline names a figure only whole', () => {
    const ranked = keyFigures(blocks(['Intro.', 'It took 5 days and 8 weeks.', 'It lasted 8 weeks in all.']), 8, {
      title: 'A 15 days wait',
    });
    expect(ranked.map((k) => k.text)).toEqual(['8 weeks', '5 days']);
  });

  test('a change from one figure to another is one chip; two figures side by side are two', () => {
    const ranked = keyFigures(
      blocks([
        'Inflation rose from 3.1% to 4.2%, and revenue was $41.2bn, up from $38.9bn.',
        'Die Miete stieg von 800 auf 950 Euro.',
        'It sold 3% and 4% more, at $5 to $6 each.',
        'Farmers cut 21 million tonnes of wheat, down from 25 million tonnes; 5 days of talks from 3 pm.',
      ]),
      10,
    );
    expect(ranked.map((k) => `${k.kind}:${k.text}`)).toEqual([
      'percent:3.1% to 4.2%',
      'money:$41.2bn, up from $38.9bn',
      'money:800 auf 950 Euro',
      'percent:3%',
      'percent:4%',
      'money:$5',
      'money:$6',
      'quantity:21 million tonnes of wheat, down from 25 million tonnes',
      'quantity:5 days',
    ]);
  });

  test('none when none qualify', () => {
    expect(keyFigures(blocks(['The 737 and the 777 flew again, said 12 of them.']), 8)).toEqual([]);
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

  const chipTexts = (texts: readonly string[], lang = 'en'): string[] =>
    keyFigures(blocks(texts, lang), 8).map((k) => k.text);

  test.each([
    ['en', 'A 34-year-old driver and a 61-year-old passenger were hurt; the two-year-old was not.'],
    ['en', 'Patients were aged 55 to 80; the man, 34 years old, lived there.'],
    ['ru', 'Задержан 31-летний водитель; пострадавшей 63-летней женщине помогли. Ему 45 лет, которому 24 года.'],
    ['ru', 'Директор, 45 лет, поблагодарил строителей; в возрасте 70 лет он ушёл.'],
    ['ru', 'Недавно ей исполнилось 53 года, и она рада.'],
    ['en', 'The singer turned 40 years this spring.'],
    ['fr', 'Un homme de 34 ans a été interpellé. Sa complice, 29 ans, est recherchée.'],
    ['es', 'Detenido un hombre de 34 años. El detenido, de 34 años, y una mujer de 29 años.'],
    ['zh', '一名34岁男子被拘留。'],
  ])('never an age (%s): %s', (lang, text) => {
    expect(chipTexts([text], lang)).toEqual([]);
  });

  test('a count of years that is no age is a chip: a contract, a term, a sentence', () => {
    expect(chipTexts(['The 10-year contract runs for 34 years, and he served 5 years.'])).toEqual([
      '10-year',
      '34 years',
      '5 years',
    ]);
    expect(chipTexts(['Un contrat de 10 ans a été signé.'], 'fr')).toEqual(['10 ans']);
    expect(chipTexts(['Un proyecto de 20 años, de 2010 a 2030.'], 'es')).toContain('20 años');
    expect(chipTexts(['Стройка длилась 53 года, и её закончили.'], 'ru')).toEqual(['53 года']);
  });

  test.each([
    ['en', 'It is three times bigger, 10 times the aid budget; the clip was viewed 1.2 million times.'],
    ['de', 'Das Video wurde mehr als 2 Millionen Mal angesehen.'],
    ['fr', 'La vidéo a été vue 800 000 fois.'],
    ['es', 'El vídeo se ha reproducido más de 2 millones de veces.'],
    ['ru', 'Ролик посмотрели более 3 млн раз.'],
    ['zh', '增长了3倍，播放量超过500万次。'],
  ])('never a multiplier or a tally of times (%s): %s', (lang, text) => {
    expect(chipTexts([text], lang)).toEqual([]);
  });

  test('a multiplier that is money or a percentage stays; person-times (人次) are a count', () => {
    expect(chipTexts(['Profit rose 3 times to $4 billion, up 200%.'])).toEqual(['$4 billion', '200%']);
    expect(chipTexts(['接待游客120万人次。'], 'zh')).toEqual(['120万人次']);
  });

  test('never a count of time that only places an event against another; a duration that is a fact is a chip', () => {
    expect(chipTexts(['Two years after the vote, and 3 days later, it was over; it took 7 years to build.'])).toEqual([
      '7 years',
    ]);
    expect(chipTexts(['Vor 3 Jahren begann der Bau, der sieben Jahre dauerte.'], 'de')).toEqual(['sieben Jahre']);
    expect(chipTexts(['Il y a 5 ans, le chantier a duré 18 mois.'], 'fr')).toEqual(['18 mois']);
    expect(chipTexts(['Три года назад стройка заняла 18 месяцев.'], 'ru')).toEqual(['18 месяцев']);
  });

  test('never a counter of the page itself, written before the number', () => {
    expect(chipTexts(['Views: 3,412,009 · 12,400 likes · 830 comments'])).toEqual([]);
    expect(chipTexts(['该视频走红。阅读 120万 点赞 3.2万'], 'zh')).toEqual([]);
    expect(chipTexts(['It views 3,000 homes from the hill.'])).toEqual(['3,000 homes']);
  });

  test('never a figure in a block the page set as furniture (credit, footer, byline); an aside may hold a fact box', () => {
    const [credit, footer, aside] = blocks(['It cost $3 billion.', 'Sales: $9 million.', 'The plan: $5 million.']);
    const marked = [
      { ...credit, provenance: ['credit' as const] },
      { ...footer, provenance: ['footer' as const] },
      { ...aside, provenance: ['aside' as const] },
    ];
    expect(keyFigures(marked, 8).map((k) => k.text)).toEqual(['$5 million']);
  });

  test.each([
    ['a size is one figure, so one chip', 'The case measures 96.5 x 72mm and weighs little.', ['96.5 x 72mm']],
    ['written with ×', 'Power comes in through a 4.0×1.7mm barrel socket.', ['4.0×1.7mm']],
    ['a whole measure', 'The cable is 72mm long.', ['72mm']],
  ])('a size is never cut into halves for chips: %s', (_, text, expected) => {
    expect(keyFigures(blocks([text]), 8).map((k) => k.text)).toEqual(expected);
  });

  test.each([
    ['a name in a list opening with a figure', '20% Calmer', []],
    ['a figure in a list item that states a fact', '20% of members renewed', ['20%']],
    ['a short list item that is a sentence', '20% Off.', ['20%']],
  ])('a list item: %s', (_, text, expected) => {
    expect(keyFigures(blocks([text], 'en', 'list-item'), 8).map((k) => k.text)).toEqual(expected);
  });

  test('a name opening with a figure is a chip outside a list (a heading may be Title Case)', () => {
    expect(keyFigures(blocks(['20% Calmer'], 'en', 'heading'), 8).map((k) => k.text)).toEqual(['20%']);
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
