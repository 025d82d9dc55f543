import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { PROVENANCE_ATTRIBUTE, stampProvenance } from '../../utils/clean/dom/provenance';

/** An author box with a short bio and `inner` inside it. */
function authorBox(inner: string): Element {
  const { document } = parseHTML(
    `<html><body><div id="root"><section class="author"><p>Jane Roe writes about rivers.</p>${inner}</section></div></body></html>`,
  );
  const root = document.getElementById('root')!;
  stampProvenance(root);
  return root.querySelector('section')!;
}

describe('provenance stamps', () => {
  test("a <noscript>'s content is not counted in a box's length (a browser parses it as raw text, linkedom as elements)", () => {
    const box = authorBox('<noscript></noscript>');
    // As a browser sees it: the <noscript> holds its markup as one long text node.
    box
      .querySelector('noscript')!
      .appendChild(box.ownerDocument.createTextNode(`<img src="x" alt="y">${'x'.repeat(900)}`));
    stampProvenance(box.parentElement!);
    expect(box.getAttribute(PROVENANCE_ATTRIBUTE)).toBe('author');
  });

  test('counter-case: as much visible text makes the box a wrapper, not an author box', () => {
    const box = authorBox(`<span>${'word '.repeat(200)}</span>`);
    expect(box.getAttribute(PROVENANCE_ATTRIBUTE)).toBeNull();
  });
});
