import type { ChipCase } from './types';

export const ES_CASES: readonly ChipCase[] = [
  {
    name: 'Spanish housing',
    lang: 'es',
    title: 'El precio de la vivienda sube un 9%',
    blocks: [
      'El precio medio de la vivienda subió un 9% en 2025 hasta 2.100 euros por metro cuadrado.',
      'En Madrid la subida fue del 12,4%, según el portal.',
      'El informe se publicó en la página 4 del anuario.',
    ],
    chips: ['9%', ['2.100 euros', 'hasta 2.100 euros'], '12,4%', '2025'],
  },
  {
    name: 'suceso con edades',
    lang: 'es',
    title: 'Detenido un hombre de 34 años por un robo en Sevilla',
    blocks: [
      'La Policía Nacional ha detenido a un hombre de 34 años por robar joyas valoradas en 60.000 euros en una tienda de Sevilla.',
      'El detenido, de 34 años, tenía antecedentes por robo. Su cómplice, una mujer de 29 años, sigue huida.',
      'El robo se produjo a las 5 de la madrugada.',
    ],
    chips: ['60.000 euros'],
  },
  {
    name: 'derbi con resultado',
    lang: 'es',
    title: 'El Betis gana 2-1 al Sevilla en el derbi',
    blocks: [
      'El Betis ganó 2-1 al Sevilla ante 55.000 espectadores en el estadio Benito Villamarín.',
      'El delantero, de 23 años, marcó los dos goles y suma 11 en la temporada.',
      'El equipo es cuarto con 32 puntos, a 4 del tercero.',
    ],
    chips: ['2-1', '55.000 espectadores', '32 puntos'],
  },
  {
    name: 'precio de la luz de 80 a 92 euros',
    lang: 'es',
    title: 'La luz sube un 15% en noviembre',
    blocks: [
      'El precio de la electricidad en el mercado mayorista pasó de 80 a 92 euros por megavatio hora en noviembre, un 15% más.',
      'Unos 10 millones de hogares con tarifa regulada notarán la subida en su factura.',
      'El Gobierno prevé que el precio baje a 70 euros en 2026.',
    ],
    chips: ['80 a 92 euros', '15%', '70 euros', ['Unos 10 millones de hogares', 'Unos 10 millones'], '2026'],
  },
  {
    name: 'vídeo viral con contador',
    lang: 'es',
    title: 'Un vídeo de un rescate en el mar se hace viral',
    blocks: [
      'Un socorrista rescató a un bañista a 300 metros de la costa de Cádiz el domingo.',
      'El vídeo se ha reproducido más de 2 millones de veces. 2.204.000 visualizaciones · 5.300 comentarios',
      'El bañista pasó 2 horas en el agua, a 19 grados.',
    ],
    chips: ['300 metros', '2 horas', '19 grados'],
  },
  {
    name: 'paro con décimas',
    lang: 'es',
    title: 'El paro baja en 120.000 personas',
    blocks: [
      'El número de parados bajó en 120.000 personas en el tercer trimestre, hasta 2,6 millones, según la EPA.',
      'La tasa de paro se situó en el 11,2%, dos décimas menos que en el trimestre anterior.',
      'Desde 2019 se han creado 1,5 millones de empleos.',
    ],
    chips: [
      '11,2%',
      'dos décimas',
      '120.000 personas',
      ['hasta 2,6 millones', '2,6 millones'],
      '2019',
      ['1,5 millones de empleos', '1,5 millones'],
    ],
  },
  {
    name: 'fiestas: ninguna cifra cuenta',
    lang: 'es',
    title: 'El pueblo celebra sus fiestas patronales',
    blocks: [
      'Los vecinos celebraron el sábado las fiestas patronales con una misa y una comida popular.',
      'El alcalde, de 61 años, agradeció la ayuda de los voluntarios; el autobús de la línea 3 tuvo servicio especial.',
      ['c', 'La procesión, en 2025. Foto 4 de 10'],
    ],
    chips: [],
  },
];
