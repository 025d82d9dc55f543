/**
 * The Recognizers-Text test specifications (datasets/recognizers-specs, MIT), read as cases for
 * Sift's four figure kinds. Each spec file annotates one type under its own conventions; the
 * mapping below (documented in bench/README.md) turns each annotation into a gold figure of a
 * kind, a span that must not be marked (`none`), or a span nobody is scored on (`ignore`).
 * Nothing here is copied into the repo: the cases are read from the datasets folder at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Kind = 'money' | 'percent' | 'date' | 'quantity';
export type GoldKind = Kind | 'none' | 'ignore';
export const KINDS: readonly Kind[] = ['money', 'percent', 'date', 'quantity'];

export const SPEC_LANGUAGES = {
  English: 'en',
  German: 'de',
  French: 'fr',
  Spanish: 'es',
  Italian: 'it',
  Portuguese: 'pt',
  Chinese: 'zh',
  Japanese: 'ja',
} as const;
export type SpecLang = (typeof SPEC_LANGUAGES)[keyof typeof SPEC_LANGUAGES];
export const LANGS: readonly SpecLang[] = Object.values(SPEC_LANGUAGES);

export interface Span {
  start: number;
  /** Exclusive, UTF-16 code units. */
  end: number;
  kind: GoldKind;
  type: string;
}

export interface SpecCase {
  lang: SpecLang;
  /** The spec file, e.g. `NumberWithUnit/English/CurrencyModel`. */
  file: string;
  input: string;
  gold: Span[];
  /** The kinds this file annotates: an unmatched predicted span of another kind is not an error here. */
  annotates: readonly Kind[];
}

interface RawResult {
  Text: string;
  TypeName: string | null;
  Start?: number;
  End?: number;
  Resolution?: { values?: { timex?: string }[]; Start?: number; End?: number };
}

/**
 * Where an annotation starts and ends (inclusive, as most files write it). A few files put them
 * inside `Resolution` (French numbers), or leave them out (phone numbers, some Italian
 * temperatures and French currencies): then the span is its `Text`, found in the input after
 * the previous annotation.
 */
function rawSpan(input: string, r: RawResult, from: number): { Start: number; End: number } | null {
  if (typeof r.Start === 'number' && typeof r.End === 'number') return { Start: r.Start, End: r.End };
  const res = r.Resolution;
  if (typeof res?.Start === 'number' && typeof res.End === 'number') return { Start: res.Start, End: res.End };
  if (!r.Text) return null;
  const at = input.toLowerCase().indexOf(r.Text.toLowerCase(), from);
  return at < 0 ? null : { Start: at, End: at + r.Text.length - 1 };
}

/** Which Sift kinds a spec model annotates (ordinals and phone numbers annotate none: every span they have must stay unmarked). */
const MODEL_KINDS: Readonly<Record<string, readonly Kind[]>> = {
  CurrencyModel: ['money'],
  PercentModel: ['percent'],
  DimensionModel: ['quantity'],
  AgeModel: ['quantity'],
  TemperatureModel: ['quantity'],
  NumberModel: ['quantity'],
  DateTimeModel: ['date'],
  OrdinalModel: [],
  PhoneNumberModel: [],
};

