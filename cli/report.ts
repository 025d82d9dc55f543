import type { CleanResult } from '../utils/clean/index.ts';
import { ENGLISH } from '../utils/view/english.ts';
import { articleVerdict, clip, evidenceMessage, removalSummary } from '../utils/view/index.ts';

/** A human summary of what was removed and which figures matter, for the terminal. */
export function formatReport(result: CleanResult): string {
  // The same words as the popup's, from the English messages.
  const lines = [
    `${articleVerdict(result.articleReason, result.isArticle, ENGLISH)}${result.isArticle ? '' : ' Cleaned as asked.'}`,
    removalSummary(result.removed, ENGLISH) ?? ENGLISH.message('removedNothing'),
  ];
  for (const r of result.removed)
    lines.push(`  - [${r.reason}] "${clip(r.block.text, 70)}": ${evidenceMessage(r.evidence, ENGLISH)}`);
  lines.push(`Key figures: ${result.keyFigures.length}`);
  for (const k of result.keyFigures) lines.push(`  - ${k.kind}: ${k.text} (${k.context})`);
  lines.push(
    `Timings (ms): ${Object.entries(result.timingsMs)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return lines.join('\n');
}
