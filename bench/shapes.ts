/**
 * The size and shape corpus: generated, seeded pages that stress one dimension each (depth,
 * inline elements, bytes, blocks, table rows, paragraph length, links). Nothing here is copied
 * from a dataset; the words are made up from syllables, so every run builds the same pages.
 */
import { mulberry32, pick, randomInt, type Random } from './prng';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'shu',
  'per',
  'dan',
  'ith',
  'mor',
  'el',
  'qua',
  'zin',
  'bre',
  'ost',
];

/** A made-up vocabulary of a few hundred words, the same for every seed. */
const VOCABULARY: readonly string[] = (() => {
  const random = mulberry32(7);
  const words = new Set<string>();
  while (words.size < 600) {
    let word = '';
    for (let n = 1 + randomInt(random, 3); n > 0; n--) word += pick(random, SYLLABLES);
    words.add(word);
  }
  return [...words];
})();

function figure(random: Random): string {
  switch (randomInt(random, 4)) {
    case 0:
      return `$${(1 + randomInt(random, 900)) / 10} million`;
    case 1:
      return `${randomInt(random, 100)}%`;
    case 2:
      return `${1 + randomInt(random, 28)} March ${1990 + randomInt(random, 35)}`;
    default:
      return `${randomInt(random, 5000)} km`;
  }
}

