// CleanResult → what a reader sees: pure helpers the views, the writers, the CLI and the bench share.
export {
  articleReasonText,
  articleVerdict,
  articleWhy,
  type ArticleMessageKey,
  type ArticleTranslator,
} from './article-reason';
export { fillMessage, pluralMessage, type MessageEntry, type Translator } from './messages';
export {
  clip,
  evidenceMessage,
  removalSummary,
  type RemovalMessageKey,
  type RemovalPluralKey,
  type RemovalTranslator,
} from './removals';
export { headingLevels } from './headings';
export { primaryModifierLabel, type ModifierLabel, type PlatformHints } from './modifier-key';
export { publishedDate } from './published-date';
export { nestLists, type ListEntry, type ListTree, type Piece } from './list-nesting';
export { CJK_CHARS_PER_MINUTE, readingMinutes, readingMinutesOf, WORDS_PER_MINUTE } from './reading-time';
export {
  resultWithRestored,
  shownBlocks,
  blocksWithRemovedInPlace,
  shownKeyFigures,
  shownWordCount,
  toggleRestored,
  type ShownBlock,
} from './restore';
export { splitRunsAtFigures, type Segment } from './split-runs';
export {
  colorSchemeOf,
  PAINTED_THEMES,
  resolveTheme,
  THEMES,
  TYPEFACES,
  type PaintedTheme,
  type Theme,
  type Typeface,
} from './theme';
export { speechLangOf, spokenBlocks, spokenFigure, spokenText, type SpokenBlock } from './speech-text';
export { wholeTextResult } from './whole-text';
