import type { Block, Figure } from '../clean';
import { SPEECH_WORDS, type Forms, type SpeechLang, type SpeechWords } from './speech-words';

/**
 * What a voice is given for a block: its text, with each money and percent figure rewritten in
 * words the voice says well ("$245bn" → "245 billion dollars", "12 %" → "12 Prozent"). Digits
 * stay digits (every voice reads them in its language); symbols and abbreviations become words.
 * Figures of other kinds, and every language without a word table, keep the text as written.
 */

/** One block to read aloud: its id (for the highlight), its place in the page, what to say. */
export interface SpokenBlock {
  id: string;
  index: number;
  text: string;
}

/** The language whose words are used, from a BCP-47 tag; null when Sift has none for it. */
export function speechLangOf(tag: string | null | undefined): SpeechLang | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary in SPEECH_WORDS ? (primary as SpeechLang) : null;
}

/** The blocks worth reading, in order, with their spoken text; code and empty blocks are skipped. */
export function spokenBlocks(blocks: readonly Block[], lang: string | null | undefined): SpokenBlock[] {
  return blocks
    .filter((block) => block.kind !== 'code')
    .map((block) => ({ id: block.id, index: block.index, text: spokenText(block, lang) }))
    .filter((spoken) => /[\p{L}\p{N}]/u.test(spoken.text));
}

/** The block's text with its figures in words; table cells and rows become pauses. */
export function spokenText(block: Pick<Block, 'text' | 'figures'>, lang: string | null | undefined): string {
  const words = speechLangOf(lang);
  let text = block.text;
  if (words) {
    // From the last figure to the first, so earlier offsets stay right.
    for (const figure of nonOverlapping(block.figures, text.length).reverse()) {
      const said = spokenFigure(figure, SPEECH_WORDS[words]);
      text = text.slice(0, figure.start) + said + text.slice(figure.end);
    }
  }
  return text
    .replace(/\t+/g, ', ')
    .replace(/\s*\n+\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One figure as the voice should hear it; the figure's own text when it is not money or a percentage. */
export function spokenFigure(figure: Pick<Figure, 'kind' | 'text'>, words: SpeechWords): string {
  if (figure.kind === 'percent') return spokenPercent(figure.text, words);
  if (figure.kind === 'money') return spokenMoney(figure.text, words);
  return figure.text;
}

const NUMBER = String.raw`\d(?:[\d\u00a0\u202f.,' ]*\d)?`;
/** A number or a range of two ("10-12"): many voices read the dash as "minus" or not at all. */
const AMOUNT = String.raw`${NUMBER}(?:\s?[-–—]\s?${NUMBER})?`;

function spokenPercent(text: string, words: SpeechWords): string {
  return text.replace(new RegExp(String.raw`(${AMOUNT})\s?(?:%|(?:pc|pct)\b\.?)`, 'gu'), (_, number: string) =>
    words.percent(sayRange(number, words), formOf(number, words)),
  );
}

function spokenMoney(text: string, words: SpeechWords): string {
  const symbols = alternation(Object.keys(words.currencies));
  const scales = alternation(Object.keys(words.scales));
  // Scale abbreviations end in a letter or a dot; a letter may not follow ("$5 miles" is no "$5 m").
  const scale = `(?:\\s?(${scales})(?![\\p{L}]))?`;
  const before = new RegExp(`(${symbols})\\s?(${AMOUNT})${scale}`, 'u');
  const after = new RegExp(`(${AMOUNT})${scale}\\s?(${symbols})(?![\\p{L}])`, 'u');
  const bare = new RegExp(`(${AMOUNT})\\s?(${scales})(?![\\p{L}])`, 'u');
  let match = before.exec(text);
  if (match) return splice(text, match, amount(words, match[2], match[3], match[1]));
  match = after.exec(text);
  if (match) return splice(text, match, amount(words, match[1], match[2], match[3]));
  // A currency written as a word ("245 Mrd. Euro", "5 млн долларов"): only the scale is spelt out.
  match = bare.exec(text);
  if (match) return splice(text, match, amount(words, match[1], match[2], undefined));
  return text;
}

/** "10-12" → "10 to 12"; a single number as written. */
function sayRange(number: string, words: SpeechWords): string {
  return number.replace(/\s?[-–—]\s?(?=\d)/u, words.rangeTo);
}

/** "245", "bn", "$" → "245 billion dollars", in the language's order and grammar. */
function amount(words: SpeechWords, number: string, scaleToken: string | undefined, symbol: string | undefined) {
  const form = formOf(number, words);
  const scale = scaleToken ? words.scales[scaleToken] : undefined;
  const scaleWord = scale ? pick(scale, form) : undefined;
  // After a scale word the currency takes the form it takes after "many" ("millions de dollars").
  const currency = symbol ? words.currencies[symbol] : undefined;
  const currencyWord = currency ? pick(currency, scale ? 'many' : form) : undefined;
  return words.amount(sayRange(number, words), scaleWord, currencyWord);
}

/** The grammatical number a figure's digits call for (a range's: its upper end's). */
function formOf(amount: string, words: SpeechWords): keyof Forms {
  const number = amount.split(/[-–—]/).pop() ?? amount;
  const value = parseLocal(number, words.decimalComma);
  return words.plural(value, /[.,]\d/.test(number.replace(/\s/g, '')) && !isGrouping(number, words));
}

/** The digits as a number: "3,5" is 3.5 where a comma marks decimals; "1,200" is 1200 in English. */
function parseLocal(number: string, decimalComma: boolean): number {
  const compact = number.replace(/[\s\u00a0\u202f']/g, '');
  const normal = decimalComma ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  return Number(normal);
}

/** "245.000" in Spanish and "1,200" in English group thousands: not a fraction. */
function isGrouping(number: string, words: SpeechWords): boolean {
  const separator = words.decimalComma ? '.' : ',';
  return new RegExp(`\\d\\${separator}\\d{3}(?!\\d)`).test(number) && !number.includes(words.decimalComma ? ',' : '.');
}

function pick(forms: Forms, form: keyof Forms): string {
  return forms[form] ?? forms.many;
}

function alternation(tokens: string[]): string {
  return [...tokens]
    .sort((a, b) => b.length - a.length)
    .map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function splice(text: string, match: RegExpExecArray, replacement: string): string {
  const end = match.index + match[0].length;
  // "… $245 млрд." at the end of the figure: the abbreviation's dot also ended the sentence.
  const dot = end === text.length && match[0].endsWith('.') && !replacement.endsWith('.') ? '.' : '';
  return text.slice(0, match.index) + replacement + dot + text.slice(end);
}

function nonOverlapping(figures: readonly Figure[], length: number): Figure[] {
  const sorted = figures
    .filter((figure) => figure.start >= 0 && figure.end > figure.start && figure.end <= length)
    .sort((a, b) => a.start - b.start);
  const kept: Figure[] = [];
  for (const figure of sorted) if (!kept.length || figure.start >= kept[kept.length - 1].end) kept.push(figure);
  return kept;
}
