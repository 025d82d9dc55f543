/**
 * Planted junk: real article paragraphs (the AEB ground truth) rebuilt as pages that repeat
 * paragraphs and carry recommendation lists made of OTHER pages' headlines. Every page is
 * generated from a seed derived from its own key, so a page is the same on every run.
 */
import { hashSeed, mulberry32, pick, randomInt, sample, type Random } from './prng';

export const PLANTED_SEED = 20261129;

export const REPEAT_VARIANTS = ['none', 'exact', 'edited', 'teaser', 'twice'] as const;
export type RepeatVariant = (typeof REPEAT_VARIANTS)[number];

export const LABEL_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh', 'ja'] as const;
export type LabelLang = (typeof LABEL_LANGS)[number];

export const LIST_VARIANTS = [
  'none',
  ...LABEL_LANGS.map((lang) => `labelled-${lang}` as const),
  'labelled-mid',
  'unlabelled',
  'cards',
  'read-also',
] as const;
export type ListVariant = (typeof LIST_VARIANTS)[number];

/** Headings that sites put over recommendation lists, as readers meet them. */
export const LIST_LABELS: Record<LabelLang, readonly string[]> = {
  en: ['You may also like', 'Related stories', 'More from this section', 'Recommended for you', 'Most read'],
  de: ['Das könnte Sie auch interessieren', 'Mehr zum Thema', 'Weitere Artikel', 'Meistgelesen'],
  fr: ['À lire aussi', 'Sur le même sujet', 'Vous aimerez aussi', 'Les plus lus'],
  es: ['También te puede interesar', 'Noticias relacionadas', 'Lo más leído', 'Te recomendamos'],
  it: ['Potrebbe interessarti anche', 'Leggi anche', 'Articoli correlati', 'I più letti'],
  pt: ['Você também pode gostar', 'Leia também', 'Notícias relacionadas', 'Mais lidas'],
  ru: ['Читайте также', 'Вам может быть интересно', 'Похожие новости', 'Самое читаемое'],
  zh: ['相关阅读', '猜你喜欢', '相关新闻', '热门文章'],
  ja: ['関連記事', 'あわせて読みたい', 'おすすめ記事', '人気記事'],
};

/** The one-line "Read also: <headline>" prefixes that sit between body paragraphs. */
export const READ_ALSO_LABELS: Record<LabelLang, readonly string[]> = {
  en: ['Read also:', 'READ MORE:', 'Related:'],
  de: ['Lesen Sie auch:', 'Auch interessant:'],
  fr: ['À lire aussi :', 'Lire aussi :'],
  es: ['Lee también:', 'Te puede interesar:'],
  it: ['Leggi anche:'],
  pt: ['Leia também:', 'Veja também:'],
  ru: ['Читайте также:'],
  zh: ['延伸阅读：', '相关阅读：'],
  ja: ['関連記事：'],
};

/** Words swapped in for a one-word edit of a repeated paragraph. */
const EDIT_WORDS = ['new', 'recent', 'local', 'major', 'several', 'former', 'latest'];

const MIN_REPEAT_CHARS = 80;
const MIN_ARTICLE_PARAGRAPHS = 4;
const MIN_ARTICLE_CHARS = 600;

export interface SourceArticle {
  id: string;
  headline: string;
  paragraphs: string[];
}

export type PlantedRole = 'real' | 'repeat' | 'item' | 'label';

export interface PlantedBlock {
  role: PlantedRole;
  /** For real and repeat blocks: the block's text; for items: the headline; for labels: the heading. */
  text: string;
}

export interface PlantedPage {
  key: string;
  articleId: string;
  repeat: RepeatVariant;
  list: ListVariant;
  /** The language of the list's label, when it has one. */
  labelLang: LabelLang | null;
  html: string;
  /** Every real paragraph and planted block, in page order. */
  blocks: PlantedBlock[];
}

/** Article paragraphs from a ground-truth text: its lines, each once. */
export function paragraphsOf(articleBody: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of articleBody.split(/\n+/)) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text && !seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

export function isUsableArticle(article: SourceArticle): boolean {
  return (
    article.paragraphs.length >= MIN_ARTICLE_PARAGRAPHS &&
    article.paragraphs.join(' ').length >= MIN_ARTICLE_CHARS &&
    article.headline.length > 0
  );
}

/** Where a page title's site name or section tail starts: " | ", " - ", " – ", " — ", " » ". */
const TITLE_SEPARATOR = /\s+[|\-–—»]\s+/u;

