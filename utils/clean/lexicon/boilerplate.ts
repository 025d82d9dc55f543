import type { BoilerplateRule } from '../types';

/**
 * The site's own furniture, as patterns over a whole short block (anchored, so a sentence of
 * the story never matches). The stage in stages/boilerplate.ts decides where each may apply.
 */
export interface FurniturePattern {
  rule: BoilerplateRule;
  pattern: RegExp;
  /** Only among the last blocks of the article. */
  tailOnly?: boolean;
  /** The block starts with a capital (a name), whatever the pattern's case. */
  startsWithCapital?: boolean;
  /** A second pattern the block must also match. */
  requires?: RegExp;
  /** Match the lower-cased text: case-insensitive Unicode classes are slow to compile. */
  lowercase?: boolean;
}

/** "Advertisement" and its kin, alone in a block. */
export const ADVERT_LABELS =
  /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|广告|廣告|広告)$/iu;

export const BOILERPLATE_PATTERNS: readonly FurniturePattern[] = [
  { rule: 'advert', pattern: ADVERT_LABELS },
  {
    rule: 'subscribe',
    pattern:
      /^(?:sign up|subscribe|register (?:now|today|here|for (?:free|our|the|updates|alerts|a free)|to (?:receive|get|read|continue|comment))|get (?:our|the) .{0,40}newsletter|join (?:our|the) .{0,40}(?:newsletter|mailing list)|(?:want|like) (?:more|this|stories).{0,80}(?:inbox|newsletter)|(?:jetzt |newsletter )?abonnieren|abonnieren sie|melden sie sich .{0,40}newsletter|abonnez-vous|inscrivez-vous|suscr[íi]bete|suscr[íi]base|iscriviti|assine|inscreva-se|подпишитесь|订阅|訂閱)\b/iu,
  },
  {
    rule: 'promo',
    pattern:
      /^(?:click here (?:to )?(?:get|download|subscribe|sign up|follow|join|install|receive)\b.{0,80}|.{0,80}\bby clicking here|continue reading below|(?:get|download) (?:the|our) .{0,40}\bapp\b.{0,40})$/iu,
  },
  {
    rule: 'subscribe',
    pattern: /^.{0,120}\b(?:in|to|meet) your inbox\b.{0,80}$/iu,
    // An inbox alone is not a sign-up ("CVs in your inbox within a day"): it must offer mail to subscribe to.
    requires:
      /\b(?:newsletters?|subscri\w*|sign(?:ing)? up|(?:e-?mail|daily|weekly|morning|evening) (?:briefing|digest|edition|update)s?|delivered|straight to|direct(?:ly)? to|stories|news|headlines|updates|the latest)\b/iu,
  },
  {
    rule: 'subscribe',
    pattern: /^(?:get|receive) (?:breaking news |our |the latest )?(?:alerts|emails|updates)\b.{0,100}$/iu,
  },
  {
    rule: 'follow',
    pattern:
      /^(?:follow (?:us|@\w+|\w+ on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok))|like us on facebook|folgen sie uns|suivez-nous|s[íi]guenos|seguici|siga-nos|подписывайтесь на нас)\b/iu,
  },
  {
    // A row of share buttons read as text: "Whatsapp Facebook Pinterest".
    rule: 'share',
    pattern:
      /^(?:(?:share|compartilhar|teilen|partager|compartir)?[\s:|·•,]*(?:whatsapp|facebook|twitter|pint(?:erest)?|linkedin|e-?mail|sms|reddit|telegram|print|copy link|messenger|flipboard|baixar|imprimir|drucken|imprimer)\b[\s|·•,]*){2,}$/iu,
  },
  {
    rule: 'share',
    pattern:
      /^(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|linkedin|whatsapp|email))?|click to share.{0,40}|teilen|artikel teilen|partager(?: cet article)?|compartir|condividi|compartilhar|поделиться|分享)$/iu,
  },
  {
    // Only bracketed credits, the leftovers of an image the page dropped; a caption line such as
    // "Photo: Rory Baird" stays with its picture.
    rule: 'credit',
    pattern:
      /^[([](?:(?:(?:photo|image|picture|video|illustration|foto|bild|crédit photo)s?(?: credit)?|credits?|image copyright)\s*[:/|]\s*.{2,80}|(?:AP|AFP|Reuters|Getty|EPA|PA|dpa)(?: Photo| Images)?\s*\/\s*.{2,60})[)\]]$/iu,
  },
  // A caption whose picture the page dropped ("The plague wiped out half of Europe (Image: GETTY)")
  // is no longer removed here: the furniture stage keeps it as a caption block.
  { rule: 'credit', pattern: /^(?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|von|de|di|из|\/)\s+\d+$/iu },
  {
    // The page's own date line, which the header already gives.
    rule: 'dateline',
    pattern:
      /^[|\s]*(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|опубликовано|обновлено)\b(?!\s+(?:in|im|dans|en|su|no|в)\b)[\s:]*.{0,80}$/iu,
    // A date line carries a date or a time; "Updated police figures…" is a headline.
    requires: /\d|\bago\b/iu,
  },
  {
    rule: 'copyright',
    pattern:
      /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|this (?:document|material|article) (?:is subject to copyright|may not be)|citation:)/iu,
    tailOnly: true,
  },
  {
    rule: 'copyright',
    pattern:
      /^(?:this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)|originally published (?:on|in|at|by)\b)/iu,
    tailOnly: true,
  },
  {
    rule: 'tags',
    pattern:
      /^(?:tags?|topics?|filed under|related topics|schlagw[öo]rter|themen|mots-cl[ée]s|etiquetas|tag|теги|标签|タグ)\s*[:：]/iu,
  },
  {
    rule: 'comments',
    pattern:
      /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|have your say|kommentare|commentaires|comentarios|commenti|комментарии|评论|コメント)$/iu,
  },
  {
    rule: 'author',
    pattern:
      /^\p{L}[\p{L}.'’-]+(?: \p{L}[\p{L}.'’-]+){0,3} (?:is|was|has been) (?:a|an|the|our) (?:[\p{L}-]+ ){0,5}(?<!\b(?:code|text|html|image|photo|video|audio|pdf|markdown|wysiwyg|online|free|source|visual|music|sound|map|level|song|script) )(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|author|producer|critic|analyst)\b/u,
    tailOnly: true,
    startsWithCapital: true,
    lowercase: true,
  },
  {
    rule: 'author',
    pattern:
      /^\p{L}[\p{L}.'’-]+(?: \p{L}[\p{L}.'’-]+){0,3} (?:is|can be reached|can be found) on (?:twitter|x|facebook|instagram|mastodon|bluesky|threads)\b/u,
    tailOnly: true,
    startsWithCapital: true,
    lowercase: true,
  },
];
