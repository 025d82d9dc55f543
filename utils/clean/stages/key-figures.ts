/**
 * The ranked summary of an article's figures: what a reader would quote first.
 *
 * Only figures that carry the story qualify: a bare number with nothing it counts (`737`, `30`,
 * `1,234`), a count in words, a page, verse or view count, an age (`a 34-year-old`, `31-летний`),
 * a multiplier or a tally of times (`10 times`, `trois fois`, `3倍`), one side of a size (`85mm` of
 * `107.5 x 85mm`), a name in a list that opens with a figure (`10% Happier`), and anything in a caption,
 * credit or furniture block are marked in the text but never a chip. Money and percentages come first (they are what a news story is
 * usually about); inside that tier and the one below it, salience decides: a figure in the
 * headline, the lead or a heading, and one the article repeats, ranks above one met once in the
 * body. Quantities rank before dates (which place facts more than they state them) at equal
 * salience, and the article's order breaks the remaining ties. A change written "from … to …"
 * is one chip spanning both ends. A figure repeated later counts once, at its first place. A bare
 * pair (`3-1`, `2-3`) is a chip only in the headline, the lead or a heading.
 */
import type { Block, Figure, FigureKind, KeyFigure, Provenance } from '../types';
import { contextSentence } from './key-figure-context';

/** Money and percentages rank first; every other kind after them. */
const KIND_TIER: Readonly<Record<FigureKind, number>> = { money: 0, percent: 0, quantity: 1, date: 1 };

/** At equal tier and salience, quantities before dates. */
const KIND_ORDER: Readonly<Record<FigureKind, number>> = { money: 0, percent: 0, quantity: 0, date: 1 };

/** Salience points: where a figure stands, and whether the article says it again. */
const SALIENCE = { headline: 3, lead: 2, heading: 2, repeated: 1 } as const;

