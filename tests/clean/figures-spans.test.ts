/**
 * Span boundaries by FIGURES.md's span rules, one rule a block: each with sentences of our own
 * and a counter-case that must stay as it is.
 */
import { describe, expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';

/** `kind:text` of every figure Sift marks, in order. */
const spans = (text: string, lang: string) => findFigures(text, { lang }).map((f) => `${f.kind}:${f.text}`);

describe('a sign belongs to its number where no space separates Chinese or Japanese text', () => {
  test.each([
    ['ja', '今朝の気温は-4.5度でした。', ['quantity:-4.5度']],
    ['ja', '差し引きは−３万で終わった。', ['quantity:−３万']],
    ['zh', '昨夜气温降到负6度。', ['quantity:负6度']],
    ['zh', '账面余额为负2300。', ['quantity:负2300']],
    ['en', 'The reading fell to -3.5 overnight.', ['quantity:-3.5']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['zh', '他负责3个项目。', ['quantity:3个']],
    ['zh', '展览从2021年-2023年举办。', ['date:2021年-2023年']],
    ['en', 'Take exit B-7 towards the coast.', []],
  ])('no sign: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a cardinal in words closed by a singular ordinal is one ordinal, no count', () => {
  test.each([
    ['en', 'The gallery greeted its two hundred forty third guest at noon.', []],
    ['en', 'The town marked its three thousandth wedding in the chapel.', []],
    ['fr', 'Le club fête sa cent vingt septième saison.', []],
    ['fr', 'Elle termine dix-septième du classement.', []],
    ['es', 'Llegó el doscientos milésimo visitante del museo.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'Three fifths of the board backed the plan.', ['quantity:Three fifths']],
    ['en', 'The dish needs one fifth of the sugar.', ['quantity:one fifth']],
    ['en', 'They split it into one hundred twenty fifths.', ['quantity:one hundred twenty fifths']],
    [
      'fr',
      'Trois cinquièmes des élus ont voté, et deux tiers des maires.',
      ['quantity:Trois cinquièmes', 'quantity:deux tiers'],
    ],
    ['fr', 'Il reste trois cinquiemes du budget.', ['quantity:trois cinquiemes']],
    ['es', 'Tres quintos de los socios votaron.', ['quantity:Tres quintos']],
  ])('a fraction: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('dozens, halves and mixed fractions belong to the number', () => {
  test.each([
    ['en', 'The bakery sold 4 dozen rolls on the first morning.', ['quantity:4 dozen']],
    ['en', 'The climb took 3 and a half hours.', ['quantity:3 and a half hours']],
    ['en', 'The new cable runs 12 1/2 miles under the bay.', ['quantity:12 1/2 miles']],
    ['fr', 'Le marché a vendu trois douzaines de paniers.', ['quantity:trois douzaines']],
    ['fr', 'La traversée dure deux heures et demie.', ['quantity:deux heures et demie']],
    ['es', 'La ciudad tiene 4 millones y medio de vecinos.', ['quantity:4 millones y medio']],
    ['it', 'Il paese conta due milioni e mezzo di abitanti.', ['quantity:due milioni e mezzo di abitanti']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'Dozens of boats and hundreds of fans waited.', []],
    ['en', 'The score was 3, and 1/2 of the fans left.', ['quantity:3', 'quantity:1/2']],
    ['fr', 'Des douzaines de bateaux attendaient.', []],
  ])('not joined: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('an hour written in words after a preposition of time is no figure', () => {
  test.each([
    ['fr', 'Le train part à cinq heures et arrive vers sept heures.', []],
    ['de', 'Wir treffen uns um acht Uhr.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['fr', 'Le vol a duré cinq heures.', ['quantity:cinq heures']],
    ['de', 'Die Sitzung dauerte acht Stunden.', ['quantity:acht Stunden']],
  ])('a duration: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('phone numbers are never figures', () => {
  test.each([
    ['en', 'Her phone number is 0171 443 90 12, ext. 45.', []],
    ['en', 'The office line was 07311 482 905 all week.', []],
    ['pt', 'O telefone é 021 98765 4321.', []],
    ['zh', '我的电话号码是021 6543 2109。', []],
    ['zh', '前台热线：13912345678或13987654321', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'The phone maker sold 4,500 handsets.', ['quantity:4,500']],
    ['en', 'Call at 5 pm; the number of guests is 12.', ['quantity:12']],
    ['zh', '全市共有13000人。', ['quantity:13000人']],
  ])('figures stay: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a week, month or quarter of a year is one date with its ordinal', () => {
  test.each([
    ['en', 'Tickets go on sale in the second week of 2027.', ['date:second week of 2027']],
    [
      'en',
      'Output fell in the 2nd quarter of 2023 and the last week of March 2024.',
      ['date:2nd quarter of 2023', 'date:last week of March 2024'],
    ],
    ['en', 'Guidance for q4 2026 was cut.', ['date:q4 2026']],
    ['en', 'Flights resume Mar-Apr 2026.', ['date:Mar-Apr 2026']],
    [
      'es',
      'Las obras acaban la tercera semana de 2026 o en el 2º trimestre de 2027.',
      ['date:tercera semana de 2026', 'date:2º trimestre de 2027'],
    ],
    ['fr', 'Le chantier reprend la deuxième semaine de 2026.', ['date:deuxième semaine de 2026']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'In the first week of the trial the 3rd month passed quietly.', []],
    ['en', 'The q4 team met in Mar-Apr.', []],
    ['es', 'Fue la primera vez en la tercera semana.', []],
  ])('no year, no date: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a month alone in Chinese is no date, a period with its year is one', () => {
  test.each([
    ['zh', '这家店3月和5月的客流都很大。', []],
    ['zh', '6月-8月是旺季。', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['zh', '工程从11月至2027年2月进行。', ['date:11月至2027年2月']],
    ['zh', '合同期为2024年到2026年。', ['date:2024年到2026年']],
    ['zh', '2026年2月至9月客流回升。', ['date:2026年2月至9月']],
    ['zh', '会议定于3月5日召开，为期3个月。', ['date:3月5日', 'quantity:3个月']],
  ])('a date: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('minutes past the hour are a time of day', () => {
  test.each([
    ['en', 'The ferry left at 25 past 6 and the bus at twenty past eight.', []],
    ['en', 'She called at 5 min past nine.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([['en', 'The convoy drove 40 miles past 2 checkpoints.', ['quantity:40 miles', 'quantity:2']]])(
    'a count: %s: %s',
    (lang, text, expected) => {
      expect(spans(text, lang)).toEqual(expected);
    },
  );
});

describe('German: a day glued to its month, and halb / viertel before an hour', () => {
  test.each([
    ['de', 'Die Messe beginnt am 14.März 2026.', ['date:14.März 2026']],
    ['de', 'Wir essen um halb 7 und gehen dreiviertel 9.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['de', 'Ein Viertel der 8 Schulen blieb zu.', ['quantity:Ein Viertel', 'quantity:8']],
    ['en', 'The score stood at 3.May we go?', ['quantity:3']],
  ])('not joined: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('rates, frequencies and battery charge take their unit, on any page', () => {
  test.each([
    ['en', 'The hub adds ports at 5 Gbps and 480 Mbps.', ['quantity:5 Gbps', 'quantity:480 Mbps']],
    ['en', 'A 3.2 GHz chip beside a 5,000 mAh battery.', ['quantity:3.2 GHz', 'quantity:5,000 mAh']],
    ['de', 'Der Bildschirm läuft mit 120 Hz.', ['quantity:120 Hz']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([['en', 'They packed 5 mahjong sets for the trip.', ['quantity:5']]])(
    'a word that only starts like a unit: %s: %s',
    (lang, text, expected) => {
      expect(spans(text, lang)).toEqual(expected);
    },
  );
});
