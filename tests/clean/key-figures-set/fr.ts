import type { ChipCase } from './types';

export const FR_CASES: readonly ChipCase[] = [
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
    name: 'fait divers avec âges',
    lang: 'fr',
    title: 'Un homme de 34 ans interpellé après un vol de bijoux',
    blocks: [
      'Un homme de 34 ans a été interpellé dimanche à Lyon après le vol de bijoux estimés à 120 000 euros.',
      'Le suspect, âgé de 34 ans, était connu des services de police. Sa complice, 29 ans, est recherchée.',
      'Les faits se sont produits vers 3 heures du matin, au numéro 12 de la rue.',
    ],
    chips: ['120 000 euros'],
  },
  {
    name: 'football avec score',
    lang: 'fr',
    title: 'Le PSG s’impose 3-0 face à Lens',
    blocks: [
      "Le PSG s'est imposé 3-0 samedi soir devant 47 000 spectateurs.",
      "L'attaquant, 25 ans, a marqué deux fois et compte désormais 14 buts cette saison.",
      "Le club compte 6 points d'avance en tête du championnat.",
    ],
    chips: ['3-0', '47 000 spectateurs', '14 buts', '6 points'],
  },
  {
    name: 'prix du gaz de 90 à 110 euros',
    lang: 'fr',
    title: 'Le prix du gaz passe de 90 à 110 euros',
    blocks: [
      'Le prix moyen du mégawattheure est passé de 90 à 110 euros en un an, soit une hausse de 22 %.',
      "Près de 5 millions de ménages sont concernés, selon la Commission de régulation de l'énergie.",
      'La facture annuelle moyenne atteindra 1 450 euros en 2026.',
    ],
    chips: ['90 à 110 euros', '22 %', '1 450 euros', ['Près de 5 millions de ménages', 'Près de 5 millions'], '2026'],
  },
  {
    name: 'vidéo avec compteur de vues',
    lang: 'fr',
    title: 'Une vidéo de sauvetage fait le tour des réseaux',
    blocks: [
      'Un pompier a sauvé un chaton coincé à 15 mètres de hauteur dans un arbre, mardi à Nantes.',
      'La vidéo a été vue 800 000 fois. 812 450 vues · 3 200 commentaires',
      "L'intervention a duré 40 minutes.",
    ],
    chips: ['15 mètres', '40 minutes'],
  },
  {
    name: 'croissance trimestrielle',
    lang: 'fr',
    title: 'La croissance atteint 0,4 % au troisième trimestre',
    blocks: [
      "Le produit intérieur brut a progressé de 0,4 % au troisième trimestre, après 0,3 % au deuxième, selon l'Insee.",
      "L'investissement des entreprises a reculé de 1,2 %, tandis que les exportations ont augmenté de 2,5 %.",
      "Sur l'ensemble de 2025, la croissance devrait atteindre 1,1 %.",
    ],
    chips: ['0,4 %', '0,3 %', '1,2 %', '2,5 %', '1,1 %', '2025'],
  },
  {
    name: 'bibliothèque : aucun chiffre ne compte',
    lang: 'fr',
    title: 'La bibliothèque municipale rouvre ses portes',
    blocks: [
      'Après des mois de travaux, la bibliothèque municipale a rouvert ses portes samedi matin.',
      "La directrice, 52 ans, a accueilli les lecteurs ; la ligne 18 du tramway s'arrête devant l'entrée.",
      'Renseignements au 01 23 45 67 89.',
    ],
    chips: [],
  },
];
