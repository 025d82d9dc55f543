import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CleanView } from '@/components/CleanView';
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

const article = () => [...container.querySelectorAll('[data-testid=article] p')].map((p) => p.textContent);
const notice = () => container.querySelector<HTMLElement>('[data-testid=incomplete-notice]');
const toggle = () => container.querySelector<HTMLButtonElement>('[data-testid=whole-text-toggle]');

const partial = result({
  blocks: [block({ id: 'b0', index: 0, text: 'The part Readability kept.' })],
  mayBeIncomplete: true,
  recovery: {
    outcome: 'incomplete',
    reason: 'small-share',
    keptShare: 0.2,
    pageWeight: 500,
    keptWeight: 100,
    recoveredWeight: 100,
    refused: 'link-dense',
    added: [],
  },
  wholeText: [
    block({ id: 'b0', index: 0, text: 'The part Readability kept.' }),
    block({ id: 'b1', index: 1, text: 'The rest of the page text.' }),
  ],
});

describe('the article may be incomplete', () => {
  test('a notice says so, and its button switches to the whole text and back, keeping the focus', async () => {
    await act(async () => render(<CleanView result={partial} showImages={false} />, container));
    expect(notice()?.textContent).toContain('This article may be incomplete');
    expect(article()).toEqual(['The part Readability kept.']);
    const button = toggle()!;
    expect(button.textContent).toBe("Show the page's whole text");
    button.focus();
    await act(async () => button.click());
    expect(article()).toEqual(['The part Readability kept.', 'The rest of the page text.']);
    expect(notice()?.textContent).toContain("Showing the page's whole readable text");
    expect(toggle()?.textContent).toBe('Back to the cleaned article');
    expect(document.activeElement).toBe(toggle());
    await act(async () => toggle()!.click());
    expect(article()).toEqual(['The part Readability kept.']);
  });

  test('a complete article shows no notice', async () => {
    await act(async () =>
      render(
        <CleanView result={result({ blocks: [block({ text: 'Whole story.' })] })} showImages={false} />,
        container,
      ),
    );
    expect(notice()).toBeNull();
  });
});
