import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { metaContent, metaIndex } from '../../utils/clean/dom/meta-index';
import { stampProvenance } from '../../utils/clean/dom/provenance';
import { collapsedLength, isWhiteSpace, nonSpaceLength } from '../../utils/clean/text/space';

/**
 * The engine's hot paths count and look up without allocating, in place of the regex or selector
 * each one replaces: these tests hold each to what it replaced, so a faster path never reads a
 * page differently.
 */

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('white space counted by character code', () => {
  test('isWhiteSpace is exactly \\s, over every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  test('collapsedLength and nonSpaceLength equal the regex forms on mixed texts', () => {
    const pieces = [' ', '\n\t', '\u00a0', '\u3000', 'a', 'Ü', '中文', '\ud83d\ude00', '\u200b', 'word'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let n = next() % 10; n > 0; n--) text += pieces[next() % pieces.length];
      expect(collapsedLength(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
      expect(nonSpaceLength(text)).toBe(text.replace(/\s+/g, '').length);
    }
  });
});

describe('the meta index', () => {
  const page = doc(`<html><head>
    <meta property="OG:Site_Name" content="  The Ferry Gazette ">
    <meta name="og:site_name" content="Second">
    <meta name="date" content="">
    <meta itemprop="date" content="2024-05-01">
    <meta name="twitter:site" content="@ferry">
    </head><body><meta name="late" content="in the body"></body></html>`);
  const index = metaIndex(page);

  test('finds what meta[attr="value" i] finds first, trimmed, attribute by attribute', () => {
    const bySelector = (names: string[]) => {
      for (const name of names)
        for (const attr of ['property', 'name', 'itemprop']) {
          const value = page.querySelector(`meta[${attr}="${name}" i]`)?.getAttribute('content')?.trim();
          if (value) return value;
        }
      return null;
    };
    for (const names of [['og:site_name'], ['date'], ['twitter:site'], ['late'], ['missing', 'date'], ['missing']])
      expect(metaContent(index, names)).toBe(bySelector(names));
    expect(metaContent(index, ['og:site_name'])).toBe('The Ferry Gazette');
    expect(metaContent(index, ['date'])).toBe('2024-05-01');
  });
});

describe('provenance stamps in one walk', () => {
  test('a stamped wrapper carries its stamp to every descendant, nested stamps add up, siblings after it get none', () => {
    const page = doc(`<html><body>
      <div class="share-tools"><span><a href="#">Share</a></span><i></i></div>
      <aside><p class="photo-credit">Photo: A. Lens</p><p>Side note.</p></aside>
      <p id="after">After.</p>
      <div class="author-bio" data-sift-from="nav"><p>One.</p><p>Two.</p><p>Three.</p></div>
      <p id="own" data-sift-from="advert">Own attribute dropped.</p>
    </body></html>`);
    stampProvenance(page.documentElement);
    const stamp = (selector: string) => page.querySelector(selector)?.getAttribute('data-sift-from') ?? null;
    expect(stamp('.share-tools')).toBe('share');
    expect(stamp('.share-tools a')).toBe('share');
    expect(stamp('.share-tools i')).toBe('share');
    expect(stamp('aside')).toBe('aside');
    expect(stamp('.photo-credit')).toBe('aside credit');
    expect(stamp('aside p:last-child')).toBe('aside');
    expect(stamp('#after')).toBeNull();
    // Three paragraphs: a wrapper of prose, not a bio box; the page's own attribute says nothing.
    expect(stamp('.author-bio')).toBeNull();
    expect(stamp('.author-bio p')).toBeNull();
    expect(stamp('#own')).toBeNull();
  });
});

describe('provenance stamps around a template', () => {
  test("a template's content counts for nothing, and the stamp of its wrapper ends where the wrapper does", () => {
    const page = doc(`<html><head><template><p>a</p><p>b</p><p>c</p></template></head><body>
      <div class="newsletter-box"><template><p>One.</p><p>Two.</p><p>Three.</p></template><span>Sign up</span></div>
      <p id="next">The story goes on.</p>
    </body></html>`);
    stampProvenance(page.documentElement);
    const stamp = (selector: string) => page.querySelector(selector)?.getAttribute('data-sift-from') ?? null;
    expect(stamp('.newsletter-box')).toBe('newsletter');
    expect(stamp('.newsletter-box span')).toBe('newsletter');
    expect(stamp('#next')).toBeNull();
    expect(stamp('head')).toBeNull();
  });
});
