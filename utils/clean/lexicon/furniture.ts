/**
 * Phrases the furniture judgement (stages/furniture.ts) reads as evidence, per language where
 * they are words. Each pattern matches a WHOLE short block (anchored), after NFKC and whitespace
 * folding; none decides alone: each is one feature the judgement weighs with position and markup.
 */

/** What a photo credit is introduced by: "Photo:", "Фото:", "Crédit photo :", "图片来源：". */
const CREDIT_WORDS = [
  '(?:main |top |header |featured |lead )?(?:photo|image|picture|pic|illustration|photograph)s?(?: credits?| by| courtesy(?: of)?| source)?',
  'credits?',
  'courtesy(?: of)?',
  'foto(?:s|grafie|grafía|grafia)?(?: credit| di| de| von)?',
  'bild(?:er|quelle)?',
  'crédits? photos?',
  'crédito',
  'créditos?',
  'crediti',
  'фото(?:графия)?',
  'иллюстрация',
  '图片来源',
  '图片',
  '图',
  '写真',
  '画像',
  '사진',
].join('|');

/** Agencies and picture libraries that sign credits: generic words a credit line ends with. */
const AGENCY =
  '(?:getty(?: images)?|ap(?: photo)?|afp|reuters|epa|dpa|pa(?: wire| images)?|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|depositphotos|adobe stock|bloomberg|xinhua|ansa|efe|anadolu|tass|ria novosti|imago|picture alliance|sipa|zuma|abaca|wikimedia commons|pixabay|flickr)';

/**
 * A line that is only a credit: "Photo: Jane Doe", "(Image credit: Jane Doe/Agency)",
 * "Фото: личный архив", "Getty Images", "Jane Doe / AFP". A caption with its own words before
 * the credit is not this (see CAPTION_WITH_CREDIT).
 */
export const CREDIT_ONLY = new RegExp(
  `^[([]?\\s*(?:(?:${CREDIT_WORDS})(?:\\s*[:：/|©]|\\s+[-–—])\\s*[^.!?。！？]{1,80}|©\\s*[^.!?。！？]{1,80}|(?:[\\p{L}.'’-]+ ){0,4}[\\p{L}.'’-]*\\s*[/|]\\s*${AGENCY}(?:\\s*[/|]\\s*[^.!?]{1,40})?|${AGENCY}(?: via [^.!?]{1,40})?(?:\\s*[/|]\\s*[^.!?]{1,60})?|[([](?:${CREDIT_WORDS})[)\\]]|личный архив|архив|personal archive|archivo personal|archivio privato|privatarchiv|archives? personnelles?)\\s*[)\\]]?\\.?$`,
  'iu',
);

/**
 * A caption whose picture the page dropped, signed with a credit at its end: "Jane Doe at the
 * launch | Agency | Getty Images", "The harbour at dawn. Photo: Jane Doe", "… (Image: Agency)".
 */
export const CAPTION_WITH_CREDIT = new RegExp(
  `^.{8,300}?(?:\\s[|/]\\s*(?:[^|/]{1,40}\\s*[|/]\\s*)?${AGENCY}|[.!?)]\\s*(?:${CREDIT_WORDS})\\s*[:：]\\s*[^.!?]{2,80}|(?:[.!?]|\\s[|])\\s*(?:photo|image|picture|illustration)s?(?: taken)? by:?\\s+[^.!?]{2,60}|\\s*[([](?:${CREDIT_WORDS})\\s*[:/]\\s*[^()[\\]]{2,60}[)\\]])\\.?$`,
  'iu',
);

/** "Advertisement" and its kin, alone in a block, in the languages the pages come in. */
export const AD_LABEL =
  /^[-–—\s[(]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| by .{1,40})?|paid (?:content|post|partnership)|promoted(?: content)?|partner content|in partnership with(?: [^.!?]{1,40})?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|реклама)\s*[-–—:|]\s*(?:continue reading|story continues|article continues|scroll to continue)(?: below)?(?: with content)?|anzeige|werbung|publicité|pub|publicidad|anuncio|pubblicità|publicidade|reclame|advertentie|annonce|annons|reklame|reklam|reklama|mainos|hirdetés|διαφήμιση|iklan|реклама|рекламa|партнерский материал|広告|广告|廣告|광고|إعلان|פרסומת|विज्ञापन|quảng cáo|โฆษณา)[-–—\s\])]*$/iu;

