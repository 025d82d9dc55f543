import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { moveStrayContentIntoBody } from '@/utils/clean/dom/stray-content';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const bodyTags = (doc: Document) =>
  Array.from(doc.body.children, (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));

describe('moveStrayContentIntoBody', () => {
  test('content a Node parser left in the head goes to the start of the body, head content stays', () => {
    const doc = parse(
      '<html><head><title>t</title><style>p{}</style><div id="a"><p>one</p></div><p id="b">two</p></head><body><p id="c">three</p></body></html>',
    );
    expect(moveStrayContentIntoBody(doc)).toBe(2);
    expect(bodyTags(doc)).toEqual(['div#a', 'p#b', 'p#c']);
    expect(Array.from(doc.head.children, (el) => el.tagName.toLowerCase())).toEqual(['title', 'style']);
  });

  test('content between the head and the body, and after the body, joins the body in document order', () => {
    const doc = parse(
      '<html><head><title>t</title></head><p id="a">before</p><body><p id="b">in</p></body><div id="c">after</div></html>',
    );
    expect(moveStrayContentIntoBody(doc)).toBe(2);
    expect(bodyTags(doc)).toEqual(['p#a', 'p#b', 'div#c']);
    expect(doc.documentElement.querySelectorAll('body')).toHaveLength(1);
  });

  test('a head of scripts, styles, noscript and templates, and a whitespace-only tree, move nothing', () => {
    const doc = parse(
      '<html><head><meta charset="utf-8"><script>1</script><noscript><img src="x"></noscript><template><p>t</p></template></head>\n<body><p id="a">in</p></body>\n</html>',
    );
    expect(moveStrayContentIntoBody(doc)).toBe(0);
    expect(bodyTags(doc)).toEqual(['p#a']);
  });
});