/** A page title without its " | Site name" tail, entities decoded: a headline as a list shows it. */
export function headlineFromTitle(title: string): string {
  const text = title
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
  const first = text.split(TITLE_SEPARATOR)[0];
  return first.length >= 20 ? first : text;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const slug = (text: string, n: number): string =>
  `https://news.example.com/story/${n}-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)}`;

const isSpaced = (text: string): boolean => text.split(' ').length >= 8;

/** The paragraph once more with one word replaced (for unspaced scripts, one character). */
function editOneWord(random: Random, text: string): string {
  if (!isSpaced(text)) {
    const at = 1 + randomInt(random, text.length - 2);
    return text.slice(0, at) + (text[at] === '的' ? '了' : '的') + text.slice(at + 1);
  }
  const words = text.split(' ');
  const candidates = words.map((_word, i) => i).filter((i) => i > 0 && /^\p{L}{4,}$/u.test(words[i]));
  const at = candidates.length ? pick(random, candidates) : words.length - 1;
  words[at] = pick(
    random,
    EDIT_WORDS.filter((word) => word !== words[at].toLowerCase()),
  );
  return words.join(' ');
}

/** The first 40-60% of a paragraph and an ellipsis, as teaser boxes print it. */
function teaserOf(random: Random, text: string): string {
  const share = 0.4 + random() * 0.2;
  if (!isSpaced(text)) return `${text.slice(0, Math.max(10, Math.floor(text.length * share)))}…`;
  const words = text.split(' ');
  return `${words.slice(0, Math.max(5, Math.floor(words.length * share))).join(' ')}…`;
}

interface Piece {
  block: PlantedBlock;
  html: string;
}

const paragraph = (role: PlantedRole, text: string): Piece => ({
  block: { role, text },
  html: `<p>${escapeHtml(text)}</p>`,
});

/** Places planted repeats among the real paragraphs. */
function withRepeats(random: Random, variant: RepeatVariant, paragraphs: readonly string[]): Piece[] {
  const pieces = paragraphs.map((text) => paragraph('real', text));
  const long = paragraphs.map((_text, i) => i).filter((i) => paragraphs[i].length >= MIN_REPEAT_CHARS);
  const insertAfter = (from: number, piece: Piece) => {
    const at = from + 1 + randomInt(random, pieces.length - from);
    pieces.splice(at, 0, piece);
  };
  if (variant === 'twice') return [...pieces, ...paragraphs.map((text) => paragraph('repeat', text))];
  if (variant === 'none' || long.length === 0) return pieces;
  const source = pick(random, long);
  const text = paragraphs[source];
  if (variant === 'exact') insertAfter(source, paragraph('repeat', text));
  if (variant === 'edited') insertAfter(source, paragraph('repeat', editOneWord(random, text)));
  // A teaser may stand anywhere: a summary box at the top or a pull-out further down.
  if (variant === 'teaser')
    pieces.splice(randomInt(random, pieces.length + 1), 0, paragraph('repeat', teaserOf(random, text)));
  return pieces;
}

/** How a list is marked up: as a list, or as one link paragraph per item (which Readability keeps more often). */
export const LIST_SHAPES = ['list', 'paragraphs'] as const;
type ListShape = (typeof LIST_SHAPES)[number];

/** Another page of the set, as a recommendation shows it. */
export interface OtherStory {
  headline: string;
  /** A one-sentence summary, as cards print under the headline. */
  dek: string;
}

function linkedItems(stories: readonly OtherStory[], offset: number, shape: ListShape): string {
  const link = (s: OtherStory, i: number) => `<a href="${slug(s.headline, offset + i)}">${escapeHtml(s.headline)}</a>`;
  return shape === 'list'
    ? `<ul>${stories.map((s, i) => `<li>${link(s, i)}</li>`).join('')}</ul>`
    : stories.map((s, i) => `<p>${link(s, i)}</p>`).join('');
}

/**
 * The recommendation list (its pieces) and where it goes: 'end' or the middle of the body.
 * No class names: the markup must not tell Readability what it is, as on the pages where it slips through.
 */
function recommendation(
  random: Random,
  variant: ListVariant,
  stories: readonly OtherStory[],
): { pieces: Piece[]; at: 'end' | 'middle'; lang: LabelLang | null } {
  const items = stories.map((s): PlantedBlock => ({ role: 'item', text: s.headline }));
  const n = randomInt(random, 1000);
  const shape = pick(random, LIST_SHAPES);
  // The first piece carries the markup; the others only account for their blocks.
  const withMarkup = (html: string, blocks: PlantedBlock[]): Piece[] =>
    blocks.map((block, i) => ({ block, html: i === 0 ? html : '' }));
  if (variant === 'none') return { pieces: [], at: 'end', lang: null };
  if (variant === 'unlabelled')
    return { pieces: withMarkup(`<div>${linkedItems(stories, n, shape)}</div>`, items), at: 'end', lang: null };
  if (variant === 'cards') {
    const cards = stories
      .map(
        (s, i) =>
          `<div><a href="${slug(s.headline, n + i)}"><img src="https://img.example.com/${n + i}.jpg" alt=""></a>` +
          `<h3><a href="${slug(s.headline, n + i)}">${escapeHtml(s.headline)}</a></h3><p>${escapeHtml(s.dek)}</p></div>`,
      )
      .join('');
    const blocks = stories.flatMap((s): PlantedBlock[] => [
      { role: 'item', text: s.headline },
      { role: 'item', text: s.dek },
    ]);
    return { pieces: withMarkup(`<div>${cards}</div>`, blocks), at: 'end', lang: null };
  }
  if (variant === 'read-also') {
    const lang = pick(random, LABEL_LANGS);
    const label = pick(random, READ_ALSO_LABELS[lang]);
    const h = stories[0].headline;
    return {
      pieces: [
        {
          block: items[0],
          html: `<p><strong>${escapeHtml(label)}</strong> <a href="${slug(h, n)}">${escapeHtml(h)}</a></p>`,
        },
      ],
      at: 'middle',
      lang,
    };
  }
  const lang =
    variant === 'labelled-mid' ? pick(random, LABEL_LANGS) : (variant.slice('labelled-'.length) as LabelLang);
  const label = pick(random, LIST_LABELS[lang]);
  const tag = pick(random, ['h2', 'h3', 'h4', 'p']);
  const heading =
    tag === 'p' ? `<p><strong>${escapeHtml(label)}</strong></p>` : `<${tag}>${escapeHtml(label)}</${tag}>`;
  return {
    pieces: withMarkup(`<div>${heading}${linkedItems(stories, n, shape)}</div>`, [
      { role: 'label', text: label },
      ...items,
    ]),
    at: variant === 'labelled-mid' ? 'middle' : 'end',
    lang,
  };
}

/**
 * One planted page. `others` are the set's OTHER pages; the list draws its items from them.
 */
export function plantPage(
  article: SourceArticle,
  others: readonly OtherStory[],
  repeat: RepeatVariant,
  list: ListVariant,
  seed = PLANTED_SEED,
): PlantedPage {
  const key = `${article.id}:${repeat}:${list}`;
  const random = mulberry32(hashSeed(seed, key));
  const body = withRepeats(random, repeat, article.paragraphs);
  const count = list === 'read-also' ? 1 : 4 + randomInt(random, 3);
  const stories = sample(
    random,
    others.filter((o) => o.headline !== article.headline),
    count,
  );
  const rec = recommendation(random, list, stories);
  let pieces: Piece[];
  if (rec.at === 'middle') {
    // Between two real paragraphs of the first half, never at the very start or end.
    const realPositions = body.map((_p, i) => i).filter((i) => body[i].block.role === 'real');
    const half = realPositions.slice(1, Math.max(2, Math.ceil(realPositions.length / 2)));
    const at = pick(random, half);
    pieces = [...body.slice(0, at), ...rec.pieces, ...body.slice(at)];
  } else pieces = [...body, ...rec.pieces];

  const html = [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(article.headline)} | The Planted Post</title></head>`,
    '<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>',
    `<main><article><h1>${escapeHtml(article.headline)}</h1><div class="article-body">`,
    ...pieces.map((piece) => piece.html).filter(Boolean),
    '</div></article></main>',
    '<footer><p>© 2026 The Planted Post. All rights reserved.</p></footer>',
    '</body></html>',
  ].join('\n');
  return {
    key,
    articleId: article.id,
    repeat,
    list,
    labelLang: rec.lang,
    html,
    blocks: pieces.map((piece) => piece.block),
  };
}

const FIRST_SENTENCE = /^.{20,160}?[.!?。！？](?=\s|$)/u;

/** A page as a card shows it: its headline and its first sentence (at most 160 characters). */
export function storyOf(article: SourceArticle): OtherStory {
  const first = article.paragraphs.find((p) => p.length >= 40) ?? article.paragraphs[0] ?? '';
  const sentence = FIRST_SENTENCE.exec(first)?.[0] ?? (first.length > 160 ? `${first.slice(0, 159)}…` : first);
  return { headline: article.headline, dek: sentence };
}

/** Pages per article; variants rotate so that each one meets many articles. */
export const PAGES_PER_ARTICLE = 2;

/** The whole planted set: every usable article, each with rotating variants. */
export function plantAll(articles: readonly SourceArticle[], seed = PLANTED_SEED): PlantedPage[] {
  const usable = articles.filter(isUsableArticle);
  const stories = articles.filter((a) => a.headline).map(storyOf);
  const pages: PlantedPage[] = [];
  usable.forEach((article, i) => {
    const others = stories.filter((o) => o.headline !== article.headline);
    for (let k = 0; k < PAGES_PER_ARTICLE; k++) {
      const n = i * PAGES_PER_ARTICLE + k;
      pages.push(
        plantPage(
          article,
          others,
          REPEAT_VARIANTS[n % REPEAT_VARIANTS.length],
          LIST_VARIANTS[n % LIST_VARIANTS.length],
          seed,
        ),
      );
    }
  });
  return pages;
}
