/**
 * Figures in the page's language: word forms, units, currency words and date forms, one rule a
 * block, each with sentences of our own and a counter-case that must stay as it is.
 */
import { describe, expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';

/** `kind:text` of every figure Sift marks, in order. */
const spans = (text: string, lang: string) => findFigures(text, { lang }).map((f) => `${f.kind}:${f.text}`);

describe('a slash pair with a day past the twelfth first is a day and month', () => {
  test.each([
    ['fr', 'Rendez-vous 29/2 devant la mairie.', ['date:29/2']],
    ['de', 'Abgabe bis spätestens 30/4 im Sekretariat.', ['date:30/4']],
    ['it', 'Consegna prevista 25/11, salvo ritardi.', ['date:25/11']],
    ['en', 'The shop reopens 25/11 after the refit.', ['date:25/11']],
    ['ja', '申込は2/28-3/1の三日間です。', ['date:2/28-3/1', 'quantity:三日間']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['fr', 'Elle a obtenu 17/20 à l’oral.', []],
    ['fr', 'Le service répond 24/7 aux appels.', []],
    ['en', 'He went 7/12 from the field.', []],
    ['it', 'Ne ha mangiato 3/4 in un giorno.', ['quantity:3/4']],
  ])('no date: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a fraction printed as one character and a number in scientific notation are quantities', () => {
  test.each([
    ['en', 'Stir in ½ teaspoon of salt.', ['quantity:½ teaspoon']],
    ['en', 'The hike took 2½ hours.', ['quantity:2½ hours']],
    ['fr', 'Il reste ⅔ du budget.', ['quantity:⅔']],
    ['en', 'The grid stores 1.3e6 tonnes of ice.', ['quantity:1.3e6 tonnes']],
    ['fr', 'La constante vaut -4,2e-3 environ.', ['quantity:-4,2e-3']],
    ['ja', '答えは2.5e4です。', ['quantity:2.5e4']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'She lives in apartment 4e on the corner.', []],
    ['fr', 'Il habite dans le 3e arrondissement.', []],
    ['en', 'The build hash starts with 2e5f.', []],
  ])('no figure: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a half is part of the number in every language', () => {
  test.each([
    ['en', 'The climb took one and a half hours.', ['quantity:one and a half hours']],
    ['en', 'Half million tickets were sold in a day.', ['quantity:Half million tickets']],
    ['en', 'The fund reached a quarter million donors.', ['quantity:a quarter million']],
    ['de', 'Die Sanierung dauerte zweieinhalb Jahre.', ['quantity:zweieinhalb Jahre']],
    ['de', 'Der Bau kostet eineinhalb Milliarden Euro.', ['money:eineinhalb Milliarden Euro']],
    ['de', 'Sie wartete anderthalb Stunden am Gleis.', ['quantity:anderthalb Stunden']],
    ['de', 'Eine halbe Million Besucher kam zum Fest.', ['quantity:halbe Million Besucher']],
    ['es', 'Acudió medio millón de personas.', ['quantity:medio millón de personas']],
    ['fr', 'Il en reste un et demi dans le carton.', ['quantity:un et demi']],
    ['it', 'Ne servono uno e mezzo per porzione.', ['quantity:uno e mezzo']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['de', 'Die anderen Länder zögerten noch.', []],
    ['de', 'Nach einer halben Stunde war alles vorbei.', []],
    ['es', 'Los medios de comunicación lo contaron.', []],
    ['en', 'The social media billionaire spoke first.', []],
    ['fr', 'Il a lu un livre et demi-page.', []],
    ['es', 'La cita es a las siete y media.', []],
  ])('no figure: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('phone numbers in their North American shapes are no figures', () => {
  test.each([
    ['en', 'Call the desk at 555 014 2368 after noon.', []],
    ['en', 'Reach us on (555).014.2368 any day.', []],
    ['en', 'The office line is 1(555)014-2368.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'They shipped 555 crates and 2368 boxes.', ['quantity:555', 'quantity:2368']],
    ['fr', 'La ville compte 123 456 habitants.', ['quantity:123 456 habitants']],
  ])('figures: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a URL-like run stops at Chinese and Japanese characters', () => {
  test.each([
    ['ja', '更新日は2019年1月18日です。お問い合わせは@サポートまで。', ['date:2019年1月18日']],
    ['ja', '詳しくはwww.example.com/2019をご覧ください。', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('a week number names a week of the calendar, no count', () => {
  test.each([
    ['en', 'Deliveries resume in week 14.', []],
    ['fr', 'Les travaux reprennent la semaine 14.', []],
    ['de', 'Der Umbau beginnt in KW 14.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['en', 'Deliveries resume in 14 weeks.', ['quantity:14 weeks']],
    ['fr', 'Une semaine plus tard, 14 élèves sont partis.', ['quantity:14 élèves']],
  ])('counts: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});

describe('Japanese: a myriad with its ten, hundred or thousand, and a numeral after マイナス, are numbers', () => {
  test.each([
    ['ja', '来場者は十万を超えた。', ['quantity:十万']],
    ['ja', '予算は百億に達した。', ['quantity:百億']],
    ['ja', '朝の気温はマイナス三だった。', ['quantity:マイナス三']],
  ])('%s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });

  test.each([
    ['zh', '千万不要迟到。', []],
    ['ja', '三は好きな数字だ。', []],
  ])('no figure: %s: %s', (lang, text, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});