/** Words of the page's own machinery, printed where a widget failed to load or for screen readers. */
export const UI_TEXT =
  /^(?:skip to (?:main )?(?:content|navigation|article)|skip to main|skip (?:ad|advertisement)|jump to (?:content|navigation|recipe)|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto|перейти к содержанию|this (?:slideshow|gallery|video|content|embed) requires javascript\.?|(?:please )?(?:enable|turn on) javascript.{0,60}|loading(?: \p{L}+)?\s*(?:\.\.\.|…)?|(?:read|see|show|load|view) more|continue reading|mehr lesen|weiterlesen|lire la suite|leer más|leggi (?:di più|tutto)|ler mais|читать (?:далее|полностью)|\(?(?:go |back )?(?:to )?(?:top|up)\)?|click (?:to|here to) (?:enlarge|expand|play|view (?:gallery|slideshow))|(?:view|open|launch|see) (?:the )?(?:gallery|slideshow|photos?)(?: \(\d+\))?|(?:back to )?top|print(?: this (?:article|page))?|listen to (?:this )?(?:article|story)(?:\s*\d+ min)?|(?:[^|·•]{1,60}\s[|·•]\s*)?(?:\d+ )?min(?:ute)?s? read|what do you think\??|be the first to (?:comment|reply|review)|(?:leave|post|add|write) a (?:comment|reply|review)|no (?:comments|responses|replies)(?: yet)?|(?:don['’]t|do not) have an account(?: yet)?\?(?: [^.!?]{1,40}[.!]?)?|(?:already have an account\? )?(?:log ?in|sign ?in)(?:\s*[/|]\s*(?:join|register|sign up))?|page \d+ of \d+|(?:return|back) to (?:all )?(?:articles|posts|blog|news|stories)|this (?:article|story|post|content) is (?:exclusive|only available|available only) (?:to|for) .{1,40}(?:subscribers|members)|would you like to receive (?:push )?notifications.{0,40}|add (?:us )?as a preferred source(?: on google)?|open in app|text to speech|publish(?:ed)? (?:date|on)|(?:image|photo|picture|slide) \d+ (?:of|\/)\s*\/?\s*\d*|close|caption|(?:kommentar (?:schreiben|hinterlassen)|laisser un commentaire|ajouter un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentário|(?:добавить|оставить) (?:отзыв|комментарий))|press enter or click to view image in full size|remember me(?: for faster sign in)?|button text|this is some text inside of a div block\.?|no items found\.?|(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+.{0,12})$/iu;

/** A view or reader counter: "3,409 views", "3.409 letture", "1 234 просмотра", "阅读 2345". */
export const VIEW_COUNTER =
  /^(?:[\d.,\s ]+\s*(?:views?|reads?|letture|visualizzazioni|aufrufe|vues|lectures|visitas|lecturas|visualizações|просмотр(?:ов|а)?|прочтени[йяе]|次阅读|阅读|閱讀|回閲覧)|(?:views?|aufrufe|vues|visitas|просмотров|阅读|閱讀)\s*[:：]?\s*[\d.,\s ]+)$/iu;

/** A counter's word printed as its own line under the number: "letture", "views". */
export const COUNTER_WORD =
  /^(?:views?|reads?|shares?|letture|visualizzazioni|aufrufe|vues|lectures|visitas|lecturas|visualizações|просмотр(?:ов|а)?|прочтени[йяе]|阅读|閱讀)$/iu;

/** "Related post: <headline>" printed as a heading or a link line. */
export const RELATED_PREFIX =
  /^(?:related(?: (?:post|article|story|reading|read|video|content))?s?|see also|read (?:also|more|next)|also read|more reading|lire aussi|à lire aussi|lesen sie auch|auch interessant|you (?:may|might) (?:also )?like|leia também|veja também|lee también|lea también|leggi anche|читайте также|смотрите также|相关阅读|延伸阅读|関連記事)\s*[:：|»›>-]\s*.{3,160}$/iu;

/**
 * A label alone over a list of the site's other posts, as the page prints it when the list itself
 * is gone or was kept: "Other posts you may enjoy", "What others are reading", "Our guides". Read
 * only outside the story (stages/furniture.ts): inside it such a heading may open a section.
 */
export const RELATED_HEADING =
  /^(?:you (?:may|might|will) (?:also )?(?:like|enjoy|love|be interested in)(?: (?:these|this|the following|some of (?:my|our) other)(?: [\p{L}-]+){0,3})?(?: as well)?|(?:other|more) (?:[\p{L}"“”'-]+ ){0,3}(?:posts|articles|stories|recipes|guides|reads) you (?:may|might|will) (?:also )?(?:like|enjoy|love)|what (?:others|other readers|people) are reading(?: now)?|(?:good|great|more) (?:articles|posts|stories) to read(?: together| next)?|(?:our|more|all) (?:guides|recent posts)|recent (?:posts|articles|stories)|(?:editor )?recommends|more ["“][^"”]{1,40}["”] (?:posts|articles|stories)|explore (?:other|more) [^.!?]{1,50}(?:topics|articles|posts|resources|guides|stories)|weitere (?:beiträge|artikel)(?: zum thema)?|ähnliche beiträge|articles (?:récents|similaires)|(?:entradas|artículos) (?:recientes|relacionad[oa]s)|articoli recenti|posts? (?:recentes|relacionados))\s*[.:!…]*$/iu;

/** Raw shortcodes a page's editor left unrendered: "[button link=…]", "[/caption]". */
export const SHORTCODE =
  /^(?:\[[a-z][\w-]*\s[^\]]{0,200}=[^\]]{0,200}\]|\[[a-z][\w-]*\][^[\]]{0,120}\[\/[a-z][\w-]*\]|\[\/[a-z][\w-]*\])(?:\s*(?:\[\/?[a-z][\w-]*(?:\s[^\]]{0,200})?\]|[^[\]]{1,120}))*$/iu;

/** A cookie or consent notice. */
export const COOKIE_NOTICE =
  /^.{0,80}\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|by (?:continuing to use|using) (?:this|our) (?:web)?site,? you (?:agree|accept|consent)|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|wir verwenden cookies|diese website (?:verwendet|nutzt) cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies|utilizziamo (?:i )?cookie|questo sito utilizza (?:i )?cookie|usamos cookies|мы используем (?:файлы )?cookie|сайт использует (?:файлы )?cookie)\b.{0,300}$/iu;

