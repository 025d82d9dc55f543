/**
 * Chip precision and coverage on the labelled set (tests/clean/key-figures-set/): the chip row
 * is a summary a reader glances at, so a wrong chip costs more than a missing one. Precision is
 * the share of shown chips that the set lists; coverage the share of listed facts shown (at most
 * 8 per article, the row's size). An article with nothing worth a chip must show no row at all.
 */
import { expect, test } from 'vitest';
import { findFigures } from '@/utils/clean/stages/figures';
import { keyFigures, normalise } from '@/utils/clean/stages/key-figures';
import type { Block } from '@/utils/clean/types';
import { CHIP_CASES, type ChipCase, WAITING_LANGS } from './key-figures-set';

/** The goal: at most one chip in twenty is trivia. */
const MIN_PRECISION = 0.95;
/** Below this the row drops facts it used to show (measured 0.9 and more when the set was written). */
const MIN_COVERAGE = 0.85;
const MAX_CHIPS = 8;
const MIN_ARTICLES = 55;

const KINDS = { h: 'heading', c: 'caption', p: 'paragraph' } as const;

function chipsOf(c: ChipCase): string[] {
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
  return keyFigures(blocks, MAX_CHIPS, { title: c.title }).map((k) => normalise(k.text));
}

interface Tally {
  shown: number;
  right: number;
  facts: number;
  found: number;
  articles: number;
}

const empty = (): Tally => ({ shown: 0, right: 0, facts: 0, found: 0, articles: 0 });
const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3));

test(`chip precision ≥ ${MIN_PRECISION} and coverage ≥ ${MIN_COVERAGE} on the labelled set; no row where nothing qualifies`, () => {
  const all = empty();
  const byLang = new Map<string, Tally>();
  const wrong: string[] = [];
  const missed: string[] = [];
  const rowsShownForNothing: string[] = [];
  for (const c of CHIP_CASES) {
    const chips = chipsOf(c);
    const facts = c.chips.map((fact) => new Set((typeof fact === 'string' ? [fact] : fact).map(normalise)));
    const lang = byLang.get(c.lang) ?? empty();
    byLang.set(c.lang, lang);
    for (const t of [all, lang]) t.articles++;
    if (facts.length === 0 && chips.length > 0) rowsShownForNothing.push(`${c.name}: ${chips.join(' | ')}`);
    const hit = new Set<number>();
    for (const chip of chips) {
      const i = facts.findIndex((f) => f.has(chip));
      if (i < 0) wrong.push(`${c.lang} ${c.name}: ${chip}`);
      else hit.add(i);
      for (const t of [all, lang]) {
        t.shown++;
        if (i >= 0) t.right++;
      }
    }
    facts.forEach((f, i) => {
      if (!hit.has(i) && chips.length < MAX_CHIPS) missed.push(`${c.lang} ${c.name}: ${[...f].join(' / ')}`);
    });
    for (const t of [all, lang]) {
      t.facts += Math.min(MAX_CHIPS, facts.length);
      t.found += hit.size;
    }
  }
  const lines = [...byLang].map(
    ([lang, t]) =>
      `  ${lang}: ${t.articles} articles, precision ${ratio(t.right, t.shown)} (${t.right}/${t.shown}), coverage ${ratio(t.found, t.facts)} (${t.found}/${t.facts})`,
  );
  console.log(
    [
      `chip precision ${ratio(all.right, all.shown)} (${all.right}/${all.shown}), coverage ${ratio(all.found, all.facts)} (${all.found}/${all.facts}) over ${all.articles} articles`,
      ...lines,
      ...(WAITING_LANGS.length > 0 ? [`  cases waiting for a figure record: ${WAITING_LANGS.join(', ')}`] : []),
      ...(wrong.length > 0 ? ['not chips:', ...wrong.map((w) => `  ${w}`)] : []),
      ...(missed.length > 0 ? ['missed:', ...missed.map((m) => `  ${m}`)] : []),
    ].join('\n'),
  );
  expect(all.articles).toBeGreaterThanOrEqual(MIN_ARTICLES);
  expect(rowsShownForNothing).toEqual([]);
  expect(all.right / all.shown).toBeGreaterThanOrEqual(MIN_PRECISION);
  expect(all.found / all.facts).toBeGreaterThanOrEqual(MIN_COVERAGE);
});
