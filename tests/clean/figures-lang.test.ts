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