/** What a cookie notice asks of the reader besides naming cookies: to agree, or to see the policy. */
export const COOKIE_CONSENT =
  /\b(?:accept|agree|consent|continu(?:e|ing) to (?:use|browse)|privacy|policy|settings|preferences|learn more|zustimm|stimmen sie|einverstanden|nutzung|datenschutz|einstellungen|accept(?:ez|er)|consent(?:ez|ement)|poursuivant|confidentialité|paramètres|acept(?:a|ar|as)|consiente|privacidad|configuración|accett(?:a|i)|consenso|informativa|concord(?:a|ar)|privacidade|согла[сш]|конфиденциальност|настройк)/iu;

/**
 * An affiliate or advertiser disclosure, the site's note on how it earns from the page, or its
 * disclaimer of the views printed ("… are not necessarily those of …") or of what a comment form
 * collects ("By posting a comment, you consent …").
 */
export const DISCLOSURE =
  /\b(?:affiliate (?:links?|commissions?|partners?)|(?:earn|earns|earned) from qualifying purchases|views (?:and opinions )?expressed (?:\S+ ){0,6}(?:are|do) not necessarily|(?:by|when) (?:posting|submitting|leaving) (?:a|your) comment,? you (?:consent|agree)|(?:may|might|could) (?:earn|receive|get) (?:us )?(?:a )?(?:small )?(?:commission|compensation|fee)|advertiser disclosure|(?:earn|receive) (?:a )?(?:small )?commission|at no (?:extra|additional) cost to you|independently (?:selected|chosen|reviewed)|enthält (?:affiliate|werbe|provisions)-?links|provisionslinks?|liens? (?:affiliés|sponsorisés)|enlaces? (?:de afiliados?|afiliados)|link (?:di )?affiliazione|links? (?:de )?afiliados?|партн[её]рск(?:ие|ая) ссылк)/iu;

/** A date alone in its block: "Jul 31, 2024", "12 March 2025", "Updated". */
export const DATE_ONLY =
  /^(?:(?:updated|published|posted|last updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|обновлено)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|déc|ene|abr|ago|dic|genn|magg|giugno|luglio|sett|ott)[\p{L}.]*,?(?:\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[|·•])?$|^(?:updated|published|posted|publish(?:ed)? date|aktualisiert)$/iu;

/** An e-mail address or a social profile alone on its line, the writer's contact after the story. */
export const BARE_CONTACT =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky)\.(?:com|app|net)\/[\w.@/-]+)$/iu;

