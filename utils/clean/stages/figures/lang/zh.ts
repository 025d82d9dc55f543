/** Chinese words for the figure scan. */
import type { FigureLanguage } from './types';

// biome-ignore format: word tables are packed many to a line
export const zh: FigureLanguage = {
  code: 'zh',
  decimalComma: false, ordinalDot: false, capitalisedWordNames: true, modelNames: false,
  months: {
    full: [], abbreviations: {},
  },
  monthContext: [],
  approximators: ['将近', '大约', '多达', '至少', '超过', '不到', '约', '近', '逾', '超'],
  numberWords: {}, largePlurals: [], timeUnits: [], measureUnits: [], countedNouns: [], percentWords: [],
  scaleWords: [], currencyWords: [], dateModifiers: [], periodOrdinals: [], periodConnectors: [],
  everyPage: {
    fractionWords: [], periodNouns: [], betweenJoins: {}, referenceWords: [], dottedReferenceWords: [],
    capitalisedFunctionWords: [], definiteDeterminers: [],
    gluedScales: ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万', '千'],
    gluedCurrencies: ['瑞士法郎', '新台币', '比特币', '美元', '美圆', '美分', '人民币', '欧元', '日元', '英镑', '港元', '港币',
      '卢布', '韩元', '澳元', '加元', '新元', '泰铢', '卢比', '台币', '法郎', '元', '块',
    ],
    gluedUnits: ['个月', '小时', '分钟', '公里', '千米', '平方公里', '平方米', '公斤', '千克', '万人', '亿人', '人次', '年', '周', '天', '人', '名', '位',
      '家', '辆', '架', '艘', '吨', '米', '桶', '岁', '次', '倍', '座', '所', '项', '件', '台', '部',
      '个', '個', '双', '雙', '对', '對', '只', '隻', '条', '條', '张', '張', '斤', '颗', '头', '匹', '份', '篇',
    ],
    gluedTimeUnits: ['年', '个月', '周', '天', '小时', '分钟'],
    centuryWords: [], centuryAfterDot: [], ordinalSuffixes: [], yearWords: [], dayMonthJoins: [], monthYearJoins: [],
    dayRangeJoins: [], periodYearJoins: [], modifierJoins: [], seasons: [], halfYearNouns: [], decadeLeadWords: [],
    hyphenPrefixes: [], numberRangeJoins: [], ratioJoins: [], ratePer: [], ratePeriods: [], ageTails: [],
    relativeTime: [], scaleNounJoins: [], currencyJoins: [], currencyCountries: [], currencyAbbreviations: [],
    acrossApproximators: [], moreThanLeadWords: [], scalesAfterA: [],
    phoneLabels: ['电话', '電話', '手机', '热线'],
    phoneLabelGlue: ['号', '號', '码', '碼', '是', '为', '為'],
  },
};
