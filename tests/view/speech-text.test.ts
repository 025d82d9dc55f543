import { describe, expect, test } from 'vitest';
import { figuresInText, type Block } from '@/utils/clean';
import { speechLangOf, spokenBlocks, spokenText } from '@/utils/view';

/** A block's text with the figures the engine marks in it, as a view gets it. */
const say = (text: string, lang: string | null) => spokenText({ text, figures: figuresInText(text, lang) }, lang);

describe('money and percentages are read as words', () => {
  test.each([
    ['en', 'Revenue hit $245bn.', 'Revenue hit 245 billion dollars.'],
    ['en', 'It cost €3.5m to build.', 'It cost 3.5 million euros to build.'],
    ['en', 'Prices rose 12% last year.', 'Prices rose 12 percent last year.'],
    ['en', 'A debt of £1.2 trillion remains.', 'A debt of 1.2 trillion pounds remains.'],
    ['en', 'Tickets are US$40 each.', 'Tickets are 40 US dollars each.'],
    ['en', 'The fee is $1 now.', 'The fee is 1 dollar now.'],
    ['en', 'It grew 2.5pc in May.', 'It grew 2.5 percent in May.'],
    ['en', 'Rates of 10-12% are expected.', 'Rates of 10 to 12 percent are expected.'],
    ['en', 'He paid $1,200 for it.', 'He paid 1,200 dollars for it.'],
    ['de', 'Der Umsatz stieg um 12 % auf 245 Mrd. Euro.', 'Der Umsatz stieg um 12 Prozent auf 245 Milliarden Euro.'],
    ['de', 'Das kostet 3,5 Mio. € und 1 Mio. €.', 'Das kostet 3,5 Millionen Euro und 1 Million Euro.'],
    ['de', 'Er zahlte 40 $ dafür.', 'Er zahlte 40 Dollar dafür.'],
    ['fr', 'Le projet coûte 2 Md€ et 12 %.', 'Le projet coûte 2 milliards d’euros et 12 pour cent.'.replace('’', "'")],
    ['fr', 'Une perte de 1,2 Mds € cette année.', "Une perte de 1,2 milliard d'euros cette année."],
    ['fr', 'Le billet vaut 40 € seulement.', 'Le billet vaut 40 euros seulement.'],
    ['es', 'Las ventas subieron un 12% hasta 40 €.', 'Las ventas subieron un 12 por ciento hasta 40 euros.'],
    ['es', 'Recibió US$ 5 por hora.', 'Recibió 5 dólares estadounidenses por hora.'],
    [
      'it',
      'I ricavi sono saliti del 12% a 3,5 mln € e 40 $.',
      'I ricavi sono saliti del 12 per cento a 3,5 milioni di euro e 40 dollari.',
    ],
    [
      'it',
      'Il biglietto costa 1 £, il prestito 2 mld $.',
      'Il biglietto costa 1 sterlina, il prestito 2 miliardi di dollari.',
    ],
    [
      'pt',
      'O governo liberou R$ 3,5 bi e 12% a mais.',
      'O governo liberou 3,5 bilhões de reais e 12 por cento a mais.',
    ],
    ['pt', 'A passagem custa R$ 1 ou US$ 40.', 'A passagem custa 1 real ou 40 dólares americanos.'],
    ['ru', 'Выручка выросла на 12% до $245 млрд.', 'Выручка выросла на 12 процентов до 245 миллиардов долларов.'],
    ['ru', 'Доля составила 21%, а затем 3,5%.', 'Доля составила 21 процент, а затем 3,5 процента.'],
    ['ru', 'Долг составил 5 млн долларов.', 'Долг составил 5 миллионов долларов.'],
    ['ru', 'Цена выросла до 40 ₽.', 'Цена выросла до 40 рублей.'],
    ['zh', '营收增长12%，达到$40。', '营收增长百分之12，达到40美元。'],
    ['zh', '投资€3.5亿。', '投资3.5亿欧元。'],
  ])('%s: %s', (lang, text, spoken) => {
    expect(say(text, lang)).toBe(spoken);
  });

  test('other figures stay as written (a quantity, a date)', () => {
    expect(say('The road is 5 km long and opened on 3 March 2021.', 'en')).toBe(
      'The road is 5 km long and opened on 3 March 2021.',
    );
  });

  test('a language without words keeps the raw text', () => {
    const text = 'De 12% van $5bn';
    expect(spokenText({ text, figures: figuresInText(text, 'nl') }, 'nl')).toBe(text);
    expect(speechLangOf('nl')).toBeNull();
    expect(speechLangOf('ja')).toBeNull();
    expect(speechLangOf('pt-BR')).toBe('pt');
    expect(speechLangOf('de-AT')).toBe('de');
    expect(speechLangOf('zh_Hant')).toBe('zh');
  });

  test('the region of a tag does not matter, and "per cent" written out is left alone', () => {
    expect(say('Up 3.5 per cent to $5bn.', 'en-GB')).toBe('Up 3.5 per cent to 5 billion dollars.');
  });

  test('only the figure span is rewritten: a dollar sign outside any figure stays', () => {
    expect(
      spokenText({ text: 'Press $ then 12%', figures: [{ start: 13, end: 16, kind: 'percent', text: '12%' }] }, 'en'),
    ).toBe('Press $ then 12 percent');
  });
});

describe('blocks to read', () => {
  const block = (id: number, kind: Block['kind'], text: string, lang = 'en'): Block => ({
    id: `b${id}`,
    index: id,
    kind,
    text,
    runs: [{ text }],
    figures: figuresInText(text, lang),
  });

  test('code and empty blocks are skipped; tables read cell by cell', () => {
    const table: Block = {
      ...block(3, 'table', 'Year\tSales\n2023\t$5bn'),
      rows: [
        ['Year', 'Sales'],
        ['2023', '$5bn'],
      ],
    };
    const spoken = spokenBlocks(
      [block(1, 'heading', 'Results'), block(2, 'code', 'x = $5 million'), table, block(4, 'paragraph', ' — ')],
      'en',
    );
    expect(spoken).toEqual([
      { id: 'b1', index: 1, text: 'Results' },
      { id: 'b3', index: 3, text: 'Year, Sales. 2023, 5 billion dollars' },
    ]);
  });
});
