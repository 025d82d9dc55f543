/**
 * Japanese words for the figure scan. Japanese writes figures as Chinese does (no spaces, units
 * and counters glued to the number, 年月日 dates, kanji numerals), so the readers are the CJK ones
 * of `chinese.ts`; this record holds what Japanese writes differently (katakana currencies and
 * units, 億 and 兆, its counters) and `japanese.ts` reads the few constructions Chinese lacks.
 */
import type { FigureLanguage } from './types';

// biome-ignore format: word tables are packed many to a line
export const ja: FigureLanguage = {
  code: 'ja',
  decimalComma: false, ordinalDot: false, capitalisedWordNames: true, modelNames: false,
  months: { full: [], abbreviations: {} },
  monthContext: [],
  // before the number (約3000人, 最大50万円); the postposed 以上 / 前後 / 近く are read after it
  approximators: ['少なくとも', 'およそ', '最大で', '最大', '最高', '最低', '推定', '約'],
  numberWords: {}, largePlurals: [], timeUnits: [], measureUnits: [], countedNouns: [],
  // ポイント after a number is the percentage point of the press (支持率は5ポイント低下)
  percentWords: ['パーセントポイント', 'パーセント', 'ポイント'],
  scaleWords: [], currencyWords: [], dateModifiers: [], periodOrdinals: [], periodConnectors: [],
  everyPage: {
    fractionWords: [], periodNouns: [], betweenJoins: {}, referenceWords: [], dottedReferenceWords: [],
    capitalisedFunctionWords: [], definiteDeterminers: [],
    gluedScales: ['千億', '百億', '十億', '億', '兆'],
    gluedCurrencies: ['ニュー台湾ドル', '台湾ドル', '香港ドル', 'シンガポールドル', 'カナダドル', '豪ドル', '米ドル', 'ドル',
      'スイス・フラン', 'スイスフラン', 'フラン', 'ユーロ', 'ポンド', 'ウォン', 'ルーブル', 'ルピー', 'ルピア', 'バーツ', 'ペソ', 'リラ',
      'レアル', 'ランド', 'ナイラ', 'セント', '人民元', '円', '銭',
    ],
    gluedUnits: ['キロメートル', 'キログラム', 'キロワット', 'メートル', 'センチメートル', 'センチ', 'ミリメートル', 'ミリリットル',
      'ミリ', 'リットル', 'グラム', 'トン', 'キロ', 'マイル', 'フィート', 'インチ', 'ヤード', 'エーカー', 'ヘクタール', 'ガロン',
      'バレル', 'ダース', '平方メートル', '平方キロ', '世帯', 'カ国', 'か国', 'ヵ国', 'ヶ国', 'ケ国', 'カ所', 'か所', 'ヵ所', 'ヶ所',
      '議席', '万人', '億人', '年間', 'か月', 'カ月', 'ヵ月', 'ヶ月', 'ケ月', '週間', '日間', '時間', '分間', '秒間',
      '人', '件', '歳', '才', '度', '個', '本', '匹', '頭', '羽', '枚', '冊', '軒', '棟', '社', '校', '店', '隻', '機', '基', '戸', '票',
      '回', '倍', '杯',
    ],
    gluedTimeUnits: ['年間', 'か月', 'カ月', 'ヵ月', 'ヶ月', 'ケ月', '週間', '日間', '時間', '分間', '秒間'],
    centuryWords: [], centuryAfterDot: [], ordinalSuffixes: [], yearWords: [], dayMonthJoins: [], monthYearJoins: [],
    dayRangeJoins: [], periodYearJoins: [], modifierJoins: [], seasons: [], halfYearNouns: [], decadeLeadWords: [],
    hyphenPrefixes: [], numberRangeJoins: [], ratioJoins: [], ratePer: [], ratePeriods: [], ageTails: [],
    relativeTime: [], scaleNounJoins: [], currencyJoins: [], currencyCountries: [], currencyAbbreviations: [],
    acrossApproximators: [], moreThanLeadWords: [], scalesAfterA: [],
    phoneLabels: ['番号', '電話', '携帯'],
    phoneLabelGlue: ['は', '号'],
  },
  // ranks, ordinals and references written after the number: 2位, 3番目, 5回目, 9条, 5階, 1丁目
  gluedReferences: ['番目', '回目', '度目', '番地', '丁目', '番線', '番', '位', '等', '条', '階', '号', '章', '期目', '代目', '世代'],
  // written before the number and part of its span: 摂氏30度, 氷点下5度, マイナス2パーセント
  gluedPrefixes: ['マイナス', '摂氏', '華氏', '氷点下'],
};
