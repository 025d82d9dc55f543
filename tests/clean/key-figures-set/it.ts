import type { ChipCase } from './types';

export const IT_CASES: readonly ChipCase[] = [
  {
    name: 'cronaca con età',
    lang: 'it',
    title: 'Arrestato un uomo di 34 anni per furto di gioielli',
    blocks: [
      'Un uomo di 34 anni è stato arrestato a Milano per il furto di gioielli del valore di 80.000 euro.',
      'Il complice, 29 anni, è ricercato. Il furto è avvenuto alle 3 di notte.',
    ],
    chips: ['80.000 euro'],
  },
  {
    name: "inflazione dal 2,1% all'1,8%",
    lang: 'it',
    title: "L'inflazione scende all'1,8%",
    blocks: [
      "L'inflazione a ottobre è scesa dal 2,1% all'1,8%, secondo l'Istat.",
      "I prezzi dei prodotti alimentari sono aumentati del 3,4%, quelli dell'energia sono calati del 6%.",
      'Le famiglie spendono in media 2.700 euro al mese.',
    ],
    chips: [["2,1% all'1,8%", '1,8%', '2,1%'], '3,4%', '6%', '2.700 euro'],
  },
  {
    name: 'sagra: nessuna cifra conta',
    lang: 'it',
    title: 'Il paese festeggia la sagra della castagna',
    blocks: [
      'Domenica il paese ha festeggiato la tradizionale sagra della castagna in piazza.',
      'Il sindaco, 58 anni, ha ringraziato i volontari; la linea 4 degli autobus ha fatto corse in più.',
      ['c', 'La piazza durante la sagra del 2025. Foto 3 di 8'],
    ],
    chips: [],
  },
];
