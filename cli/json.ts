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
    blocks: result.blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      figures: b.figures.map((f) => ({ start: f.start, end: f.end, kind: f.kind, text: f.text })),
    })),
    removed: result.removed.map((r) => ({ reason: r.reason, text: r.block.text, evidence: r.evidence })),
    keyFigures: result.keyFigures.map((k) => ({ text: k.text, kind: k.kind, context: k.context })),
    timingsMs: {
      // Segmentation is part of extraction as far as a caller is concerned.
      extract: Math.round((result.timingsMs.extract + result.timingsMs.segment) * 100) / 100,
      dedupe: result.timingsMs.dedupe,
      // The furniture judgement removes what the related stage did before it: one number for callers.
      related: Math.round((result.timingsMs.related + (result.timingsMs.furniture ?? 0)) * 100) / 100,
      figures: result.timingsMs.figures,
      total: result.timingsMs.total,
    },
  };
}
