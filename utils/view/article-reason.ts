import type { ArticleReason, ShownSignal, SignalName } from '../clean';
import type { Translator } from './messages';

/** The messages (public/_locales/<lang>/messages.json keys) that say why a page is or is not an article. */
export type ArticleMessageKey =
  | 'articleYes'
  | 'articleNo'
  | 'articleWhy'
  | 'articleNothingElse'
  | 'articleTooLittleProse'
  | 'articleLacksDate'
  | 'articleLacksByline'
  | 'messagesLocale'
  | 'stateNotArticle'
  | `articleSignal_${SignalName}`;

export type ArticleTranslator = Translator<ArticleMessageKey>;

/** Signals that are shares of a text, shown in percent. */
const SHARES: ReadonlySet<SignalName> = new Set(['linkDensity', 'shareOfPage', 'repeatedShare']);
/** Yes-or-no signals: their message has no number. */
const MARKS: ReadonlySet<SignalName> = new Set([
  'ldArticle',
  'ldProduct',
  'ldList',
  'ldForum',
  'ldService',
  'ogArticle',
  'ogProduct',
  'pagination',
  'dated',
  'byline',
]);

function numberIn(locale: string, value: number): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  } catch {
    return String(value);
  }
}

/** One signal in words: "prices on the page: 14", "it names its author", "it states no publication date". */
function signalMessage({ name, value }: ShownSignal, translate: ArticleTranslator): string {
  const say = translate.message;
  if (MARKS.has(name)) {
    if (value) return say(`articleSignal_${name}`);
    // Only these two are quoted when absent (article-decision.ts: lacking article data explains nothing).
    return say(name === 'dated' ? 'articleLacksDate' : 'articleLacksByline');
  }
  const locale = say('messagesLocale') || 'en';
  return say(`articleSignal_${name}`, numberIn(locale, SHARES.has(name) ? Math.round(value * 100) : value));
}

/** The reasons alone, joined: "its data describes a product; buy or add-to-cart buttons: 8". */
export function articleReasonText(reason: ArticleReason, isArticle: boolean, translate: ArticleTranslator): string {
  const locale = translate.message('messagesLocale') || 'en';
  if (reason.kind === 'too-little-prose')
    return translate.message('articleTooLittleProse', [
      numberIn(locale, reason.words),
      numberIn(locale, reason.paragraphs),
    ]);
  if (!reason.signals.length) return isArticle ? translate.message('articleNothingElse') : '';
  return reason.signals.map((s) => signalMessage(s, translate)).join('; ');
}

/** The verdict and its reasons, one sentence: "Not an article: its data describes a product; …". */
export function articleVerdict(reason: ArticleReason, isArticle: boolean, translate: ArticleTranslator): string {
  const why = articleReasonText(reason, isArticle, translate);
  // A refusal with no signal standing out says only that.
  return why ? translate.message(isArticle ? 'articleYes' : 'articleNo', why) : translate.message('stateNotArticle');
}

/** For the popup's not-article state, under its heading: "Why: …", or null when nothing stands out. */
export function articleWhy(reason: ArticleReason, translate: ArticleTranslator): string | null {
  const why = articleReasonText(reason, false, translate);
  return why ? translate.message('articleWhy', why) : null;
}
