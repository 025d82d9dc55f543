/**
 * Italian and Portuguese sentences of the labelled figures set (see figures-eval.ts for the
 * markup: `{span|kind}`, kind m, p, d or q; everything unmarked must stay unmarked). Written for
 * Sift, news-style, after the it/pt records were first drafted and scored once before any rule
 * was tuned on them: exact span and kind F1 it 0.964, pt 0.963 (the one miss in each: `68 punti`,
 * `61 pontos`, points were no counted noun yet); with English words only, 0.222 and 0.314.
 */
export const MARKED_IT_PT: readonly (readonly [lang: string, marked: string])[] = [
  ['it', 'Il Pil è cresciuto dello {0,4 per cento|p} nel {primo trimestre del 2025|d}, secondo l’Istat.'],
  ['it', 'La manovra vale {30 miliardi di euro|m} e sarà approvata entro il {31 dicembre 2025|d}.'],
  ['it', 'L’incendio ha distrutto {circa 200 ettari|q} di bosco e costretto {oltre 300 persone|q} a lasciare le case.'],
  ['it', 'Il titolo ha chiuso in calo del {3,2%|p} a {14,50 euro|m}, dopo una seduta di {sei ore|q}.'],
  ['it', 'Negli {anni ’90|d} la fabbrica contava {1.200 dipendenti|q}; oggi sono {meno di 400|q}.'],
  ['it', 'Un uomo di {45 anni|q} è stato fermato alle 7 di mattina vicino all’uscita 12 dell’autostrada.'],
  ['it', 'La disoccupazione è scesa di {0,3 punti percentuali|p} a {marzo 2025|d}, al {6,1%|p}.'],
  ['it', '{Tre fonti|q} confermano che {una ventina|q} di deputati voterà contro l’articolo 5.'],
  ['it', 'I due partiti hanno firmato l’accordo per la seconda volta in {due anni|q}.'],
  ['it', 'Le temperature supereranno i {38 gradi|q} in Sicilia da giovedì {10 luglio|d}.'],
  [
    'it',
    'Il governo ha stanziato {1,5 milioni di dollari|m} per la ricostruzione, pari a {un terzo|q} del necessario.',
  ],
  ['it', 'Per informazioni chiamare il numero 06 4567 8901 dalle 9 alle 18.'],
  ['it', 'La Juventus ha vinto {2-1|q} e ha raggiunto {68 punti|q} in classifica.'],
  ['it', 'Il prezzo è passato da {1.800|m} a {2.100 euro|m} al metro quadro nel {2024|d}.'],
  ['pt', 'A economia cresceu {2,9 por cento|p} em {2024|d}, segundo o IBGE.'],
  ['pt', 'O governo anunciou um pacote de {R$ 12 bilhões|m} em {5 de março de 2025|d}.'],
  ['pt', '{Mais de 300 pessoas|q} ficaram desalojadas pelas chuvas de fevereiro.'],
  ['pt', 'As exportações caíram {8,1%|p} de {janeiro a julho de 2025|d}.'],
  ['pt', 'A inflação ficou em {4,5%|p} em {novembro de 2024|d}, informou o IBGE na sexta.'],
  ['pt', 'Um homem de {52 anos|q} foi preso às 6h perto da rodovia 101.'],
  ['pt', 'Na {década de 1990|d}, a cidade tinha {cerca de 40 mil habitantes|q}.'],
  ['pt', '{Três navios|q} e {uma dezena|q} de barcos participaram da operação, que durou {dez dias|q}.'],
  ['pt', 'Os dois países assinaram o acordo pela terceira vez, segundo o artigo 12 do tratado.'],
  ['pt', 'O Flamengo venceu por {3 a 1|q} e chegou a {61 pontos|q}.'],
  ['pt', 'A taxa Selic subiu {0,5 ponto percentual|p}, para {10,75%|p} ao ano.'],
  ['pt', 'A Petrobras vai investir {US$ 111 bilhões|m} até {2029|d}, {cerca de um terço|q} em exploração.'],
  ['pt', 'A temperatura chegou a {39ºC|q} no Rio, e a fila tinha {2 quilômetros|q}.'],
  ['pt', 'O preço do litro passou de {5,80|m} para {6,10 reais|m} nos últimos {três meses|q}.'],
];