/** "Have a tip? … can be reached at …", "Jane Doe may be reached at jane@…": a contact note, not the story. */
export const CONTACT_NOTE =
  /^(?:(?:have|got) a (?:news )?tip\b.{0,200}|.{0,80}\b(?:may|can) be reached (?:at|by|via|on)\b.{0,160}|(?:contact|email|e-mail|write to) (?:the )?(?:author|reporter|writer|us)\b.{0,120}|.{0,60}\bsend (?:us )?(?:your )?(?:news )?tips? to\b.{0,120})$/iu;

/** A copyright line in the languages the pages come in (the English one is a boilerplate rule too). */
export const COPYRIGHT_LINE =
  /^(?:\s*(?:©|ⓒ|\(c\)\s*\d{4}|copyright\b|저작권자?|版权|版權|著作権)|.{0,120}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены)|.{0,120}(?:版权所有|版權所有|無断転載|무단전재)).{0,200}$/iu;

/** A site's path: "Home › News › World", "Startseite / Politik". */
export const BREADCRUMB =
  /^(?:home|start|startseite|accueil|inicio|início|главная|首页|ホーム|홈)\s*(?:[>›»/|→]\s*[^>›»/|→]{1,60}){1,6}$/iu;

/** A call to action, as short imperative furniture: "Get started today", "Contact us", "Shop now". */
export const CALL_TO_ACTION =
  /^(?:ready to [^?]{1,60}\?(?:\s+[^.!?]{1,60}[.!]?)?|(?:(?:get|start) (?:started|your free trial|a (?:free )?(?:quote|demo))|try (?:it|us|.{1,20}) (?:now|today|for free|free)(?: here)?|(?:contact|call|email) us(?: today| now)?|get in touch(?: with us)?|take the next step|questions\? (?:we(?:'re|’re| are) here to help|contact us|get in touch)|pin (?:this |it )?for later|stay connected(?: with (?:me|us))?|(?:talk|speak) to (?:a|an|our) .{1,40}|(?:shop|buy|order|book|download|subscribe|sign up|register|join|apply|learn|discover|find out|see|view|check) (?:now|today|here|more|it out|the deals?|deals|prices?|offers?|all)|(?:compare|find|see|check) (?:the )?(?:[\p{L}-]+ ){0,2}(?:deals?|prices?|offers?|quotes?)(?: .{1,60})?|(?:request|book|schedule) (?:a |your )?(?:free )?(?:demo|consultation|call|quote)|get (?:a |your )(?:free |personali[sz]ed |custom )?(?:quote|demo|plan|estimate|consultation)\b(?: [^.!?]{1,40})?|join (?:the|our) [^.!?]{1,40} (?:community|club)|jetzt (?:kaufen|bestellen|buchen|testen|anmelden)|mehr erfahren|en savoir plus|découvrir|saber más|más información|scopri di più|saiba mais|подробнее|узнать больше)\b(?:\s+\S+){0,3}?[.!]?)$/iu;

/** A shop button's label alone: "Buy Poster", "See List". A title that opens with the same verb has more words ("See You Yesterday"). */
export const BUTTON_LABEL =
  /^(?:(?:buy|shop|download) (?:the |a )?[\p{L}-]{2,20}|(?:see|view) (?:the )?(?:list|all|details|gallery|photos|menu|map|prices|deals|offers|poster))[.!]?$/iu;

/** "About the author", "Über den Autor", "Media contact": the heading of a note about who wrote or issued the text. */
export const ABOUT_HEADING =
  /^(?:about (?:the )?(?:authors?|writer|contributors?|us)|über (?:den autor|die autorin|uns)|à propos de l'auteur|sobre (?:el|la|o|a) autora?|l'autore|об авторе|关于作者|media contacts?|press contacts?|for (?:more information|further information|media inquiries)\b.{0,40})\s*:?$/iu;

/** "About Northwind Labs" at a press release's end: "About" and a capitalised name of a few words. */
export const ABOUT_NAME =
  /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:[\p{Lu}&][\p{L}\p{N}&.'’-]*|of|and|for|the)){0,5}\s*:?$/u;

/**
 * The issuer's profile that closes a press release when it has no "About …" heading: "Northwind
 * Labs is a global provider of …", "Northwind (NWL) is the leading maker of …". The name is
 * captured: the section is the issuer's only if the release named it before.
 */
export const COMPANY_PROFILE =
  /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:[\p{Lu}&][\p{L}\p{N}&.'’-]*|of|and|for)){0,4})(?:,? (?:Inc|Ltd|LLC|plc|AG|SA|GmbH|Corp)\.?,?)?(?: \([^()]{1,40}\))? (?:is|are) (?:a|an|the|one of the) (?:[\p{L}-]+,? ){0,6}(?:provider|company|leader|manufacturer|developer|maker|supplier|firm|group|organi[sz]ation|platform|operator|specialist|producer|agency|consultancy|distributor|retailer|publisher)s?\b/u;

/**
 * A promotion of the site's own services, in the reader's second person or the imperative: a
 * newsletter, a subscription, an app, a feed to follow ("Sign up for our newsletter", "Follow
 * AP's full coverage at …", "Abonnez-vous"). Not anchored: it is one phrase in a short block.
 */
export const PROMO =
  /(?:\bsign up (?:for|to|here|now|today)\b|\b(?:get|unlock) (?:access to )?exclusive (?:benefits|content|offers|perks|deals|discounts)\b|\b\d[\d,]* in free credits\b|^follow [^.!?]{2,40}$|\bfunded by (?:readers|listeners|viewers|members|supporters) like you\b|\bleave a (?:star )?(?:rating|review)\b|\bjoin (?:the|my|our) (?:facebook|discord|slack|telegram|whatsapp) (?:group|community|server|channel)\b|\bhelp (?:me|us) spread the word\b|\bsubscribe (?:to|now|today|here|for)\b|\b(?:our|free|daily|weekly) (?:\p{L}+ )?newsletter\b|\b(?:to|in) your inbox\b|\bjoin (?:our|us)\b|\bjoin \p{L}+ for free\b|\bsponsor (?:this|our) (?:newsletter|podcast|blog|site)\b|^share [^.!?]{1,40} newsletter$|\bfollow (?:us|our)\b|\bfull coverage (?:of|at)\b|\bdownload (?:our|the) (?:free )?app\b|\blisten (?:live|back)\b|\b(?:become|join as) a (?:member|subscriber|supporter)\b|\bsupport (?:our|independent) journalism\b|\bjetzt abonnieren\b|\bfolgen sie uns\b|\bmelden sie sich (?:hier |jetzt )?(?:für|zum) (?:unseren )?newsletter\b|\babonnez-vous\b|\binscrivez-vous\b|\bsuivez-nous\b|\bsuscr[íi]bete\b|\bs[íi]guenos\b|\biscriviti\b|\bseguici\b|\binscreva-se\b|\bsiga-nos\b|подпишитесь|подписывайтесь|订阅我们|关注我们)/iu;

/**
 * The site asking, in its own voice, at the length of a paragraph: "Join our forums to keep
 * talking …", "If you enjoyed this article, … join …", "Sign up for the free daily newsletter."
 * Read only before or after the story: such a paragraph never starts or carries it.
 */
export const PROMO_PROSE =
  /\b(?:join our (?:\p{L}+ ){0,2}(?:forums?|community|newsletter|mailing list)|follow us on|subscribe to our|(?:sign up|subscribe) (?:for|to)\b[^.!?]{0,60}\bnewsletter|if you (?:enjoyed|liked) this (?:article|story|post|interview|episode)\b.{0,80}\b(?:join|subscrib|support|sign up|donat)|\bunlock up to \d+% off\b)/iu;

/** A newsletter's own prompt, furniture wherever it stands when it is a line of its own: "Sign up for The Replay newsletter". */
export const NEWSLETTER_PROMPT =
  /\b(?:sign up|subscribe|sponsor)\b[^.!?]{0,40}\bnewsletters?\b|\bnewsletters?\b[^.!?]{0,20}\b(?:sign[- ]?up|subscribe)\b|\bfunded by (?:readers|listeners|viewers|members|supporters) like you\b|\bhelp (?:me|us) spread the word\b|^[-–—_\s]*share your (?:story|experience|tips?)\b|\b\d[\d,]* in free credits\b/iu;

/** Who reported, wrote or edited, as a line of its own: "Reporting by …; Editing by …", "… contributed to this report." */
export const CONTRIBUTORS =
  /^(?:.{0,240}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?|(?:additional )?reporting by\b.{0,240}|(?:writing|editing|edited|compiled) by\b.{0,160}|with (?:additional )?reporting (?:by|from)\b.{0,200}|mit material (?:von|der)\b.{0,120}|con (?:información|informaciones) de\b.{0,120}|avec (?:l['’])?(?:afp|ap|reuters|agences?)\.?)$/iu;

/** "Written by Jane Doe" as a line of its own after the story (before it, it is the byline the header shows). */
export const WRITTEN_BY = /^(?:[Ww]ritten|[Pp]osted) by\s+\p{Lu}[^.!?]{1,60}$/u;
