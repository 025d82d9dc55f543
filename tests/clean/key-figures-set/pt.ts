import type { ChipCase } from './types';

export const PT_CASES: readonly ChipCase[] = [
  {
    name: 'futebol com placar',
    lang: 'pt',
    title: 'Flamengo vence o Palmeiras por 2 a 0',
    blocks: [
      'O Flamengo venceu o Palmeiras por 2 a 0 diante de 62 mil torcedores no Maracanã.',
      'O atacante, de 24 anos, marcou os dois gols e chegou a 18 na temporada.',
      'O time tem agora 5 pontos de vantagem.',
    ],
    chips: ['2 a 0', ['62 mil torcedores', '62 mil'], '5 pontos'],
  },
  {
    name: 'inflação em 12 meses',
    lang: 'pt',
    title: 'Inflação sobe para 4,8% em 12 meses',
    blocks: [
      'O índice de preços ao consumidor subiu 0,5% em outubro e acumula alta de 4,8% em 12 meses, informou o IBGE.',
      'A gasolina ficou 3,2% mais cara; o preço médio do litro chegou a R$ 6,10.',
      'O Banco Central manteve a taxa básica em 10,75% ao ano.',
    ],
    chips: ['0,5%', '4,8%', '3,2%', 'R$ 6,10', '10,75%', '12 meses'],
  },
  {
    name: 'biblioteca: nenhum número conta',
    lang: 'pt',
    title: 'Biblioteca do bairro reabre as portas',
    blocks: [
      'Depois de meses de obras, a biblioteca do bairro reabriu as portas no sábado.',
      'A diretora, de 52 anos, recebeu os leitores; a linha 7 do ônibus para em frente.',
    ],
    chips: [],
  },
];
