// The engine's only door: views, the CLI and the benchmark import from here, never from a stage.
export { clean, finishClean, readPage } from './clean';
export { STAGES, type StageName, type DomStageName } from './stages';
export { DEFAULT_OPTIONS, resolveOptions, type CleanOptions } from './options';
export { SiftError, isSiftError, type SiftErrorCode } from './errors';
export { webHref } from './text/links';
export { countWords } from './text/tokens';
export {
  articleScore,
  decideArticle,
  SIGNAL_NAMES,
  type ArticleDecision,
  type ArticleWeights,
} from './stages/article-decision';
export type * from './types';
export { figuresInText, FIGURE_LANGUAGES, isFigureLanguage } from './stages/figures/public';
export { BLOCK_TAGS } from './stages/segment';
// The furniture judgement, its features and weights, for scripts/furniture-features.ts.
export { FURNITURE_WEIGHTS, furniture, furnitureFeatures, type FurnitureTable } from './stages/furniture';
