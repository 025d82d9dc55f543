import type { Block, Evidence } from './types';

/**
 * The site's own furniture that Readability keeps inside the article: adverts, newsletter and
 * follow prompts, share buttons, photo credits, copyright lines, tag lists, the author's bio.
 * Each rule matches a whole short block (anchored), so a sentence of the story never matches.
 */
export type BoilerplateRule = 'advert' | 'subscribe' | 'follow' | 'share' | 'credit' | 'copyright' | 'tags' | 'author' | 'comments';

/** Blocks longer than this are the story's prose, whatever their first words. */
const MAX_BOILERPLATE_CHARS = 320;
/** A bio, a copyright line or an "originally published" note is furniture only at the article's end. */
const TAIL_BLOCKS = 4;

interface Pattern {
  rule: BoilerplateRule;
  pattern: RegExp;
  /** Only among the last blocks of the article. */
  tailOnly?: boolean;
  /** The block starts with a capital (a name), whatever the pattern's case. */
  startsWithCapital?: boolean;
}

/** "Advertisement" and its kin, alone in a block. */
export const ADVERT_LABELS =
  /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|广告|廣告|広告)$/iu;

export const BOILERPLATE_PATTERNS: readonly Pattern[] = [
  { rule: 'advert', pattern: ADVERT_LABELS },
  {
    rule: 'subscribe',
    pattern:
      /^(?:sign up|subscribe|register|get (?:our|the) .{0,40}newsletter|join (?:our|the) .{0,40}(?:newsletter|mailing list)|(?:want|like) (?:more|this|stories).{0,80}(?:inbox|newsletter)|(?:jetzt |newsletter )?abonnieren|abonnieren sie|melden sie sich .{0,40}newsletter|abonnez-vous|inscrivez-vous|suscr[íi]bete|suscr[íi]base|iscriviti|assine|inscreva-se|подпишитесь|订阅|訂閱)\b/iu,
  },
  {
    rule: 'follow',
    pattern: /^(?:follow (?:us|@\w+|\w+ on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok))|like us on facebook|folgen sie uns|suivez-nous|s[íi]guenos|seguici|siga-nos|подписывайтесь на нас)\b/iu,
  },
  {
    rule: 'share',
    pattern: /^(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|linkedin|whatsapp|email))?|click to share.{0,40}|teilen|artikel teilen|partager(?: cet article)?|compartir|condividi|compartilhar|поделиться|分享)$/iu,
  },
  {
    // Only bracketed credits, the leftovers of an image the page dropped; a caption line such as
    // "Photo: Rory Baird" stays with its picture.
    rule: 'credit',
    pattern:
      /^[([](?:(?:(?:photo|image|picture|video|illustration|foto|bild|crédit photo)s?(?: credit)?|credits?|image copyright)\s*[:/|]\s*.{2,80}|(?:AP|AFP|Reuters|Getty|EPA|PA|dpa)(?: Photo| Images)?\s*\/\s*.{2,60})[)\]]$/iu,
  },
  { rule: 'copyright', pattern: /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|this (?:document|material|article) (?:is subject to copyright|may not be)|citation:)/iu, tailOnly: true },
  { rule: 'copyright', pattern: /^(?:this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)|originally published (?:on|in|at|by)\b)/iu, tailOnly: true },
  { rule: 'tags', pattern: /^(?:tags?|topics?|filed under|related topics|schlagw[öo]rter|themen|mots-cl[ée]s|etiquetas|tag|теги|标签|タグ)\s*[:：]/iu },
  { rule: 'comments', pattern: /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|have your say|kommentare|commentaires|comentarios|commenti|комментарии|评论|コメント)$/iu },
  {
    rule: 'author',
    pattern:
      /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is|was|has been) (?:a|an|the|our) (?:[\p{L}-]+ ){0,5}(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|author|producer|critic|analyst)\b/iu,
    tailOnly: true,
    startsWithCapital: true,
  },
];

/** Which furniture rule the block matches, if any. */
export function matchBoilerplate(block: Block, fromEnd: number): BoilerplateRule | null {
  if (block.kind === 'code' || block.kind === 'table' || block.kind === 'heading' && block.text.length > 40) return null;
  const text = block.text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_BOILERPLATE_CHARS) return null;
  for (const { rule, pattern, tailOnly, startsWithCapital } of BOILERPLATE_PATTERNS) {
    if (tailOnly && fromEnd >= TAIL_BLOCKS) continue;
    if (startsWithCapital && !/^\p{Lu}/u.test(text)) continue;
    if (pattern.test(text)) return rule;
  }
  return null;
}

/** The furniture blocks of an article, by index, with their evidence. */
export function findBoilerplate(blocks: readonly Block[]): Map<number, Evidence> {
  const found = new Map<number, Evidence>();
  blocks.forEach((block, i) => {
    const rule = matchBoilerplate(block, blocks.length - 1 - i);
    if (rule) found.set(i, { kind: 'boilerplate', rule });
  });
  return found;
}
