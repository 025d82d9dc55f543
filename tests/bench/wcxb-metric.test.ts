/**
 * The bench's WCXB metric must give evaluate.py's numbers. The second half builds predictions
 * from the dataset at test time (in a temporary folder, deleted after), runs the script on them
 * and compares: its printed means, and every page's scores from its own functions, to the last bit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { datasetsRoot, loadWcxb, type WcxbTruth } from '../../bench/datasets';
import { evenSample } from '../../bench/text';
import {
  meanScores,
  pageTypeOf,
  scorePage,
  snippetRate,
  wcxbTokens,
  WCXB_TYPES,
  wordF1,
} from '../../bench/wcxb-metric';

describe('WCXB metric, by hand', () => {
  test('tokens are lower-cased Python \\w+ runs', () => {
    expect(wcxbTokens('Hello, WORLD_x 42 Straße! İ')).toEqual(['hello', 'world_x', '42', 'straße', 'i']);
    expect(wcxbTokens('हिन्दी')).toEqual(['ह', 'न', 'द']);
    expect(wcxbTokens('')).toEqual([]);
  });

  test('word F1 counts each token as often as both texts hold it', () => {
    // pred a a b c (4), ref a b b d (4): overlap a1 + b1 = 2
    expect(wordF1('a a b c', 'A b B d')).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    const s = wordF1('a b', 'a b c d');
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3, 15);
  });

  test('empty texts', () => {
    expect(wordF1('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordF1('words', '—')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordF1('', 'words')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  test('snippets are case-insensitive substrings; none at all scores 1', () => {
    expect(snippetRate('The Quick brown fox', ['quick BROWN', 'lazy dog'])).toBe(0.5);
    expect(snippetRate('The Quick\nbrown fox', ['quick brown'])).toBe(0);
    expect(snippetRate('anything', [])).toBe(1);
  });

  test('means weigh every page the same; F1 is the mean of F1s', () => {
    const truth = { mainContent: 'a b c d', with: ['a b'], without: ['z'] };
    const m = meanScores([scorePage('a b c d', truth), scorePage('a b', truth), scorePage('z', truth)]);
    expect(m.precision).toBeCloseTo((1 + 1 + 0) / 3, 15);
    expect(m.recall).toBeCloseTo((1 + 0.5 + 0) / 3, 15);
    expect(m.f1).toBeCloseTo((1 + 2 / 3 + 0) / 3, 15);
    expect(m.withRate).toBeCloseTo(2 / 3, 15);
    expect(m.withoutRate).toBeCloseTo(1 / 3, 15);
  });

  test('page type as get_page_type reads it', () => {
    expect(pageTypeOf({ _internal: { page_type: { primary: 'forum' } } })).toBe('forum');
    expect(pageTypeOf({ _internal: { page_type: { primary: 'category' } } })).toBe('collection');
    expect(pageTypeOf({ _internal: { page_type: 'product' } })).toBe('product');
    expect(pageTypeOf({ _internal: { page_type: {} } })).toBe('article');
    expect(pageTypeOf({})).toBe('article');
  });
});

function wcxbFolder(): string | null {
  try {
    const dir = join(datasetsRoot(), 'wcxb');
    return existsSync(join(dir, 'evaluate.py')) ? dir : null;
  } catch {
    return null;
  }
}

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Python reads the whole split (1,497 files) each time: seconds alone, minutes on a loaded machine. */
const PYTHON_TIMEOUT_MS = 300_000;
const folder = wcxbFolder();
const available = folder !== null && hasPython();

/** Predictions that exercise every branch: exact, partial, repeated, re-cased, junk added, empty, unrelated. */
function variant(i: number, truth: WcxbTruth): string {
  const text = truth.mainContent;
  switch (i % 8) {
    case 0:
      return text;
    case 1:
      return text.slice(0, Math.floor(text.length / 2));
    case 2:
      return `${text}\n\n${text}`;
    case 3:
      return text.toUpperCase();
    case 4:
      return `${truth.without.join('\n')}\n${text.slice(Math.floor(text.length / 3))}`;
    case 5:
      return '';
    case 6:
      return `Menü İstanbul ΣΟΦΟΣ Straße ${truth.with.slice(0, 2).join(' ')} ${text.split(/\s+/).reverse().join(' ')}`;
    default:
      return 'lorem ipsum dolor sit amet';
  }
}

