import { countWords, type CleanResult } from '../clean';

/**
 * The page's whole readable text shown in place of the cleaned article, when the article may be
 * incomplete (`CleanResult.mayBeIncomplete`): the same result with the whole text as its blocks,
 * nothing removed and no key figures (the text stages did not run on it). Null when there is
 * nothing to switch to.
 */
export function wholeTextResult(result: CleanResult): CleanResult | null {
  if (!result.mayBeIncomplete || !result.wholeText?.length) return null;
  const blocks = result.wholeText;
  return {
    ...result,
    blocks,
    removed: [],
    keyFigures: [],
    wordCount: blocks.reduce((n, block) => n + countWords(block.text), 0),
  };
}
