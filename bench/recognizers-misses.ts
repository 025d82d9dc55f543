/**
 * Sift's misses on the Recognizers specs, one line each, to see what dominates before changing a
 * rule: `node --import tsx bench/recognizers-misses.ts [--lang es] [--kind money] [--file Currency]
 * [--strict] [--fp|--fn] [--limit 40]`. Lines: `FN` (a gold span no predicted span of its kind
 * overlaps; with --strict, none equals it) or `FP` (a predicted span counted as a false
 * positive), the spec file, the span and the input. Reads the datasets at run time; prints only.
 */
import { datasetsRoot } from './datasets';
import { type Kind, type SpecCase, loadSpecCases } from './recognizers-cases';
import { siftFigures } from './recognizers';
import { type Predicted, newTally, scoreCase } from './recognizers-score';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const lang = option('--lang');
const kind = option('--kind') as Kind | null;
const file = option('--file');
const limit = Number(option('--limit') ?? 60);
const strict = process.argv.includes('--strict');
const only = process.argv.includes('--fp') ? 'FP' : process.argv.includes('--fn') ? 'FN' : null;

/** The same decision as the scorer, case by case: score the case alone and read which counts moved. */
function misses(c: SpecCase, predicted: readonly Predicted[]): string[] {
  const out: string[] = [];
  const mode = strict ? 'strict' : 'lenient';
  for (const g of c.gold) {
    if (g.kind === 'none' || g.kind === 'ignore' || (kind && g.kind !== kind)) continue;
    const tally = newTally();
    scoreCase(
      tally,
      { ...c, gold: [g] },
      predicted.filter((p) => p.kind === g.kind && p.start < g.end && g.start < p.end),
    );
    if ((tally[mode].get('all')?.fn ?? 0) > 0) {
      const got = predicted.filter((p) => p.start < g.end && g.start < p.end);
      const shown = got.map((p) => `${p.kind}:«${c.input.slice(p.start, p.end)}»`).join(' ');
      out.push(`FN ${g.kind} «${c.input.slice(g.start, g.end)}» got ${shown || '-'}`);
    }
  }
  for (const p of predicted) {
    if (kind && p.kind !== kind) continue;
    const tally = newTally();
    scoreCase(tally, c, [p]);
    if ((tally.lenient.get('all')?.fp ?? 0) > 0) {
      const forbidden = c.gold.find((g) => g.kind === 'none' && g.start < p.end && p.start < g.end);
      out.push(`FP ${p.kind} «${c.input.slice(p.start, p.end)}»${forbidden ? ` (must not: ${forbidden.type})` : ''}`);
    }
  }
  return out;
}

let shown = 0;
for (const c of loadSpecCases(datasetsRoot())) {
  if ((lang && c.lang !== lang) || (file && !c.file.includes(file))) continue;
  for (const line of misses(c, siftFigures(c))) {
    if (only && !line.startsWith(only)) continue;
    if (shown++ >= limit) process.exit(0);
    console.log(`${c.lang} ${c.file.split('/').pop()} ${line} | ${c.input.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