/** A count written as one word with nothing it counts (`three`, `vier`, `три`, `一百`): marked in the text, never a chip. */
const BARE_WORD_COUNT =
  /^(?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+|[〇零一二两兩三四五六七八九十百千万亿萬億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+)$/u;

/** A number and nothing else (`737`, `30`, `1,234`, `0800 555 12 34`, `１２０`): a model, a tally of clicks, a phone; nothing it counts. */
const BARE_NUMBER = /^[\d０-９\s.,'’\u00a0\u202f．，]+$/u;

/**
 * Two bare numbers joined (`3-1`, `80-70`, `2-3`, `24 to 20`, `8:5`): a score or a tally when the
 * story is about it, and then the headline, the lead or a heading says it; met once in the body
 * it is a detail of play or an unlabelled range, and no more a chip than a bare number is.
 */
const BARE_PAIR = /^[\d.,'’]+\s?(?:[-–—:]|\s(?:to|zu|à|a|contre|gegen|contra|против)\s)\s?[\d.,'’]+$/u;

/** A day listed before the one that carries the month (`3` of `3 and 17 March`): a date, but no chip alone. */
const BARE_DAY = /^\d{1,2}\.?$/u;

/** Counts of a page's own traffic (`1,234 views`): the site's furniture, not the story's. */
const ENGAGEMENT_NOUN =
  /\s(views?|likes?|shares?|comments?|followers?|subscribers?|retweets?|reposts?|reads?|plays?|downloads?|Aufrufe|Kommentare|vues|commentaires|vistas|visitas|comentarios|visualizzazioni|commenti|condivisioni|visualizações|visualizacoes|curtidas|comentários|compartilhamentos|просмотр\p{L}*|комментари\p{L}*)$/iu;

/** Counters of a page's traffic written before the number, as a label (`Views: 1,234`, `Просмотров: 12 345`, `阅读 1.2万`). */
const ENGAGEMENT_BEFORE =
  /(?:(?:^|[\s(|·•])(?:views?|likes?|shares?|comments?|plays?|reads?|Aufrufe|vues|vistas|visualizações|visualizzazioni|просмотр\p{L}*)\s*:|(?:阅读|阅读量|浏览|浏览量|播放|播放量|点赞|评论|閲覧数?|再生回数|いいね)\s*[:：]?)\s*$/iu;

/** How many times, or how many fold (`10 times`, `trois fois`, `в 3 раза`, `3倍`, `5回`): a comparison or a tally, not an amount. */
const MULTIPLIER =
  /(?:\s|-)(?:times|fold|fois|veces|vez|mal|volte|vezes|раза?|крат)$|^\p{L}+(?:mal|fach|fold)$|(?:倍|(?<!人)次|回)$/iu;

/** The same word left after the span (`mehr als 2 Millionen Mal`, `más de 2 millones de veces`, `более 3 млн раз`). */
const MULTIPLIER_AFTER = /^[\s\u00a0]*(?:de\s+)?(?:times|fold|fois|veces|vez|mal|volte|vezes|раза?|крат)(?![\p{L}])/iu;

/** A figure that is an age by its own words (`34-year-old`, `31-летний`, `34-Jährige`, `34岁`, `34歳`, `34enne`). */
const AGE_SPAN =
  /\d[\s-]*(?:years?[\s-]old|jährig\p{L}*|летн\p{L}*|enne|岁|周岁|歳|才)$|-year-old|-years-old|^\p{L}+-?(?:year-old|jährig\p{L}*|летн\p{L}*)$/iu;

/** A count of time units (`two years`, `3 Jahren`, `5 ans`, `3 года`, `10 días`). */
const TIME_COUNT =
  /\s(?:years?|months?|weeks?|days?|hours?|decades?|Jahre?n?|Monate?n?|Wochen?|Tage?n?|Stunden?|ans|années?|mois|semaines?|jours?|heures?|años|meses|semanas|días|horas|anni|mesi|settimane|giorni|ore|anos|dias|лет|года?|месяц\p{L}*|недел\p{L}*|дн\p{L}*|час\p{L}*)$/iu;
/** After it: `ago`, `later`, `after`, `earlier`, `später`, `plus tard`, `después`, `назад`, `спустя`. */
const OFFSET_AFTER =
  /^[\s,]*(?:ago|later|after|before|earlier|since|später|danach|zuvor|plus\s+tard|auparavant|après|avant|después|antes|más\s+tarde|dopo|prima|fa|depois|atrás|назад|спустя|позже|после)(?![\p{L}])/iu;
/** Before it: `vor 3 Jahren`, `il y a 5 ans`, `hace 3 años`, `спустя 2 года`. */
const OFFSET_BEFORE = /(?:^|[^\p{L}])(?:vor|il\s+y\s+a|hace|há|спустя|через)\s+$/iu;

/** A count of years, which an age is when the words around it say so. */
const YEARS_COUNT = /^[\d\s.,]+\s*(?:years?|Jahre?n?|ans|años|anni|anos|лет|года?|год)$/iu;

/** Words right before a count of years that make it an age. */
const AGE_BEFORE =
  /(?:\b(?:aged|age of|ages of)|âgée?s?\s+de|l'âge\s+de|edad\s+de|Alter\s+von|età\s+di|idade\s+de|в\s+возрасте|(?:^|[^\p{L}])(?:ему|ей|которому|которой|исполнил(?:ось|ся|ась)|исполняется|исполнится|turned|turns|cumplió|cumple|completou|completa)|(?:^|[^\p{L}])(?:homme|femme|garçon|fille|enfant|adolescente?|jeune|hombre|mujer|niñ[oa]|joven|chic[oa]|uomo|donna|ragazz[oa]|bambin[oa]|homem|mulher|menin[oa]|rapaz|jovem)\s+(?:de|di|com))\s*$/iu;

/** Words right after a count of years that make it an age: `34 years old`, `45 Jahre alt`, `34 años de edad`. */
const AGE_AFTER = /^\s*(?:old\b|alte?[rnms]?\b|de\s+edad|d'âge|d'età|de\s+idade)/iu;

/** A word that makes the number after it a reference (`page 12`, `verse 16`, `No. 5`, `S. 12`). */
const REFERENCE_BEFORE =
  /(?:^|[\s(])(page|pages|p\.|pp\.|verse|verses|chapter|ch\.|hadith|surah|psalm|no\.|nr\.|number|#|vol\.|volume|episode|season|issue|Seite|S\.|Kapitel|Vers|Folge|chapitre|verset|página|capítulo|versículo|pagina|capitolo|versetto|puntata|episódio|страница|стр\.|глава|стих|№)\s*$/iu;

/** A measure written as one side of a size (`5.5×2.1mm`, `107.5 x 85mm`): half a dimension says nothing alone. */
const DIMENSION_BEFORE = /\d\s*[x×]\s*$/iu;
const DIMENSION_AFTER = /^\s*[x×]\s*\d/iu;

/** A list item that is a name opening with a figure (`10% Happier`, `50 Cent Records`): a title in a list, not a fact. */
const NAME_AFTER_FIGURE = /^\s+\p{Lu}/u;
const NAME_MAX_WORDS = 4;

/** What joins the two ends of a change, after the first end, when the text before it says `from` (`from 3% to 4%`, `von 800 auf 950 Euro`). */
const CHANGE_FROM_BEFORE = /(?:^|\s)(from|von|de|desde|da|dal|dai|с|от)\s+$/iu;
const CHANGE_TO_BETWEEN = /^\s*(to|auf|bis|à|a|al|ai|hasta|para|до|→|->|–|—)\s*$/iu;
/** Or the new value first, then the old (`to 4.1% from 4.3%`, `30 seats, up from 12`). */
const CHANGE_FROM_BETWEEN = /^(?:,?\s*(?:(?:up|down)\s+)?from|(?:\s+\p{L}+){1,3},?\s+(?:up|down)\s+from)\s*$/iu;

/** Page elements whose text is no part of the story (an aside or a figure may hold a fact box or a table: those stay). */
const FURNITURE_PROVENANCE: ReadonlySet<Provenance> = new Set<Provenance>([
  'caption',
  'credit',
  'nav',
  'footer',
  'author',
  'advert',
  'share',
  'related',
  'newsletter',
]);

export interface KeyFigureOptions {
  /** The article's headline: a figure it names is the story's. */
  title?: string | null;
}

interface Candidate {
  figure: KeyFigure;
  key: string;
  tier: number;
  salience: number;
  order: number;
}

export function keyFigures(blocks: Block[], max: number, options: KeyFigureOptions = {}): KeyFigure[] {
  if (max <= 0) return [];
  const title = normalise(options.title ?? '');
  const counts = new Map<string, number>();
  const candidates: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  let order = 0;
  let leadSeen = false;
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'caption' || block.image || isFurniture(block)) continue;
    const isLead = !leadSeen && block.kind === 'paragraph';
    if (isLead) leadSeen = true;
    for (const span of chipSpans(block)) {
      const key = normalise(span.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (byKey.has(key) || !qualifies(block.text, span, names(title, key)) || isListedName(block, span)) continue;
      let salience = 0;
      if (names(title, key) || (block.kind === 'heading' && block.level === 1)) salience += SALIENCE.headline;
      else if (block.kind === 'heading') salience += SALIENCE.heading;
      if (isLead) salience += SALIENCE.lead;
      if (salience === 0 && BARE_PAIR.test(span.text)) continue; // `2-3`, `80-70` met once in the body
      const candidate: Candidate = {
        figure: {
          text: span.text,
          kind: span.kind,
          context: contextSentence(block.text, span.start, span.end),
          blockId: block.id,
          start: span.start,
          end: span.end,
        },
        key,
        tier: KIND_TIER[span.kind],
        salience,
        order: order++,
      };
      byKey.set(key, candidate);
      candidates.push(candidate);
    }
  }
  for (const c of candidates) if ((counts.get(c.key) ?? 0) > 1) c.salience += SALIENCE.repeated;
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.salience - a.salience ||
      KIND_ORDER[a.figure.kind] - KIND_ORDER[b.figure.kind] ||
      a.order - b.order,
  );
  return candidates.slice(0, max).map((c) => c.figure);
}

/** A block the page set in a caption, credit, menu, footer, byline, advert or promotion: kept (the furniture stage may be off), never a chip. */
function isFurniture(block: Block): boolean {
  return block.provenance?.some((p) => FURNITURE_PROVENANCE.has(p)) ?? false;
}

/** Whether the headline holds the figure as a whole (`15%` does not name `5%`). */
function names(title: string, key: string): boolean {
  for (let at = title.indexOf(key); at >= 0; at = title.indexOf(key, at + 1)) {
    const before = title[at - 1] ?? ' ';
    const after = title[at + key.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Whether a figure can be a chip: it states something, rather than numbering, labelling or counting clicks. */
function qualifies(text: string, f: Figure, inHeadline: boolean): boolean {
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) return false; // `hadith 1392` is no year
  if (DIMENSION_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start))) return false;
  if (DIMENSION_AFTER.test(text.slice(f.end, f.end + 4))) return false;
  if (f.kind === 'date' && BARE_DAY.test(f.text)) return false; // the `3` of `3 and 17 March`: the month is the next chip's
  if (f.kind !== 'quantity') return true;
  if (BARE_WORD_COUNT.test(f.text) || BARE_NUMBER.test(f.text) || ENGAGEMENT_NOUN.test(f.text)) return false;
  if (ENGAGEMENT_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) return false;
  if (MULTIPLIER.test(f.text) || MULTIPLIER_AFTER.test(text.slice(f.end, f.end + 12))) return false;
  if (!inHeadline && isTimeOffset(text, f)) return false; // `after six days` in the headline is the story's
  return !isAge(text, f);
}

/** A short list item that opens with the figure and goes on in capitals: the name of a book, an app, a band. */
function isListedName(block: Block, f: Figure): boolean {
  if (block.kind !== 'list-item' || f.start > 0) return false;
  const text = block.text.trim();
  if (/[.!?:;]$/u.test(text) || text.split(/\s+/u).length > NAME_MAX_WORDS) return false;
  return NAME_AFTER_FIGURE.test(block.text.slice(f.end));
}

/** A count of time that only places an event against another (`two years after`, `vor 3 Jahren`, `il y a 5 ans`, `3 года назад`). */
function isTimeOffset(text: string, f: Figure): boolean {
  if (!TIME_COUNT.test(f.text)) return false;
  return (
    OFFSET_AFTER.test(text.slice(f.end, f.end + 14)) ||
    OFFSET_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start))
  );
}

/**
 * An age: a detail about a person, not a fact of the story (`a 34-year-old`, `31-летний`,
 * `34岁`, `aged 34 years`, `Ana García, de 34 años,`, `un homme de 34 ans`, `45 Jahre alter`).
 */
function isAge(text: string, f: Figure): boolean {
  if (AGE_SPAN.test(f.text)) return true;
  if (!YEARS_COUNT.test(f.text)) return false;
  const before = text.slice(Math.max(0, f.start - 24), f.start);
  const after = text.slice(f.end, f.end + 12);
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return true;
  return /,\s*(?:de\s+|di\s+|com\s+)?$/u.test(before) && /^\s*[,)]/u.test(after); // an aside after a name: `Ana, de 34 años,`
}

/**
 * A block's figures with each change joined into one span: `from 3.1% to 4.2%` reads as one
 * fact, and so does `von 800 auf 950 Euro`, whose first end the unit names only once.
 */
export function chipSpans(block: Block): Figure[] {
  const out: Figure[] = [];
  const figures = block.figures;
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (b && isChange(block.text, a, b)) {
      const kind = a.kind === 'quantity' && BARE_NUMBER.test(a.text) ? b.kind : a.kind;
      out.push({ start: a.start, end: b.end, kind, text: block.text.slice(a.start, b.end) });
      i++;
    } else out.push(a);
  }
  return out;
}

function isChange(text: string, a: Figure, b: Figure): boolean {
  const compatible = a.kind === b.kind || (a.kind === 'quantity' && BARE_NUMBER.test(a.text));
  if (!compatible || a.kind === 'date' || b.kind === 'date') return false;
  const between = text.slice(a.end, b.start);
  if (CHANGE_FROM_BETWEEN.test(between)) return true;
  return CHANGE_TO_BETWEEN.test(between) && CHANGE_FROM_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start));
}

/** Two figures are the same when they read the same after Unicode, case, space and dash folding. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
