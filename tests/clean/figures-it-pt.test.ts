import { describe, expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';

/** `kind:text` of every figure Sift marks, in order. */
const spans = (text: string, lang: string) => findFigures(text, { lang }).map((f) => `${f.kind}:${f.text}`);

describe('Italian figures', () => {
  test.each([
    [
      'Il fondo vale 2,4 miliardi di euro e 300 mila sterline.',
      ['money:2,4 miliardi di euro', 'money:300 mila sterline'],
    ],
    [
      'La spesa sale del 3,1 per cento, cioè di 0,8 punti percentuali.',
      ['percent:3,1 per cento', 'percent:0,8 punti percentuali'],
    ],
    [
      'Il voto è fissato per il 12 giugno 2026 e la legge risale al maggio 2019.',
      ['date:12 giugno 2026', 'date:maggio 2019'],
    ],
    ['Negli anni ’80 e negli anni 2000 il porto cresceva.', ['date:anni ’80', 'date:anni 2000']],
    [
      'Dal 2019 al 2021 i prezzi sono saliti, da gennaio a marzo 2024 scesi.',
      ['date:2019 al 2021', 'date:gennaio a marzo 2024'],
    ],
    [
      'Tremiladuecento tifosi e una dozzina di giornalisti erano presenti.',
      ['quantity:Tremiladuecento', 'quantity:una dozzina'],
    ],
    [
      'Un ciclista di 27 anni ha percorso 180 chilometri in sei ore.',
      ['quantity:27 anni', 'quantity:180 chilometri', 'quantity:sei ore'],
    ],
    ['Le nuove case sono 1.234.567, e la media è 2,5 stanze.', ['quantity:1.234.567', 'quantity:2,5']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'it')).toEqual(expected);
  });

  test.each([
    ['Ci vediamo alle 7 o dalle 15 alle 18, poi a marzo.'],
    ["Lo prevede l'articolo 116 della Costituzione, al comma 3, dopo la legge 194."],
    ['Sei sicuro? Tu sei sempre in ritardo.'],
    ['I due paesi e le tre regioni hanno firmato per la quinta volta.'],
    ['Migliaia di persone e decine di sindaci, telefono 06 4567 8901, versione 2.10.3.'],
  ])('no figure in: %s', (text) => {
    expect(spans(text, 'it')).toEqual([]);
  });
});

describe('Portuguese figures', () => {
  test.each([
    ['A obra custou R$ 2,4 bilhões e US$ 300 milhões.', ['money:R$ 2,4 bilhões', 'money:US$ 300 milhões']],
    ['O gasto sobe 3,1 por cento, ou 0,8 ponto percentual.', ['percent:3,1 por cento', 'percent:0,8 ponto percentual']],
    [
      'O pleito será em 12 de junho de 2026, e a lei é de maio de 2019.',
      ['date:12 de junho de 2026', 'date:maio de 2019'],
    ],
    ['Nos anos 80 e na década de 2000 o porto crescia.', ['date:anos 80', 'date:década de 2000']],
    ['Três mil torcedores e uma dúzia de jornalistas estavam lá.', ['quantity:Três mil', 'quantity:uma dúzia']],
    [
      'Um ciclista de 27 anos percorreu 180 quilômetros em seis horas, com 37ºC.',
      ['quantity:27 anos', 'quantity:180 quilômetros', 'quantity:seis horas', 'quantity:37ºC'],
    ],
    [
      'A tarifa caiu de 5,80 para 5,10 reais, e o saldo é de 480 mil.',
      ['money:5,80', 'money:5,10 reais', 'quantity:480 mil'],
    ],
    [
      'Trinta e cinco por cento dos eleitores e 1.234.567,5 por cento.',
      ['percent:Trinta e cinco por cento', 'percent:1.234.567,5 por cento'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'pt')).toEqual(expected);
  });

  test.each([
    ['A reunião começa às 13h, e a outra às 9 horas; adiada para março.'],
    ['Segundo o artigo 116 da Constituição e a lei 8.666, pela terceira vez.'],
    ['Os dois países e ambas as cidades assinaram há pouco tempo.'],
    ['Um percentual alto: milhares de pessoas e dezenas de prefeitos, telefone (11) 3456-7890.'],
    ['Isso aconteceu dois meses atrás, na versão 2.10.3.'],
  ])('no figure in: %s', (text) => {
    expect(spans(text, 'pt')).toEqual([]);
  });
});

describe('Italian and Portuguese pages reach their records', () => {
  test('region subtags are read by their language', () => {
    expect(spans('O governo gastou 2 milhões de reais.', 'pt-BR')).toEqual(['money:2 milhões de reais']);
    expect(spans('Il governo ha speso 2 milioni di euro.', 'it-IT')).toEqual(['money:2 milioni di euro']);
  });
});
