import type { ChipCase } from './types';

export const DE_CASES: readonly ChipCase[] = [
  {
    name: 'German budget',
    lang: 'de',
    title: 'Stadt plant Haushalt mit 2,6 Milliarden Euro',
    blocks: [
      'Die Ausgaben steigen von 2,3 auf 2,6 Milliarden Euro, teilte die Kämmerin am Montag mit.',
      'Für Schulen sind 410 Millionen Euro vorgesehen, 8 Prozent mehr als 2025.',
      'Der Rat tagt in Saal 3 des Rathauses.',
    ],
    chips: [['2,3 auf 2,6 Milliarden Euro', '2,6 Milliarden Euro'], '410 Millionen Euro', '8 Prozent', '2025'],
  },
  {
    name: 'German traffic',
    lang: 'de',
    title: 'Neue Bahnstrecke verkürzt Fahrzeit',
    blocks: [
      'Die Fahrt zwischen den beiden Städten dauert künftig 48 Minuten statt 74 Minuten.',
      'Der Bau kostete 1,8 Milliarden Euro und dauerte sieben Jahre.',
      'Auf Seite 12 des Berichts steht die Prognose: 30.000 Fahrgäste am Tag.',
    ],
    chips: ['1,8 Milliarden Euro', '48 Minuten', '74 Minuten', 'sieben Jahre', '30.000 Fahrgäste'],
  },
  {
    name: 'Unfall mit Altersangabe',
    lang: 'de',
    title: 'Autofahrer bei Unfall auf der A7 schwer verletzt',
    blocks: [
      'Ein 34-jähriger Autofahrer ist am Sonntag auf der A7 bei Kassel schwer verletzt worden.',
      'Der Wagen überschlug sich nach Angaben der Polizei mehrmals; der Schaden liegt bei rund 40.000 Euro.',
      'Die Autobahn war 3 Stunden lang gesperrt, der Stau reichte 12 Kilometer weit.',
    ],
    chips: ['rund 40.000 Euro', '3 Stunden', '12 Kilometer'],
  },
  {
    name: 'Bundesliga mit Ergebnis und Rückennummer',
    lang: 'de',
    title: 'Bayern gewinnt 4:2 in Dortmund',
    blocks: [
      'Der FC Bayern hat das Spitzenspiel in Dortmund mit 4:2 gewonnen, vor 81.365 Zuschauern.',
      'Der Stürmer, 27, traf zweimal; der Vorsprung beträgt nun 5 Punkte.',
      'Die Rückennummer 9 trägt er seit 2023.',
    ],
    chips: ['4:2', '81.365 Zuschauern', '5 Punkte', '2023'],
  },
  {
    name: 'Inflation von einem Wert auf den anderen',
    lang: 'de',
    title: 'Inflation sinkt auf 2,1 Prozent',
    blocks: [
      'Die Inflationsrate ist im Oktober von 2,4 auf 2,1 Prozent gesunken, teilte das Statistische Bundesamt mit.',
      'Lebensmittel waren 1,8 Prozent teurer als ein Jahr zuvor, Energie dagegen 3,5 Prozent billiger.',
      'Ökonomen hatten mit 2,2 Prozent gerechnet.',
    ],
    chips: [['2,4 auf 2,1 Prozent', '2,1 Prozent'], '1,8 Prozent', '3,5 Prozent', '2,2 Prozent'],
  },
  {
    name: 'Video mit Aufrufzähler',
    lang: 'de',
    title: 'Rettung aus dem Eis: Video geht viral',
    blocks: [
      'Feuerwehrleute haben am Dienstag zwei Kinder aus einem zugefrorenen See gerettet; das Eis war nur 4 Zentimeter dick.',
      'Das Video wurde mehr als 2 Millionen Mal angesehen. 2.314.000 Aufrufe, 18.000 Kommentare',
      'Die Wassertemperatur lag bei 3 Grad.',
    ],
    chips: ['zwei Kinder', '4 Zentimeter', '3 Grad'],
  },
  {
    name: 'Stellenabbau mit Modellname',
    lang: 'de',
    title: 'Autobauer streicht 3.000 Stellen',
    blocks: [
      'Der Autobauer will bis 2028 rund 3.000 Stellen streichen und so 1,2 Milliarden Euro im Jahr sparen.',
      'Betroffen sind vor allem die Werke in Sachsen, wo das Modell ID.3 gebaut wird.',
      'Der Umsatz sank im dritten Quartal um 7 Prozent auf 21,4 Milliarden Euro.',
    ],
    chips: [
      '1,2 Milliarden Euro',
      '7 Prozent',
      '21,4 Milliarden Euro',
      ['rund 3.000 Stellen', '3.000 Stellen'],
      '2028',
    ],
  },
  {
    name: 'Stadtfest: keine Kennzahl',
    lang: 'de',
    title: 'Bürgermeisterin eröffnet Stadtfest',
    blocks: [
      'Bei strahlendem Wetter hat die Bürgermeisterin am Samstag das Stadtfest eröffnet.',
      'Die 58-Jährige dankte den Vereinen. Die Buslinie 7 fährt bis Mitternacht.',
      ['c', 'Das Fest im Jahr 2025. Foto: 12'],
    ],
    chips: [],
  },
];
