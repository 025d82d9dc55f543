import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrintArticle } from '@/components/PrintArticle';
import { installMessages } from '../support/i18n';
import { block, result } from '../support/result';

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

const story = result({
  title: 'Ferry returns',
  byline: 'Mara Lindqvist',
  siteName: 'The Courier',
  url: 'https://courier.example/ferry',
  publishedTime: '2026-03-04',
  blocks: [
    block({ id: 'b0', index: 0, text: 'It costs $4.2 million.' }),
    block({
      id: 'b1',
      index: 1,
      kind: 'caption',
      text: 'The boat.',
      image: { src: 'https://img.example/b.jpg', alt: 'Boat' },
    }),
  ],
});

describe('the printed article', () => {
  test('title, byline, site and date, address, then the text with its images and nothing to press', async () => {
    await act(async () => render(<PrintArticle result={story} kinds={['money']} />, container));
    const text = (id: string) => container.querySelector(`[data-testid=${id}]`)?.textContent;
    expect(text('print-title')).toBe('Ferry returns');
    expect(text('print-byline')).toContain('Mara Lindqvist');
    expect(text('print-source')).toMatch(/^The Courier · .*2026$/);
    expect(text('print-address')).toBe('https://courier.example/ferry');
    expect([...container.querySelectorAll('[data-block-id]')].map((el) => el.getAttribute('data-block-id'))).toEqual([
      'b0',
      'b1',
    ]);
    const image = container.querySelector('img')!;
    expect(image.getAttribute('loading')).toBe('eager'); // the print frame is never scrolled
    expect(container.querySelectorAll('button, input, .sift-toolbar, .sift-copybar')).toHaveLength(0);
  });

  test('no byline, site or date: those lines are left out, the host stands in for the site', async () => {
    const bare = { ...story, byline: null, siteName: null, publishedTime: null };
    await act(async () => render(<PrintArticle result={bare} kinds={[]} />, container));
    expect(container.querySelector('[data-testid=print-byline]')).toBeNull();
    expect(container.querySelector('[data-testid=print-source]')?.textContent).toBe('courier.example');
  });
});