describe.skipIf(!available)('WCXB metric against evaluate.py', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sift-wcxb-metric-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const pages = available ? loadWcxb(datasetsRoot()) : [];
  const truths = new Map(pages.map((p) => [p.id, p.truth()]));
  const truthOf = (id: string) => truths.get(id)!;
  // 96 pages across the split (all types), plus every page whose truth is empty.
  const sample = [...new Set([...evenSample(pages, 96), ...pages.filter((p) => !truthOf(p.id).mainContent)])];
  const predictions: Record<string, string> = {};
  sample.forEach((p, i) => {
    predictions[p.id] = variant(i, truthOf(p.id));
  });
  const resultsFile = join(tmp, 'results.json');
  writeFileSync(resultsFile, JSON.stringify(predictions));

  test(
    'every page scores exactly as the script scores it',
    () => {
      const script = [
        'import json, sys',
        `sys.path.insert(0, ${JSON.stringify(folder)})`,
        'import evaluate',
        'gt = evaluate.load_ground_truth("dev")',
        `preds = json.load(open(${JSON.stringify(resultsFile)}))`,
        'out = {}',
        'for fid, g in gt.items():',
        '    p = preds.get(fid, "")',
        '    pr, r, f = evaluate.word_f1(p, g["main_content"])',
        '    out[fid] = [pr, r, f, evaluate.snippet_check(p, g["with"]), evaluate.snippet_check(p, g["without"]), g["page_type"]]',
        'print(json.dumps(out))',
      ].join('\n');
      const python = JSON.parse(execFileSync('python3', ['-c', script], { maxBuffer: 64 << 20 }).toString()) as Record<
        string,
        [number, number, number, number, number, string]
      >;
      expect(Object.keys(python).sort()).toEqual(pages.map((p) => p.id));
      for (const page of pages) {
        const s = scorePage(predictions[page.id] ?? '', truthOf(page.id));
        expect([s.precision, s.recall, s.f1, s.withRate, s.withoutRate, page.type], page.id).toEqual(python[page.id]);
      }
    },
    PYTHON_TIMEOUT_MS,
  );

  test(
    "the script's printed means, overall and per type",
    () => {
      const printed = execFileSync(
        'python3',
        ['evaluate.py', '--split', 'dev', '--results', resultsFile, '--per-type'],
        {
          cwd: folder!,
        },
      ).toString();
      const scored = pages.map((p) => ({ type: p.type, score: scorePage(predictions[p.id] ?? '', truthOf(p.id)) }));
      const all = meanScores(scored.map((s) => s.score));
      const line = (label: string) => new RegExp(`${label}:\\s+([\\d.]+)`).exec(printed)?.[1];
      expect(line('Precision')).toBe(all.precision.toFixed(4));
      expect(line('Recall')).toBe(all.recall.toFixed(4));
      expect(line('F1')).toBe(all.f1.toFixed(4));
      expect(line('With snippets')).toBe((100 * all.withRate).toFixed(1));
      expect(line('Without snippets')).toBe((100 * all.withoutRate).toFixed(1));
      for (const type of WCXB_TYPES) {
        const subset = scored.filter((s) => s.type === type).map((s) => s.score);
        const m = meanScores(subset);
        const row = new RegExp(`^\\s+${type}\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)$`, 'm').exec(printed);
        expect(row?.slice(1), type).toEqual([
          String(subset.length),
          m.f1.toFixed(3),
          m.precision.toFixed(3),
          m.recall.toFixed(3),
        ]);
      }
    },
    PYTHON_TIMEOUT_MS,
  );
});
