/**
 * Builds the ~1 MB article page for the speed path. Generated at test time from a seeded
 * random sequence so every run measures the same page without committing a megabyte of HTML.
 */

/** Total size the page grows to before it is closed; "about 1 MB of article text and markup". */
export const LARGE_PAGE_BYTES = 1_000_000;
const SEED = 20250828;

const SUBJECTS = [
  'The port authority',
  'Regional lawmakers',
  'The energy ministry',
  'Local farmers',
  'Shipping firms',
  'The central bank',
  'Analysts in the capital',
  'The rail operator',
];
const VERBS = ['reported', 'warned', 'estimated', 'confirmed', 'projected', 'disclosed'];
const OBJECTS = [
  'grain exports',
  'freight volumes',
  'fuel prices',
  'the trade surplus',
  'container traffic',
  'hydropower output',
  'steel imports',
  'tourist arrivals',
];
const TAILS = [
  'compared with the same period last year',
  'despite a slow start to the season',
  'after a change in customs rules',
  'as new routes opened along the coast',
  'while demand from neighbours weakened',
];

/** mulberry32: tiny deterministic generator, enough for varied filler text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const figure = [
    () => `${(next() * 20).toFixed(1)}%`,
    () => `$${Math.ceil(next() * 900)} million`,
    () => `${Math.ceil(next() * 90_000).toLocaleString('en-US')} tonnes`,
    () => `${pick(['January', 'March', 'June', 'September', 'November'])} ${2019 + Math.floor(next() * 7)}`,
  ][Math.floor(next() * 4)]();
  return `${pick(SUBJECTS)} ${pick(VERBS)} that ${pick(OBJECTS)} changed by ${figure} ${pick(TAILS)}.`;
}

function paragraph(next: () => number, index: number): string {
  const sentences = Array.from({ length: 4 + Math.floor(next() * 4) }, () => sentence(next));
  // Nested wrappers and inline markup, the way page builders emit them, to make the markup heavy.
  return `<div class="block block--text" data-index="${index}" data-track="para-${index}"><div class="block__inner"><p class="body-text">${sentences
    .map((s, i) => (i === 1 ? `<span class="hl">${s}</span>` : s))
    .join(' ')}</p></div></div>`;
}

/** The large page as one HTML string, identical on every call. */
export function largePage(): string {
  const next = random(SEED);
  const sidebar = Array.from(
    { length: 60 },
    (_, i) => `<li><a href="/archive/${i}">Archive story number ${i}</a></li>`,
  ).join('');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long report: a year of trade on the northern route | The Daily Ledger</title><meta property="og:site_name" content="The Daily Ledger"></head><body><header><strong>The Daily Ledger</strong><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>The long report: a year of trade on the northern route</h1><p class="byline">By Data Desk</p>`;
  const tail = `</article></main><aside><ul>${sidebar}</ul></aside><footer><p>© 2025 The Daily Ledger</p></footer></body></html>`;
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < LARGE_PAGE_BYTES; i++) {
    const part = (i % 40 === 39 ? `<h2>Part ${(i + 1) / 40}</h2>` : '') + paragraph(next, i);
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}
