import type { CleanResult, Evidence } from '../utils/clean/index.ts';

function describe(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'exact':
      return `repeats "${evidence.ofText}"`;
    case 'near':
      return `nearly repeats "${evidence.ofText}" (similarity ${evidence.similarity})`;
    case 'teaser':
      return `teaser of "${evidence.ofText}"`;
    case 'run':
      return `part of the article printed twice, repeats "${evidence.ofText}"`;
    case 'metadata':
      return `repeats the ${evidence.field} "${evidence.value}"`;
    case 'label':
      return `under "${evidence.label}" (${evidence.lang})`;
    case 'read-also':
      return `"${evidence.label}" link (${evidence.lang})`;
    case 'boilerplate':
      return `the site's furniture (${evidence.rule})`;
    case 'off-topic':
      return `unrelated headline (similarity ${evidence.similarity} < ${evidence.threshold})`;
  }
}

const cut = (text: string, max = 70): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A human summary of what was removed and which figures matter, for the terminal. */
export function formatReport(result: CleanResult): string {
  const count = (reason: string): number => result.removed.filter((r) => r.reason === reason).length;
  const [repeats, related, notices] = [count('duplicate'), count('related'), count('boilerplate')];
  const lines = [
    `Removed: ${repeats} repeated ${repeats === 1 ? 'paragraph' : 'paragraphs'} · ${related} unrelated ${related === 1 ? 'item' : 'items'} · ${notices} site ${notices === 1 ? 'notice' : 'notices'}`,
  ];
  for (const r of result.removed) lines.push(`  - [${r.reason}] "${cut(r.block.text)}": ${describe(r.evidence)}`);
  lines.push(`Key figures: ${result.keyFigures.length}`);
  for (const k of result.keyFigures) lines.push(`  - ${k.kind}: ${k.text} (${cut(k.context, 60)})`);
  lines.push(
    `Timings (ms): ${Object.entries(result.timingsMs)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return lines.join('\n');
}