const CJK_NUMERAL = /[〇零一二两三四五六七八九十百千万億亿兆０-９]/;
const DIGIT = /\d/;
/** A year, a decade or a century written out: what makes a period a calendar date. */
const YEAR_LIKE =
  /(?<![\d.,])(?:1[0-9]|20|21)\d{2}(?![\d.,]?\d)|['’]\d{2}\b|\b\d0s\b|\b\d0(?:er|ern)\b|\b\d{1,2}(?:st|nd|rd|th|e|º|°|\.)?\s*(?:century|jahrhundert|siècle|siglo|secolo|século)|[\d〇零一二三四五六七八九十]{2,4}\s*年|世纪|年代/i;
/** Words that make a date relative to today (`next week`, `3 days ago`, `il y a`, `hace`, `前`). */
const RELATIVE =
  /\b(?:ago|later|next|last|this|coming|upcoming|previous|past|within|from now|tomorrow|yesterday|today|tonight|nächste[nrms]?|letzte[nrms]?|diese[nrms]?|morgen|gestern|heute|übermorgen|prochaine?s?|dernière?s?|il y a|demain|hier|aujourd'hui|próxim[oa]s?|pasad[oa]s?|últim[oa]s?|hace|mañana|ayer|hoy|prossim[oa]|scors[oa]|domani|ieri|oggi|há|atrás|amanhã|ontem|hoje)\b|以来|以内|明天|昨天|今天|今年|去年|明年|来年|昨年|本年|今月|先月|来月|今週|先週|来週|下个|上个|这个|本月|上月|下月|本周|上周|下周/i;
/** A day number next to a month: numeric dates (`5/12`, `2016-11-07`, `7.11.`) or a day written with the month (CJK 日/号). */
const DAY_LIKE = /\b\d{1,2}[/.-]\d{1,2}\b|\d{4}-\d{2}-\d{2}|\d+\s*[日号號]/;
const TIME_UNIT =
  /\d\s*(?:days?|weeks?|months?|years?|tage?n?|wochen?|monate?n?|jahre?n?|jours?|semaines?|mois|ans?|années?|días?|semanas?|mes(?:es)?|años?|giorni?|settimane?|mesi?|anni?|dias?|meses?|anos?)\b|[\d一二三四五六七八九十]+\s*(?:天|个月|か月|ヶ月|カ月|周|週間|年間|年半)/i;

/** Cardinals spelled out, in the eight languages (a sample of the common ones is enough to tell). */
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|deux|trois|quatre|cinq|sept|huit|dix|vingt|trente|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|due|tre|quattro|sei|sette|otto|nove|dieci|venti|duas|três|quatro|oito|dez|vinte|trinta)\b/i;

/** A datetimeV2 date or date range is a figure when it names a year, decade, century or day, and is not relative to today. */
export function dateKind(written: string, timex: string): 'date' | 'none' | 'ignore' {
  // Full-width digits (`２００８年`, common on Japanese pages) are the same year as ASCII ones: the
  // patterns below are written with `\d`, which matches ASCII digits only.
  const text = written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const numeral = DIGIT.test(text) || CJK_NUMERAL.test(text);
  // a date or a count of time spelled out (`nineteen eighty six`, `in two years`, `dos días`):
  // the specs annotate these under conventions of their own; neither tagger is scored on them
  if (!numeral && NUMBER_WORD.test(text)) return 'ignore';
  if (!numeral) return 'none'; // a weekday, a month alone, a holiday name, `next week`
  if (RELATIVE.test(text) || TIME_UNIT.test(text)) return 'ignore'; // `3 weeks after Christmas`, `in 2 days`: counts of time, the guideline's business elsewhere
  if (YEAR_LIKE.test(text)) return 'date';
  // `3月から5月まで`, `三月到五月`: months alone (a range's timex writes them with a day 01 nobody wrote)
  if (/月/.test(text) && !/[日号號]/.test(text)) return 'none';
  // a day (with or without its month) makes a date; a month or quarter number alone does not
  if (DAY_LIKE.test(text) || /-(?:\d{2}|XX)-\d{2}(?:T|$|,)/.test(timex))
    return /^XXXX-WXX|W\d/.test(timex) ? 'ignore' : 'date';
  return 'none';
}

/** Types that map to one Sift kind whatever their text, for the specs and the suite alike. */
export const SIMPLE_KINDS: Readonly<Record<string, GoldKind>> = {
  currency: 'money',
  percentage: 'percent',
  dimension: 'quantity',
  age: 'quantity',
  temperature: 'quantity',
  number: 'quantity',
};

/** The Sift kind of one spec annotation (`kind` `ignore`: neither side is scored on it). */
export function goldKind(type: string, text: string, timex: string): GoldKind {
  const simple = SIMPLE_KINDS[type];
  if (simple) return simple;
  switch (type) {
    case 'ordinal':
    case 'ordinal.relative':
    case 'phonenumber':
    case 'datetimeV2.time':
    case 'datetimeV2.timerange':
      return 'none';
    case 'datetimeV2.date':
    case 'datetimeV2.daterange':
      return dateKind(text, timex);
    default:
      // datetime and datetimerange mix a date with a time of day; durations and sets ("every week")
      // are measured by the guideline's quantity rules, which these files do not annotate throughout
      return 'ignore';
  }
}

/**
 * The specs' End is inclusive, except in some files (French date-times, some French numbers) where
 * it is exclusive: the span is the one whose text is the annotation's `Text` (case aside). Where
 * neither is (Japanese texts normalised to half-width digits), End is read as inclusive.
 */
function specEnd(input: string, r: RawResult & { Start: number; End: number }): number {
  const text = (r.Text ?? '').toLowerCase();
  if (r.End < input.length && input.slice(r.Start, r.End + 1).toLowerCase() === text) return r.End + 1;
  if (input.slice(r.Start, r.End).toLowerCase() === text) return r.End;
  return r.End + 1;
}

/** Every case of every spec file for the eight languages, in a stable order. */
export function loadSpecCases(root: string): SpecCase[] {
  const specs = join(root, 'recognizers-specs', 'Specs');
  const cases: SpecCase[] = [];
  for (const group of readdirSync(specs).sort()) {
    for (const [folder, lang] of Object.entries(SPEC_LANGUAGES)) {
      let files: string[];
      try {
        files = readdirSync(join(specs, group, folder)).filter((f) => f.endsWith('.json'));
      } catch {
        continue;
      }
      for (const name of files.sort()) {
        const model = name.replace(/\.json$/, '');
        const annotates = MODEL_KINDS[model];
        if (!annotates) continue;
        const raw = JSON.parse(readFileSync(join(specs, group, folder, name), 'utf8').replace(/^\uFEFF/, '')) as {
          Input: string;
          Results?: RawResult[] | null;
        }[];
        for (const c of raw) {
          if (typeof c.Input !== 'string') continue;
          const gold: Span[] = [];
          let from = 0;
          for (const raw of c.Results ?? []) {
            const type = raw.TypeName;
            if (type === null) continue;
            const span = rawSpan(c.Input, raw, from);
            if (span === null) continue;
            const r = { ...raw, ...span };
            const start = r.Start;
            const end = specEnd(c.Input, r);
            from = end;
            if (start < 0 || end > c.Input.length || end <= start) continue;
            const text = c.Input.slice(start, end);
            const timex = r.Resolution?.values?.[0]?.timex ?? '';
            gold.push({ start, end, kind: goldKind(type, text, timex), type });
          }
          cases.push({ lang, file: `${group}/${folder}/${model}`, input: c.Input, gold, annotates });
        }
      }
    }
  }
  return cases;
}
