/**
 * A labelled chip set, written here (no dataset text): short articles in the shape news pages
 * have, each with the chips a reader would defend. `chips` holds every figure that may be a chip;
 * anything else the row shows counts against precision. Block kinds: `h` heading, `c` caption,
 * `p` paragraph (the default).
 */
export interface ChipCase {
  name: string;
  lang: string;
  title: string;
  blocks: readonly (string | readonly ['h' | 'c' | 'p', string])[];
  chips: readonly string[];
}

export const CHIP_CASES: readonly ChipCase[] = [
  {
    name: 'airline results with model numbers',
    lang: 'en',
    title: 'Airline profit jumps 12% as travel recovers',
    blocks: [
      'The carrier reported a net profit of $1.4 billion for the quarter, up 12% on a year earlier.',
      'It flew 38 million passengers and took delivery of four Boeing 737 jets and two 777 freighters.',
      ['c', 'A 787 at the gate in 2023. Photo: 4521'],
      'Fuel costs fell to $2.1 billion.',
    ],
    chips: ['12%', '$1.4 billion', '$2.1 billion', '38 million passengers'],
  },
  {
    name: 'inflation change from to',
    lang: 'en',
    title: 'Inflation eases in March',
    blocks: [
      'Consumer prices rose 3.2% in the year to March, official figures showed on Wednesday.',
      'Core inflation fell from 4.1% to 3.8%, the lowest since 2021.',
      'Economists polled had expected 3.4%.',
    ],
    chips: ['3.2%', '4.1% to 3.8%', '3.4%', '2021'],
  },
  {
    name: 'video page with view counts',
    lang: 'en',
    title: 'Flood waters reach city centre',
    blocks: [
      'Rescuers moved about 2,000 residents overnight as the river rose by 3 metres.',
      'The footage has been watched 1,204,331 times; 4,512 views were recorded in the first hour.',
      'Officials said 14 schools would stay closed until Monday.',
    ],
    chips: ['about 2,000 residents', '3 metres', '14 schools'],
  },
  {
    name: 'religious text with verses',
    lang: 'en',
    title: 'Charity drive raises funds for shelters',
    blocks: [
      'The imam quoted hadith 1392 and verse 16 before the appeal opened.',
      'Donors gave £85,000 in the first week, enough to house 40 families.',
      'The mosque said 70% of the money would go to rent.',
    ],
    chips: ['£85,000', '70%', '40 families'],
  },
  {
    name: 'phone and address furniture',
    lang: 'en',
    title: 'Council opens new recycling centre',
    blocks: [
      'The site cost £3.5m and can handle 20,000 tonnes of waste a year.',
      'Residents can call 0800 555 12 34 or visit Unit 7, 12 Mill Road.',
      'It opens on 1 June 2026.',
    ],
    chips: ['£3.5m', '20,000 tonnes', '1 June 2026'],
  },
  {
    name: 'election tally',
    lang: 'en',
    title: 'Party wins 54 seats in snap vote',
    blocks: [
      'The governing party won 54 seats, up from 41, with 38.5% of the vote.',
      'Turnout was 61%, the lowest since 1998.',
      'Its leader, 47, said she would form a government within 10 days.',
    ],
    chips: ['54 seats, up from 41', '54 seats', '38.5%', '61%', '1998', '10 days'],
  },
  {
    name: 'product launch',
    lang: 'en',
    title: 'Phone maker cuts prices',
    blocks: [
      'The company cut the price of its Galaxy S24 by $100 to $699 in the United States.',
      'The 15 Pro model keeps its price. Shipments fell 9% in 2025.',
      'Analysts expect it to sell 230 million units this year.',
    ],
    chips: ['$100', '$699', '$100 to $699', '9%', '2025', '230 million units'],
  },
  {
    name: 'sports report',
    lang: 'en',
    title: 'Late goal sends champions top',
    blocks: [
      'The champions won 2-1 in front of 52,000 fans, moving three points clear.',
      'The striker, wearing number 9, scored in the 89th minute.',
      'The club paid £60 million for him in August 2024.',
    ],
    chips: ['£60 million', '2-1', '52,000 fans', 'August 2024', 'three points'],
  },
  {
    name: 'German budget',
    lang: 'de',
    title: 'Stadt plant Haushalt mit 2,6 Milliarden Euro',
    blocks: [
      'Die Ausgaben steigen von 2,3 auf 2,6 Milliarden Euro, teilte die Kämmerin am Montag mit.',
      'Für Schulen sind 410 Millionen Euro vorgesehen, 8 Prozent mehr als 2025.',
      'Der Rat tagt in Saal 3 des Rathauses.',
    ],
    chips: ['2,3 auf 2,6 Milliarden Euro', '2,6 Milliarden Euro', '410 Millionen Euro', '8 Prozent', '2025'],
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
    name: 'French jobs',
    lang: 'fr',
    title: 'Le chômage recule à 7,1 %',
    blocks: [
      "Le taux de chômage a reculé à 7,1 % au troisième trimestre, selon l'Insee.",
      'Près de 45 000 emplois ont été créés, dont deux tiers dans les services.',
      'Le ministre a salué ces chiffres sur la chaîne 24, vers 8 heures.',
    ],
    chips: ['7,1 %', 'Près de 45 000 emplois', 'deux tiers'],
  },
  {
    name: 'Spanish housing',
    lang: 'es',
    title: 'El precio de la vivienda sube un 9%',
    blocks: [
      'El precio medio de la vivienda subió un 9% en 2025 hasta 2.100 euros por metro cuadrado.',
      'En Madrid la subida fue del 12,4%, según el portal.',
      'El informe se publicó en la página 4 del anuario.',
    ],
    chips: ['9%', '2.100 euros', '12,4%', '2025'],
  },
  {
    name: 'Russian trade',
    lang: 'ru',
    title: 'Товарооборот снизился на 8,1%',
    blocks: [
      'Товарооборот двух стран за январь–июль 2025 года снизился на 8,1%, до 123 млрд долларов.',
      'Цена выросла с 52 до 60 рублей за литр.',
      'В статье 116 кодекса об этом ничего не сказано.',
    ],
    chips: ['8,1%', '123 млрд долларов', '52 до 60 рублей', 'январь–июль 2025 года'],
  },
  {
    name: 'heat wave',
    lang: 'en',
    title: 'Temperatures hit 41C in record heat',
    blocks: [
      'Temperatures reached 41C on Tuesday, breaking a record set in 2019.',
      'Hospitals treated more than 300 people for heatstroke.',
      ['h', 'Warnings until 2026'],
      'Water use rose 25% and 6 reservoirs are below half.',
    ],
    chips: ['41C', '25%', '2019', 'more than 300 people', '6 reservoirs', '2026'],
  },
  {
    name: 'court case',
    lang: 'en',
    title: 'Bank fined over money laundering failures',
    blocks: [
      'The bank was fined $1.3 billion on Thursday for failing to monitor transfers.',
      'Prosecutors said 4,000 accounts moved $2 billion over 5 years.',
      'The ruling runs to 212 pages. Case No. 19-4410.',
    ],
    chips: ['$1.3 billion', '$2 billion', '4,000 accounts', '5 years'],
  },
  {
    name: 'tech layoffs',
    lang: 'en',
    title: 'Software firm to cut 1,500 jobs',
    blocks: [
      'The firm will cut 1,500 jobs, about 8% of its staff, it said in a memo.',
      'Its shares fell 4.5% to $212.',
      'The chief executive, who posted 3 times on Monday, got 12,000 likes.',
    ],
    chips: ['about 8%', '4.5%', '$212', '4.5% to $212', '1,500 jobs'],
  },
  {
    name: 'crop report',
    lang: 'en',
    title: 'Wheat harvest falls short',
    blocks: [
      'Farmers harvested 21 million tonnes of wheat, down from 25 million tonnes last year.',
      'Prices rose 18% in a month.',
      ['c', 'A combine in a field near the river, 2024. 300 dpi'],
    ],
    chips: ['21 million tonnes of wheat, down from 25 million tonnes', '21 million tonnes', '18%'],
  },
  {
    name: 'no figure worth a chip',
    lang: 'en',
    title: 'Mayor opens library',
    blocks: [
      'The mayor opened the library on Elm Street, where she spent 2 hours reading to children.',
      'Page 3 of the programme lists 12 talks; call 555-123-4567 for tickets.',
    ],
    chips: ['2 hours', '12 talks'],
  },
  {
    name: 'Chinese trade',
    lang: 'zh',
    title: '前七个月贸易额下降8.1%',
    blocks: ['今年1月至7月，两国贸易额同比下降8.1%，至1230亿美元。', '超过3000家企业参与了展会。'],
    chips: ['8.1%', '1230亿美元', '超过3000家', '3000多家', '1月至7月'],
  },
  {
    name: 'energy project',
    lang: 'en',
    title: 'Wind farm approved',
    blocks: [
      'The 120-megawatt wind farm will cost €340 million and power 90,000 homes.',
      'Construction starts in 2027 and will take 18 months.',
      'The developer, founded in 1998, employs 210 staff.',
    ],
    chips: ['€340 million', '120-megawatt', '90,000 homes', '2027', '18 months', '210 staff', '1998'],
  },
  {
    name: 'health study',
    lang: 'en',
    title: 'Daily walk cuts risk by a third',
    blocks: [
      'People who walked 30 minutes a day had a 33% lower risk of heart disease, the study found.',
      'Researchers followed 12,000 adults for 10 years.',
      'The paper appears in volume 48, issue 2 of the journal.',
    ],
    chips: ['33%', '30 minutes', '12,000 adults', '10 years', 'a third'],
  },
  {
    name: 'Italian-style page of bare numbers',
    lang: 'en',
    title: 'Festival returns to the old town',
    blocks: [
      'The festival returns with 26 concerts, 11 of them free.',
      'Tickets cost €15. Doors open at gate 4; stands 7, 8 and 9 are reserved.',
      'Last year 40,000 visitors came.',
    ],
    chips: ['€15', '26 concerts', '40,000 visitors'],
  },
];
