import type { CleanResult } from '../utils/clean/index.ts';
import { ENGLISH } from '../utils/view/english.ts';
import { articleVerdict } from '../utils/view/index.ts';

/** The CLI's JSON contract: one object, the fields a script needs and no more. */
export function toCliJson(result: CleanResult) {
  return {
    title: result.title,
    byline: result.byline,
    siteName: result.siteName,
    lang: result.lang,
    url: result.url,
    publishedTime: result.publishedTime,
    // Sift's verdict on the page; the CLI cleans it either way, a script decides what to do.
    isArticle: result.isArticle,
    articleReason: articleVerdict(result.articleReason, result.isArticle, ENGLISH),
    // Readability's pick held little of the page's text and no wider container looked like the article.
    mayBeIncomplete: result.mayBeIncomplete,
    // Whether Sift looked beyond Readability's pick: why, what it measured, what came of it.
    recovery: result.recovery && {
      outcome: result.recovery.outcome,
      reason: result.recovery.reason,
      keptShare: result.recovery.keptShare,
      recoveredShare: Math.round((result.recovery.recoveredWeight / result.recovery.pageWeight) * 1000) / 1000,
      ...(result.recovery.numbered ? { numbered: result.recovery.numbered } : {}),
      ...(result.recovery.refused ? { refused: result.recovery.refused } : {}),
      addedBlocks: result.recovery.added.length,
    },
    blocks: result.blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      figures: b.figures.map((f) => ({ start: f.start, end: f.end, kind: f.kind, text: f.text })),
    })),
    removed: result.removed.map((r) => ({ reason: r.reason, text: r.block.text, evidence: r.evidence })),
    keyFigures: result.keyFigures.map((k) => ({ text: k.text, kind: k.kind, context: k.context })),
    // The page's whole readable text, when the article may be incomplete.
    wholeText: result.wholeText?.map((b) => ({ kind: b.kind, text: b.text })) ?? null,
    timingsMs: {
      // Segmentation and the look on a wider container are part of extraction as far as a caller is concerned.
      extract:
        Math.round((result.timingsMs.extract + result.timingsMs.segment + (result.timingsMs.recover ?? 0)) * 100) / 100,
      dedupe: result.timingsMs.dedupe,
      // The furniture judgement removes what the related stage did before it: one number for callers.
      related: Math.round((result.timingsMs.related + (result.timingsMs.furniture ?? 0)) * 100) / 100,
      figures: result.timingsMs.figures,
      total: result.timingsMs.total,
    },
  };
}
