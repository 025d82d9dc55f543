import { describe, expect, test } from 'vitest';
import type { Figure, Run } from '@/utils/clean/types';
import { splitRunsAtFigures, type Segment } from '@/utils/view/split-runs';

/** A compact picture of segments: plain text as is, figures as [text], links as <text>. */
function picture(segments: Segment[]): string {
  const run = (r: Run) => (r.href ? `<${r.text}>` : r.emphasis ? `*${r.text}*` : r.text);
  return segments.map((s) => (s.type === 'run' ? run(s.run) : `[${s.runs.map(run).join('')}]`)).join('|');
}

function fig(start: number, end: number, kind: Figure['kind'] = 'money'): Figure {
  return { start, end, kind, text: '' };
}

describe('splitRunsAtFigures', () => {
  test.each<[string, Run[], Figure[], string]>([
    ['no figures', [{ text: 'Plain text.' }], [], 'Plain text.'],
    [
      'figure inside one run',
      [{ text: 'Sales hit $245 billion in 2024.' }],
      [fig(10, 22)],
      'Sales hit |[$245 billion]| in 2024.',
    ],
    ['figure at the start', [{ text: '8.1% growth' }], [fig(0, 4, 'percent')], '[8.1%]| growth'],
    ['figure at the end', [{ text: 'Up 8.1%' }], [fig(3, 7, 'percent')], 'Up |[8.1%]'],
    [
      'figure is a whole run',
      [{ text: 'In ' }, { text: '2024', emphasis: 'strong' }, { text: '.' }],
      [fig(3, 7, 'date')],
      'In |[*2024*]|.',
    ],
    [
      'figure spans two runs (one mark, two pieces)',
      [{ text: 'cost $245 ' }, { text: 'billion dollars', href: 'https://e.com/' }],
      [fig(5, 17)],
      'cost |[$245 <billion>]|< dollars>',
    ],
    [
      'link straddles a figure',
      [{ text: 'rose 8.1% in July', href: 'https://e.com/' }],
      [fig(5, 9, 'percent')],
      '<rose >|[<8.1%>]|< in July>',
    ],
    ['two figures in one run', [{ text: '$5 and 6%' }], [fig(0, 2), fig(7, 9, 'percent')], '[$5]| and |[6%]'],
    ['adjacent figures', [{ text: '$5$6' }], [fig(0, 2), fig(2, 4)], '[$5]|[$6]'],
    ['unsorted figures are sorted', [{ text: '$5 and 6%' }], [fig(7, 9, 'percent'), fig(0, 2)], '[$5]| and |[6%]'],
  ])('%s', (_, runs, figures, expected) => {
    expect(picture(splitRunsAtFigures({ runs, figures }))).toBe(expected);
  });

  test.each<[string, Figure[]]>([
    ['out of range', [fig(5, 99)]],
    ['negative start', [fig(-1, 2)]],
    ['empty range', [fig(3, 3)]],
  ])('does not mark a figure that is %s', (_, figures) => {
    expect(picture(splitRunsAtFigures({ runs: [{ text: 'Sales $245.' }], figures }))).toBe('Sales $245.');
  });

  test('skips a figure overlapping an earlier, longer one', () => {
    const segments = splitRunsAtFigures({
      runs: [{ text: 'January to July 2025' }],
      figures: [fig(0, 20, 'date'), fig(16, 20, 'date')],
    });
    expect(picture(segments)).toBe('[January to July 2025]');
  });

  test('marks only the chosen kinds', () => {
    const segments = splitRunsAtFigures({ runs: [{ text: '$5 and 6%' }], figures: [fig(0, 2), fig(7, 9, 'percent')] }, [
      'percent',
    ]);
    expect(picture(segments)).toBe('$5 and |[6%]');
  });

  test('the pieces always spell the block text', () => {
    const runs: Run[] = [{ text: 'A $1 ' }, { text: 'b 2% c', href: 'https://e.com' }, { text: ' 2024' }];
    const segments = splitRunsAtFigures({ runs, figures: [fig(2, 4), fig(7, 9, 'percent'), fig(12, 16, 'date')] });
    const text = segments
      .flatMap((s) => (s.type === 'run' ? [s.run] : s.runs))
      .map((r) => r.text)
      .join('');
    expect(text).toBe('A $1 b 2% c 2024');
    expect(segments.filter((s) => s.type === 'figure')).toHaveLength(3);
  });
});
