import { expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';
import { keyFigures, normalise } from '@/utils/clean/stages/key-figures';
import type { Block } from '@/utils/clean/types';
import { CHIP_CASES } from './key-figures-set/cases';

/** Below this share of right chips over the labelled set the row shows trivia again. */
const MIN_PRECISION = 0.85;

const KINDS = { h: 'heading', c: 'caption', p: 'paragraph' } as const;

test(`chip precision on the labelled set is at least ${MIN_PRECISION}`, () => {
  let shown = 0;
  let right = 0;
  let expected = 0;
  let found = 0;
  const wrong: string[] = [];
  for (const c of CHIP_CASES) {
    const blocks: Block[] = c.blocks.map((b, index) => {
      const [kind, text] = typeof b === 'string' ? (['p', b] as const) : b;
      return {
        id: `b${index}`,
        index,
        kind: KINDS[kind],
        ...(kind === 'h' ? { level: 2 } : {}),
        text,
        runs: [{ text }],
        figures: findFigures(text, { lang: c.lang }),
      };
    });
    const chips = keyFigures(blocks, 8, { title: c.title }).map((k) => normalise(k.text));
    const allowed = new Set(c.chips.map(normalise));
    shown += chips.length;
    for (const chip of chips) {
      if (allowed.has(chip)) right++;
      else wrong.push(`${c.name}: ${chip}`);
    }
    expected += allowed.size;
    found += chips.filter((chip) => allowed.has(chip)).length;
  }
  const precision = shown === 0 ? 0 : right / shown;
  console.log(
    `chip precision ${precision.toFixed(3)} (${right}/${shown}), share of allowed chips shown ${(found / expected).toFixed(3)} over ${CHIP_CASES.length} articles`,
  );
  if (wrong.length > 0) console.log(`not chips:\n  ${wrong.join('\n  ')}`);
  expect(CHIP_CASES.length).toBeGreaterThanOrEqual(20);
  expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
});