/** One sentence of 8 to 22 words, now and then with a figure in it. */
export function sentence(random: Random): string {
  const words: string[] = [];
  for (let n = 8 + randomInt(random, 15); n > 0; n--) words.push(pick(random, VOCABULARY));
  if (random() < 0.3) words.splice(randomInt(random, words.length), 0, figure(random));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

export function paragraphText(random: Random, sentences = 3 + randomInt(random, 4)): string {
  const out: string[] = [];
  for (let n = sentences; n > 0; n--) out.push(sentence(random));
  return out.join(' ');
}

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="canonical" href="https://news.example/${encodeURIComponent(title)}"></head><body>${body}</body></html>`;

const nav = (random: Random, links: number): string =>
  `<nav><ul>${Array.from({ length: links }, (_, i) => `<li><a href="/section/${i}">${pick(random, VOCABULARY)}</a></li>`).join('')}</ul></nav>`;

/**
 * An ordinary article of `blocks` blocks: paragraphs with links and emphasis, subheadings, a list
 * now and then, a few repeated paragraphs and a teaser, and a "Related" list at the end.
 */
export function articleBody(random: Random, blocks: number): string {
  const out: string[] = [];
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks; i++) {
    const roll = random();
    if (roll < 0.08) out.push(`<h2>${sentence(random).slice(0, -1)}</h2>`);
    else if (roll < 0.12) {
      out.push(`<ul>${Array.from({ length: 3 }, () => `<li>${sentence(random)}</li>`).join('')}</ul>`);
      i += 2;
    } else if (roll < 0.14 && paragraphs.length) out.push(`<p>${pick(random, paragraphs)}</p>`);
    else if (roll < 0.15 && paragraphs.length) out.push(`<p>${pick(random, paragraphs).slice(0, 60)}…</p>`);
    else {
      const text = paragraphText(random);
      paragraphs.push(text);
      const words = text.split(' ');
      const at = randomInt(random, words.length - 2);
      words[at] = `<a href="/story/${i}">${words[at]} ${words[at + 1]}</a>`;
      words.splice(at + 1, 1);
      const em = randomInt(random, words.length);
      if (!words[em].includes('<')) words[em] = `<em>${words[em]}</em>`;
      out.push(`<p>${words.join(' ')}</p>`);
    }
  }
  const related = Array.from(
    { length: 5 },
    (_, i) => `<li><a href="/other/${i}">${sentence(random).slice(0, -1)}</a></li>`,
  ).join('');
  out.push(`<h3>Related stories</h3><ul>${related}</ul>`);
  return out.join('\n');
}

export function articlePage(seed: number, blocks: number): string {
  const random = mulberry32(seed);
  return page(
    `Article of ${blocks} blocks`,
    `${nav(random, 12)}<article><h1>${sentence(random).slice(0, -1)}</h1>${articleBody(random, blocks)}</article>` +
      `<footer>${nav(random, 8)}</footer>`,
  );
}

const intro = (random: Random): string => Array.from({ length: 4 }, () => `<p>${paragraphText(random)}</p>`).join('');

export interface Shape {
  name: string;
  describes: string;
  build: () => string;
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'deep-5000',
    describes: '5,000 nested divs around the story',
    build: () => {
      const random = mulberry32(101);
      const depth = 5000;
      return page('Deep', `${'<div>'.repeat(depth)}${intro(random)}${'</div>'.repeat(depth)}`);
    },
  },
  {
    name: 'inline-100k',
    describes: 'one paragraph of 100,000 inline elements',
    build: () => {
      const random = mulberry32(102);
      const tags = ['span', 'em', 'b', 'a', 'i'];
      const parts: string[] = [];
      for (let i = 0; i < 100_000; i++) {
        const tag = tags[i % tags.length];
        const attr = tag === 'a' ? ` href="/w/${i}"` : '';
        parts.push(`<${tag}${attr}>${pick(random, VOCABULARY)}</${tag}>`);
      }
      return page('Inline', `<article>${intro(random)}<p>${parts.join(' ')}</p></article>`);
    },
  },
  {
    name: 'page-10mb',
    describes: '10 MB of ordinary markup: nav, article, sidebars, comments',
    build: () => {
      const random = mulberry32(103);
      const parts: string[] = [nav(random, 40), `<article><h1>Ten megabytes</h1>${articleBody(random, 60)}</article>`];
      let size = parts.join('').length;
      for (let c = 0; size < 10_000_000; c++) {
        const comment =
          `<div class="comment" id="c${c}"><div class="meta"><a href="/user/${c}">${pick(random, VOCABULARY)}</a>` +
          `<span class="time">${randomInt(random, 24)} hours ago</span></div><div class="text"><p>${paragraphText(random, 2)}</p></div>` +
          `<div class="actions"><a href="#reply-${c}">Reply</a> <a href="#share-${c}">Share</a></div></div>`;
        parts.push(c % 50 === 0 ? `<aside class="sidebar">${nav(random, 10)}</aside>${comment}` : comment);
        size += comment.length;
      }
      return page('Big page', parts.join('\n'));
    },
  },
  {
    name: 'blocks-2000',
    describes: 'an article of 2,000 blocks',
    build: () => articlePage(104, 2000),
  },
  {
    name: 'table-500',
    describes: 'a 500-row data table inside a story',
    build: () => {
      const random = mulberry32(105);
      const rows = Array.from(
        { length: 500 },
        (_, i) =>
          `<tr><td>${pick(random, VOCABULARY)}</td><td>${i}</td><td>${figure(random)}</td><td>${pick(random, VOCABULARY)}</td></tr>`,
      ).join('');
      return page(
        'Table',
        `<article>${intro(random)}<table><thead><tr><th>name</th><th>rank</th><th>value</th><th>note</th></tr></thead><tbody>${rows}</tbody></table>${intro(random)}</article>`,
      );
    },
  },
  {
    name: 'paragraph-200kb',
    describes: 'one paragraph of 200 KB',
    build: () => {
      const random = mulberry32(106);
      const parts: string[] = [];
      let size = 0;
      while (size < 200_000) {
        const s = sentence(random);
        parts.push(s);
        size += s.length + 1;
      }
      return page('Long paragraph', `<article><h1>One paragraph</h1><p>${parts.join(' ')}</p></article>`);
    },
  },
  {
    name: 'links-50k',
    describes: '50,000 links: paragraphs full of them, and link lists',
    build: () => {
      const random = mulberry32(107);
      const parts: string[] = [];
      let links = 0;
      for (let p = 0; links < 50_000; p++) {
        if (p % 10 === 9) {
          parts.push(
            `<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/l/${p}/${i}">${sentence(random).slice(0, -1)}</a></li>`).join('')}</ul>`,
          );
          links += 40;
          continue;
        }
        const words = paragraphText(random).split(' ');
        for (let w = 0; w < words.length; w += 3) words[w] = `<a href="/w/${p}/${w}">${words[w]}</a>`;
        links += Math.ceil(words.length / 3);
        parts.push(`<p>${words.join(' ')}</p>`);
      }
      return page('Links', `<article><h1>Links</h1>${parts.join('\n')}</article>`);
    },
  },
];
