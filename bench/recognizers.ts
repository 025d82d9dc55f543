/**
 * Section 7: figures on the Recognizers-Text test specifications (8 languages), mapped to Sift's
 * kinds by the guideline (see recognizers-cases.ts and bench/README.md). Sift runs through
 * `sift figures`' own function (the figures stage on one text); the Recognizers suite runs on the
 * same cases with the same mapping. P/R/F1 per kind and per language, lenient and strict.
 */
import { figuresOfLine } from '../cli/figures';
import { KINDS, type Kind, LANGS, type SpecCase, type SpecLang, loadSpecCases } from './recognizers-cases';
import { type Prf, type Tally, keyFor, newTally, prf, scoreCase } from './recognizers-score';
import { runSuite } from './recognizers-suite';

export interface TaggerScores {
  name: string;
  lenient: Record<string, Prf>;
  strict: Record<string, Prf>;
  cpuS: number;
}

export interface RecognizersResult {
  cases: number;
  files: number;
  sift: TaggerScores;
  suite: TaggerScores | null;
  suiteNote: string;
}

const KEYS: string[] = [
  keyFor(null, null),
  ...KINDS.map((k) => keyFor(null, k)),
  ...LANGS.map((l) => keyFor(l, null)),
  ...LANGS.flatMap((l) => KINDS.map((k) => keyFor(l, k))),
];

function scores(name: string, tally: Tally, cpuS: number): TaggerScores {
  const lenient: Record<string, Prf> = {};
  const strict: Record<string, Prf> = {};
  for (const key of KEYS) {
    lenient[key] = prf(tally.lenient.get(key));
    strict[key] = prf(tally.strict.get(key));
  }
  return { name, lenient, strict, cpuS };
}

/** Sift's page language for a spec language: the code itself (languages without a record read English words). */
export function siftFigures(c: SpecCase): { start: number; end: number; kind: Kind }[] {
  return figuresOfLine(c.input, c.lang).figures;
}

export function runRecognizers(root: string, log: (m: string) => void, limit: number | null): RecognizersResult {
  let cases = loadSpecCases(root);
  if (limit) cases = cases.filter((_, i) => i % Math.max(1, Math.floor(cases.length / limit)) === 0);
  const siftTally = newTally();
  const before = process.cpuUsage();
  for (const c of cases) scoreCase(siftTally, c, siftFigures(c));
  const used = process.cpuUsage(before);
  const sift = scores('Sift', siftTally, (used.user + used.system) / 1e6);
  const suiteRun = runSuite(cases, log);
  let suite: TaggerScores | null = null;
  let suiteNote = `${'@microsoft/recognizers-text-suite'} not installed: comparison skipped`;
  if (suiteRun) {
    const t = newTally();
    cases.forEach((c, i) => {
      scoreCase(t, c, suiteRun.predictions[i]);
    });
    suite = scores(`Recognizers ${suiteRun.version}`, t, suiteRun.cpuS);
    suiteNote = `@microsoft/recognizers-text-suite ${suiteRun.version}, all nine models per case${suiteRun.cached ? ` (${suiteRun.cached} cases from the cache)` : ''}`;
  }
  return { cases: cases.length, files: new Set(cases.map((c) => c.file)).size, sift, suite, suiteNote };
}

const f = (x: number): string => x.toFixed(3);

function row(label: string, key: string, taggers: TaggerScores[], mode: 'lenient' | 'strict'): string {
  const cells = taggers.flatMap((t) => {
    const s = t[mode][key];
    return [f(s.precision), f(s.recall), f(s.f1)];
  });
  const gold = taggers[0][mode][key];
  return `| ${label} | ${gold.tp + gold.fn} | ${cells.join(' | ')} |`;
}

function table(title: string, r: RecognizersResult, mode: 'lenient' | 'strict', rows: [string, string][]): string[] {
  const taggers = [r.sift, ...(r.suite ? [r.suite] : [])];
  const head = taggers.flatMap((t) => [`${t.name} P`, 'R', 'F1']);
  return [
    `**${title}, ${mode}**`,
    '',
    `| | gold | ${head.join(' | ')} |`,
    `| --- | ---: | ${head.map(() => '---:').join(' | ')} |`,
    ...rows.map(([label, key]) => row(label, key, taggers, mode)),
    '',
  ];
}

export function recognizersSection(r: RecognizersResult): string[] {
  const byKind: [string, string][] = [
    ['all', keyFor(null, null)],
    ...KINDS.map((k): [string, string] => [k, keyFor(null, k)]),
  ];
  const byLang: [string, string][] = LANGS.map((l): [string, string] => [l, keyFor(l, null)]);
  const out = [
    '## 7. Figures on the Recognizers-Text specs',
    '',
    `${r.cases} cases from ${r.files} spec files (datasets/recognizers-specs, MIT), mapped to Sift's kinds by the guideline (bench/README.md). ` +
      `Sift: \`sift figures\`' function, ${r.sift.cpuS.toFixed(1)} s CPU. Comparison: ${r.suiteNote}` +
      `${r.suite?.cpuS ? `, ${r.suite.cpuS.toFixed(0)} s CPU` : ''}.`,
    '',
  ];
  for (const mode of ['lenient', 'strict'] as const) {
    out.push(...table('Per kind', r, mode, byKind), ...table('Per language', r, mode, byLang));
  }
  const langKind: [string, string][] = LANGS.flatMap((l: SpecLang) =>
    KINDS.map((k): [string, string] => [`${l} ${k}`, keyFor(l, k)]),
  );
  out.push(...table('Per language and kind', r, 'lenient', langKind));
  return out;
}

export function recognizersSummary(r: RecognizersResult): string[] {
  const line = (t: TaggerScores): string =>
    `  ${t.name}: lenient F1 ${f(t.lenient.all.f1)} (P ${f(t.lenient.all.precision)}, R ${f(t.lenient.all.recall)}), strict F1 ${f(t.strict.all.f1)}; ` +
    LANGS.map((l) => `${l} ${f(t.lenient[keyFor(l, null)].f1)}`).join(' ');
  return [`recognizers specs (${r.cases} cases):`, line(r.sift), ...(r.suite ? [line(r.suite)] : [])];
}
