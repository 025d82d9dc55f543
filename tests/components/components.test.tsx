import { render } from 'preact';
import { act } from 'preact/test-utils';
import * as preactHooks from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleView, FIRST_PIECES } from '@/components/ArticleView';
import { CopyBar } from '@/components/CopyBar';
import { KeyFigureStrip } from '@/components/KeyFigureStrip';
import { Legend } from '@/components/Legend';
import { RemovedPanel } from '@/components/RemovedPanel';
import type { Removed } from '@/utils/clean/types';
import { uiTranslator } from '@/utils/extension/i18n';
import { evidenceMessage, removalSummary, shownBlocks } from '@/utils/view';
import { ENGLISH } from '@/utils/view/english';
import { installMessages } from '../support/i18n';
import { block, figure, removed } from '../support/result';
import { waitFor } from '../support/wait';

const ALL_KINDS = ['money', 'percent', 'date', 'quantity'] as const;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

function mount(vnode: preact.VNode) {
  act(() => render(vnode, container));
  return container;
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

describe('ArticleView', () => {
  const text = 'Exports rose 8.1% to $245 billion in 2024.';
  const blocks = [
    block({ id: 'b0', index: 0, kind: 'heading', level: 1, text: 'Background' }),
    block({
      id: 'b1',
      index: 1,
      text,
      figures: [figure(text, '8.1%', 'percent'), figure(text, '$245 billion', 'money'), figure(text, '2024', 'date')],
    }),
    block({ id: 'b2', index: 2, kind: 'list-item', text: 'First', list: { id: 1, ordered: false, depth: 0 } }),
    block({ id: 'b3', index: 3, kind: 'list-item', text: 'Nested', list: { id: 1, ordered: false, depth: 1 } }),
    block({ id: 'b4', index: 4, kind: 'quote', text: 'A quote.' }),
    block({
      id: 'b5',
      index: 5,
      kind: 'table',
      text: 'a\tb\n1\t2',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    }),
    block({
      id: 'b6',
      index: 6,
      kind: 'caption',
      text: 'A port.',
      image: { src: 'https://img.example.com/port.jpg', alt: 'Cranes' },
    }),
    block({
      id: 'b7',
      index: 7,
      runs: [
        { text: 'See ' },
        { text: 'this', href: 'https://example.com/x' },
        { text: ' and ' },
        { text: 'that', href: 'javascript:alert(1)' },
      ],
    }),
    block({ id: 'b8', index: 8, kind: 'code', text: 'let a = 1;' }),
  ];
  const shown = blocks.map((b) => ({ block: b, restored: false }));

  test('one element per block, with data-block-id, in the right HTML element', () => {
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={false} />);
    expect($$('[data-block-id]').map((el) => `${el.tagName.toLowerCase()}#${el.dataset.blockId}`)).toEqual([
      'h2#b0',
      'p#b1',
      'li#b2',
      'li#b3',
      'blockquote#b4',
      'div#b5',
      'figure#b6',
      'p#b7',
      'pre#b8',
    ]);
    expect($('li[data-block-id=b2] > ul > li[data-block-id=b3]')).not.toBeNull();
    // The first row names the columns: header cells, so a screen reader announces them with each value.
    expect($$('[data-block-id=b5] thead th[scope=col]').map((th) => th.textContent)).toEqual(['a', 'b']);
    expect($$('[data-block-id=b5] tbody td').map((td) => td.textContent)).toEqual(['1', '2']);
  });

  test('figures are marks with kind and an id the key-figure chips point at', () => {
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={false} />);
    const marks = $$('[data-block-id=b1] mark');
    expect(marks.map((m) => [m.textContent, m.dataset.kind, m.id])).toEqual([
      ['8.1%', 'percent', `fig-b1-${text.indexOf('8.1%')}`],
      ['$245 billion', 'money', `fig-b1-${text.indexOf('$245')}`],
      ['2024', 'date', `fig-b1-${text.indexOf('2024')}`],
    ]);
    expect(marks[0].title).toBe('Percentage');
    expect($('[data-block-id=b1]')!.textContent).toBe(text);
  });

  test('a long article shows its first pieces at once and the rest in the next task; a short one and a print at once', async () => {
    const long = Array.from({ length: FIRST_PIECES * 3 }, (_, i) => ({
      block: block({ id: `b${i}`, index: i, text: `Paragraph ${i}.` }),
      restored: false,
    }));
    mount(<ArticleView shown={long} kinds={ALL_KINDS} showImages={false} progressive />);
    expect($$('[data-block-id]')).toHaveLength(FIRST_PIECES);
    expect($('[data-testid=article]')!.hasAttribute('data-complete')).toBe(false);
    await waitFor(() => expect($('[data-testid=article]')!.dataset.complete).toBe('true'));
    expect($$('[data-block-id]').map((el) => el.dataset.blockId)).toEqual(long.map((s) => s.block.id));

    render(null, container);
    mount(<ArticleView shown={long} kinds={ALL_KINDS} showImages={false} />);
    expect($$('[data-block-id]')).toHaveLength(long.length);
    render(null, container);
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={false} progressive />);
    expect($$('[data-block-id]')).toHaveLength(blocks.length);
    expect($('[data-testid=article]')!.dataset.complete).toBe('true');
  });

  test('only the chosen kinds are marked', () => {
    mount(<ArticleView shown={shown} kinds={['money']} showImages={false} />);
    expect($$('mark').map((m) => m.dataset.kind)).toEqual(['money']);
  });

  test('links: http(s) only, new tab, no opener; other schemes are plain text', () => {
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={false} />);
    const links = $$('[data-block-id=b7] a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.com/x');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect($('[data-block-id=b7]')!.textContent).toBe('See this and that');
  });

  test('the popup shows no remote images; the reader shows http(s) ones', () => {
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={false} />);
    expect($('img')).toBeNull();
    expect($('figcaption')!.textContent).toBe('A port.');
    mount(<ArticleView shown={shown} kinds={ALL_KINDS} showImages={true} />);
    expect($('img')!.getAttribute('src')).toBe('https://img.example.com/port.jpg');
    expect($('img')!.getAttribute('alt')).toBe('Cranes');
  });

  test('page text is text: markup in runs is never parsed', () => {
    const evil = block({ id: 'b9', index: 9, text: '<img src=x onerror=alert(1)>' });
    mount(<ArticleView shown={[{ block: evil, restored: false }]} kinds={ALL_KINDS} showImages={true} />);
    expect($('img')).toBeNull();
    expect($('[data-block-id=b9]')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('restored blocks come back in place, marked as restored', () => {
    const kept = [block({ id: 'k0', index: 0, text: 'One.' }), block({ id: 'k2', index: 2, text: 'Three.' })];
    const gone = removed(block({ id: 'r1', index: 1, text: 'Two.' }), 'duplicate', {
      kind: 'exact',
      of: 'k0',
      ofText: 'One.',
      similarity: 1,
    });
    const list = shownBlocks({ blocks: kept, removed: [gone] }, new Set(['r1']));
    mount(<ArticleView shown={list} kinds={ALL_KINDS} showImages={false} />);
    expect($$('[data-block-id]').map((el) => el.dataset.blockId)).toEqual(['k0', 'r1', 'k2']);
    expect($('[data-block-id=r1]')!.dataset.restored).toBe('true');
    expect($('[data-block-id=k0]')!.dataset.restored).toBeUndefined();
  });
});

describe('KeyFigureStrip and Legend', () => {
  test('chips target their marks and report clicks', () => {
    const onJump = vi.fn();
    mount(
      <KeyFigureStrip
        figures={[
          {
            text: '$245 billion',
            kind: 'money',
            context: 'Exports hit $245 billion.',
            blockId: 'b3',
            start: 12,
            end: 24,
          },
        ]}
        onJump={onJump}
      />,
    );
    const chip = $('button[data-testid=key-figure]')!;
    expect(chip.dataset.target).toBe('fig-b3-12');
    expect(chip.textContent).toBe('$245 billion');
    act(() => chip.click());
    expect(onJump).toHaveBeenCalledWith('fig-b3-12');
  });

  test('no strip when there are no figures', () => {
    mount(<KeyFigureStrip figures={[]} onJump={() => {}} />);
    expect($('[data-testid=key-figures]')).toBeNull();
  });

  test('the legend names each highlighted kind', () => {
    mount(<Legend kinds={['money', 'date']} />);
    expect($('[data-testid=legend]')!.textContent).toContain('Money');
    expect($('[data-testid=legend]')!.textContent).toContain('Date');
    expect($('[data-testid=legend]')!.textContent).not.toContain('Percentage');
  });
});

describe('RemovedPanel', () => {
  const dupe = (i: number) =>
    removed(block({ id: `d${i}`, index: 10 + i, text: `Repeat ${i}` }), 'duplicate', {
      kind: 'run',
      of: `b${i}`,
      ofText: `Original ${i}`,
      similarity: 0.93,
    });
  const rel = (i: number) =>
    removed(block({ id: `r${i}`, index: 20 + i, text: `Headline ${i}` }), 'related', {
      kind: 'label',
      label: 'You may also like',
      lang: 'en',
    });

  test.each<[string, Removed[], string | null]>([
    [
      'both kinds, plural',
      [dupe(1), dupe(2), rel(1), rel(2), rel(3)],
      'Removed: 2 repeated paragraphs · 3 unrelated items',
    ],
    ['singulars', [dupe(1), rel(1)], 'Removed: 1 repeated paragraph · 1 unrelated item'],
    ['only duplicates', [dupe(1), dupe(2)], 'Removed: 2 repeated paragraphs'],
    ['only related', [rel(1)], 'Removed: 1 unrelated item'],
    ['nothing', [], null],
  ])('summary: %s', (_, list, expected) => {
    expect(removalSummary(list, uiTranslator)).toBe(expected);
    expect(removalSummary(list, ENGLISH)).toBe(expected);
  });

  test.each<[Removed['evidence'], string]>([
    [{ kind: 'exact', of: 'b1', ofText: 'The port said', similarity: 1 }, 'Repeats “The port said” word for word'],
    [{ kind: 'near', of: 'b1', ofText: 'The port said', similarity: 0.874 }, 'Repeats “The port said” (87% alike)'],
    [{ kind: 'label', label: 'You may also like', lang: 'en' }, 'Listed under “You may also like”'],
    [{ kind: 'read-also', label: 'Read also', lang: 'en' }, 'A “Read also” link to another story'],
    [
      { kind: 'off-topic', similarity: 0.05, threshold: 0.35 },
      'A headline unrelated to this story (5% topical overlap)',
    ],
  ])('evidence %#', (evidence, expected) => {
    expect(evidenceMessage(evidence, uiTranslator)).toBe(expected);
    expect(evidenceMessage(evidence, ENGLISH)).toBe(expected);
  });

  function Harness({ list }: { list: Removed[] }) {
    const [open, setOpen] = preactHooks.useState(false);
    const [restored, setRestored] = preactHooks.useState<Set<string>>(new Set());
    return (
      <RemovedPanel
        removed={list}
        restoredIds={restored}
        open={open}
        onToggleOpen={setOpen}
        onToggleRestore={(id) => setRestored((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]))}
        inPlace={false}
        onInPlace={() => {}}
      />
    );
  }

  test('the summary toggles the panel; Escape closes it; restore toggles are pressed buttons', () => {
    mount(<Harness list={[dupe(1), rel(1)]} />);
    const summary = $('[data-testid=removed-summary]')!;
    expect(summary.textContent).toBe('Removed: 1 repeated paragraph · 1 unrelated item');
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    expect($('[data-testid=removed-panel]')).toBeNull();

    act(() => summary.click());
    expect($$('[data-testid=removed-item]').map((el) => el.dataset.blockId)).toEqual(['d1', 'r1']);
    expect($('[data-testid=removed-item]')!.textContent).toContain('Part of the story printed twice');

    const restore = $('[data-testid=removed-item][data-block-id=d1] [data-testid=restore]')!;
    expect(restore.getAttribute('aria-pressed')).toBe('false');
    act(() => restore.click());
    expect(restore.getAttribute('aria-pressed')).toBe('true');
    expect(restore.textContent).toBe('Restored');

    act(() => {
      restore.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('[data-testid=removed-panel]')).toBeNull();
    expect(summary.getAttribute('aria-expanded')).toBe('false');
  });

  test('with nothing removed it says so and offers no panel', () => {
    mount(<Harness list={[]} />);
    expect($('[data-testid=removed-summary]')!.textContent).toBe('Nothing was removed');
    expect($('button[data-testid=removed-summary]')).toBeNull();
  });
});

describe('CopyBar', () => {
  function mountBar(onCopy: (f: string) => Promise<void>) {
    return mount(
      <CopyBar
        onCopy={onCopy as never}
        primary="text"
        includeTitle={true}
        includeSource={false}
        onIncludeTitle={() => {}}
        onIncludeSource={() => {}}
        shortcutScope={document}
      />,
    );
  }

  test('copy buttons report "Copied" after success', async () => {
    const onCopy = vi.fn(async () => {});
    mountBar(onCopy);
    await act(async () => $('[data-testid=copy-markdown]')!.click());
    expect(onCopy).toHaveBeenCalledWith('markdown');
    expect($('[data-testid=copy-status]')!.textContent).toBe('Copied');
  });

  test('"Copied" clears once the include options change', async () => {
    const bar = (includeSource: boolean) => (
      <CopyBar
        onCopy={async () => {}}
        primary="text"
        includeTitle={true}
        includeSource={includeSource}
        onIncludeTitle={() => {}}
        onIncludeSource={() => {}}
      />
    );
    mount(bar(false));
    await act(async () => $('[data-testid=copy-text]')!.click());
    await waitFor(() => expect($('[data-testid=copy-status]')!.textContent).toBe('Copied'));
    mount(bar(true));
    expect($('[data-testid=copy-status]')!.textContent).toBe('');
  });

  test('a Captions box among the Include options, off until ticked, reports its change', async () => {
    const onIncludeCaptions = vi.fn();
    mount(
      <CopyBar
        onCopy={async () => {}}
        primary="text"
        includeTitle={true}
        includeSource={false}
        onIncludeTitle={() => {}}
        onIncludeSource={() => {}}
        includeCaptions={false}
        onIncludeCaptions={onIncludeCaptions}
      />,
    );
    const box = $('[data-testid=include-captions]') as HTMLInputElement;
    expect(box.closest('[role=group]')).not.toBeNull();
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    expect(onIncludeCaptions).toHaveBeenCalledWith(true);
  });

  test('a failure says why instead of "Copied"', async () => {
    mountBar(async () => Promise.reject(new Error('Document is not focused.')));
    await act(async () => $('[data-testid=copy-text]')!.click());
    await waitFor(() =>
      expect($('[data-testid=copy-status]')!.textContent).toBe("Couldn't copy: Document is not focused."),
    );
  });

  test.each([
    ['c', 'text'],
    ['m', 'markdown'],
  ])('the "%s" key copies %s', async (key, format) => {
    const onCopy = vi.fn(async () => {});
    mountBar(onCopy);
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    expect(onCopy).toHaveBeenCalledWith(format);
  });

  test('shortcuts stay quiet while typing in a text field or with modifiers', async () => {
    const onCopy = vi.fn(async () => {});
    mountBar(onCopy);
    const field = document.createElement('input');
    document.body.append(field);
    await act(async () => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true }));
    });
    field.remove();
    expect(onCopy).not.toHaveBeenCalled();
  });

  test('include checkboxes reflect and report their state', () => {
    const onIncludeSource = vi.fn();
    mount(
      <CopyBar
        onCopy={async () => {}}
        primary="markdown"
        includeTitle={true}
        includeSource={false}
        onIncludeTitle={() => {}}
        onIncludeSource={onIncludeSource}
      />,
    );
    expect(($('[data-testid=include-title]') as HTMLInputElement).checked).toBe(true);
    expect(($('[data-testid=include-source]') as HTMLInputElement).checked).toBe(false);
    act(() => $('[data-testid=include-source]')!.click());
    expect(onIncludeSource).toHaveBeenCalledWith(true);
    // The main format comes first.
    expect($$('.sift-copy-buttons button').map((b) => b.dataset.testid)).toEqual(['copy-markdown', 'copy-text']);
  });
});
