/** The WCXB section of bench/RESULTS.md and its console summary lines. */
import { availableParallelism } from 'node:os';
import { CONTENDERS, CONTENDER_NAMES, type Contender } from './aeb';
import { shorten } from './text';
import type { WcxbDecisionRow, WcxbResult } from './wcxb';
import type { WcxbPageResult } from './wcxb-page';
import type { WcxbScores } from './wcxb-metric';

/** Page types a reader mode should decline (issue 9): at least this share refused. */
const NON_ARTICLE_TYPES = ['product', 'collection', 'listing', 'service', 'forum'];
const GOAL_ARTICLES_ACCEPTED = 0.99;
const GOAL_OTHERS_REFUSED = 0.9;
const TOP_PAGES = 15;
const FAILURES_LISTED = 30;

const f3 = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(3));
const pct = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '–' : `${(100 * n).toFixed(1)}%`);
const share = (n: number, of: number): string => (of ? `${pct(n / of)} (${n}/${of})` : '–');
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fpr = (s: WcxbScores | undefined): string => (s ? `${f3(s.f1)} / ${f3(s.precision)} / ${f3(s.recall)}` : '–');

const SHORT_NAMES: Record<Contender, string> = {
  'readability-text': 'Readability text',
  'readability-blocks': 'Readability blocks',
  defuddle: 'Defuddle',
  sift: 'Sift',
};

function rowsByType(res: WcxbResult, render: (scores: Partial<Record<Contender, WcxbScores>>) => string[]): string[] {
  const rows = [`| all | ${res.pages.length} | ${render(res.overall).join(' | ')} |`];
  for (const type of res.types)
    rows.push(
      `| ${type} | ${res.pages.filter((p) => p.type === type).length} | ${render(res.byType[type]).join(' | ')} |`,
    );
  return rows;
}

function decisionTable(res: WcxbResult): string[] {
  const hasOwn = res.decision.some((d) => d.siftIsArticle !== null);
  const out = [
    `| type | pages | \`isProbablyReaderable\` accepts | Sift \`readerable\` | Sift cleans (no \`no-article\`) |${hasOwn ? ' Sift `isArticle` |' : ''} goal |`,
    `| --- | --- | --- | --- | --- |${hasOwn ? ' --- |' : ''} --- |`,
  ];
  const goalOf = (d: WcxbDecisionRow): string => {
    if (d.type === 'article') return `accept ≥ ${pct(GOAL_ARTICLES_ACCEPTED)}`;
    if (NON_ARTICLE_TYPES.includes(d.type)) return `refuse ≥ ${pct(GOAL_OTHERS_REFUSED)}`;
    return '–';
  };
  for (const d of res.decision)
    out.push(
      `| ${d.type} | ${d.pages} | ${share(d.readerable, d.pages)} | ${share(d.siftReaderable, d.pages)} | ${share(d.siftCleaned, d.pages)} |${hasOwn ? ` ${d.siftIsArticle === null ? '–' : share(d.siftIsArticle, d.pages)} |` : ''} ${goalOf(d)} |`,
    );
  // The two-by-two view: articles against the five types a reader mode should decline.
  const articles = res.decision.filter((d) => d.type === 'article');
  const others = res.decision.filter((d) => NON_ARTICLE_TYPES.includes(d.type));
  const sum = (rows: WcxbDecisionRow[], pick: (d: WcxbDecisionRow) => number) => rows.reduce((n, d) => n + pick(d), 0);
  const nA = sum(articles, (d) => d.pages);
  const nO = sum(others, (d) => d.pages);
  out.push(
    '',
    '| decision | article pages accepted (of ' +
      `${nA}) | article pages refused | non-article pages accepted (of ${nO}) | non-article pages refused |`,
    '| --- | --- | --- | --- | --- |',
  );
  const pair = (name: string, pick: (d: WcxbDecisionRow) => number) => {
    const a = sum(articles, pick);
    const o = sum(others, pick);
    out.push(`| ${name} | ${share(a, nA)} | ${nA - a} | ${share(o, nO)} | ${share(nO - o, nO)} |`);
  };
  pair('`isProbablyReaderable`', (d) => d.readerable);
  pair('Sift `readerable`', (d) => d.siftReaderable);
  pair('Sift cleans', (d) => d.siftCleaned);
  if (hasOwn) pair('Sift `isArticle`', (d) => d.siftIsArticle ?? 0);
  return out;
}

const delta = (p: WcxbPageResult): number | null =>
  p.scores.sift && p.scores['readability-blocks'] ? p.scores.sift.f1 - p.scores['readability-blocks'].f1 : null;

function worstArticles(res: WcxbResult): string[] {
  const ranked = res.pages
    .filter((p) => p.type === 'article' && delta(p) !== null && delta(p)! < 0)
    .sort((a, b) => delta(a)! - delta(b)!)
    .slice(0, TOP_PAGES);
  if (!ranked.length) return [];
  const out = [
    '',
    `### The ${ranked.length} article pages where Sift loses most against Readability (blocks joined)`,
    '',
    `Truth tokens Sift lacks that Readability had ("lost"), and Sift's tokens the truth lacks ("junk"); every page's details are in \`bench/.cache/${res.dumpFile.split('/').pop()}\`.`,
    '',
    '| page | url | ΔF1 | Readability P / R | Sift P / R | lost | junk | Sift error |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const p of ranked) {
    const r = p.scores['readability-blocks']!;
    const s = p.scores.sift!;
    const rt = p.tokens['readability-blocks'];
    const st = p.tokens.sift;
    const lost = rt && st ? Math.max(0, rt.matched - st.matched) : 0;
    const junk = st ? st.predicted - st.matched : 0;
    out.push(
      `| ${p.id} | ${cell(shorten(p.url, 60))} | ${delta(p)!.toFixed(3)} | ${f3(r.precision)} / ${f3(r.recall)} | ${f3(s.precision)} / ${f3(s.recall)} | ${lost} | ${junk} | ${p.sift?.errorCode ?? ''} |`,
    );
  }
  const losing = res.pages.filter((p) => p.type === 'article' && delta(p)! < 0).length;
  const gaining = res.pages.filter((p) => p.type === 'article' && delta(p)! > 0).length;
  out.push('', `On article pages Sift's F1 is below Readability's on ${losing} pages and above it on ${gaining}.`);
  return out;
}

export function wcxbSection(res: WcxbResult): string[] {
  const counts = res.types.map((t) => `${t} ${res.pages.filter((p) => p.type === t).length}`).join(', ');
  const out = ['## 6. Web Content eXtraction Benchmark (`wcxb/dev`)', ''];
  out.push(
    `${res.pages.length} pages (${counts}), scored with WCXB's own \`evaluate.py\` metric: word-level precision, recall and F1 over the multisets of ` +
      "lower-cased `\\w+` tokens, each a plain mean over pages (F1 is the mean of the pages' F1), checked against the script itself " +
      '(`tests/bench/wcxb-metric.test.ts` runs it). Every page is parsed on its own (linkedom) in one of ' +
      `${res.jobs} worker processes; a page that crashes or times out scores as empty for every contender.`,
    'Published dev F1 (their harness), all types / articles: rs-trafilatura 0.859 / 0.932, MinerU-HTML 0.827 / 0.928, ' +
      'Trafilatura 0.791 / 0.926, dom-smoothie 0.762 / 0.908, Readability 0.675 / 0.825.',
    '',
    `Contenders: ${CONTENDERS.map((c) => `**${SHORT_NAMES[c]}** = ${CONTENDER_NAMES[c]}`).join('; ')}.`,
    '',
    '### Word F1 / precision / recall by page type',
    '',
    `| type | pages | ${CONTENDERS.map((c) => SHORT_NAMES[c]).join(' | ')} |`,
    `| --- | --- | ${CONTENDERS.map(() => '---').join(' | ')} |`,
    ...rowsByType(res, (s) => CONTENDERS.map((c) => fpr(s[c]))),
  );
  const noWithout = res.pages.filter((p) => p.snippets.without === 0).length;
  out.push(
    '',
    '### Snippets: `with` found (higher is better) · `without` present (lower is better)',
    '',
    `| type | pages | ${CONTENDERS.map((c) => `${SHORT_NAMES[c]} with`).join(' | ')} | ${CONTENDERS.map((c) => `${SHORT_NAMES[c]} without`).join(' | ')} |`,
    `| --- | --- | ${[...CONTENDERS, ...CONTENDERS].map(() => '---').join(' | ')} |`,
    ...rowsByType(res, (s) => [
      ...CONTENDERS.map((c) => pct(s[c]?.withRate)),
      ...CONTENDERS.map((c) => pct(s[c]?.withoutRate)),
    ]),
    '',
    `As in \`evaluate.py\`, a page with no snippets of a kind scores 1 for it: ${noWithout} page(s) here have no \`without\` snippet, ` +
      'so each counts as "all boilerplate present" whatever the extraction.',
    '',
    '### Article decision by page type',
    '',
    "Readability's `isProbablyReaderable` on the page as loaded; Sift's `readerable` from `clean()`'s result (the same call; a page `clean()` refuses counts as not readerable); " +
      "Sift's `isArticle`, its own decision (`stages/article-decision.ts`, weights fitted on these dev pages and AEB dev by `scripts/train-article-decision.ts`, so this is a training-set figure: the script prints the held-out one, fits on half the sites judging the other half), a page `clean()` refuses counting as no. " +
      'Goal (issue 9): ≥ 99% of articles accepted, ≥ 90% of product, collection, listing, service and forum pages refused; documentation has no goal.',
    '',
    ...decisionTable(res),
  );
  out.push(
    '',
    `Time: ${res.wallS.toFixed(0)} s wall with ${res.jobs} workers (load average ${res.load[0].toFixed(1)} at the start, ${res.load[1].toFixed(1)} at the end, on ${availableParallelism()} cores); ` +
      `CPU summed over pages, each parse included: Readability ${res.cpuS.readability.toFixed(0)} s, Defuddle ${res.cpuS.defuddle.toFixed(0)} s, Sift ${res.cpuS.sift.toFixed(0)} s.`,
  );
  if (res.reusedBaselines)
    out.push(
      '',
      `Readability and Defuddle outputs for ${res.reusedBaselines} pages were reused from the cache (\`--reuse-baselines\`).`,
    );
  if (res.siftNotice) out.push('', `**${res.siftNotice}**`);
  const failures = res.pages.flatMap((p) =>
    Object.entries(p.errors)
      .filter(([c, e]) => !(c === 'sift' && /no-article|empty-page/.test(e ?? '')))
      .map(([c, e]) => `- ${p.id} (${p.type}) ${c}: ${cell(e!)}`),
  );
  const refused = res.pages.filter((p) => p.sift?.errorCode === 'no-article' || p.sift?.errorCode === 'empty-page');
  out.push(
    '',
    `Sift refused ${refused.length} pages (\`no-article\` / \`empty-page\`; scored as empty). Other failures (each an empty prediction): ${failures.length}.`,
  );
  if (failures.length) {
    out.push('', ...failures.slice(0, FAILURES_LISTED));
    if (failures.length > FAILURES_LISTED) out.push(`- … ${failures.length - FAILURES_LISTED} more`);
  }
  out.push(...worstArticles(res));
  return out;
}

export function wcxbSummary(res: WcxbResult): string[] {
  const lines = [
    `WCXB (${res.pages.length} pages, ${res.wallS.toFixed(0)} s; CPU s: Readability ${res.cpuS.readability.toFixed(0)}, Defuddle ${res.cpuS.defuddle.toFixed(0)}, Sift ${res.cpuS.sift.toFixed(0)})`,
    'contender            F1 all  F1 article  without(article)',
  ];
  for (const c of CONTENDERS) {
    const all = res.overall[c];
    const art = res.byType.article?.[c];
    if (all) lines.push(`${c.padEnd(20)} ${f3(all.f1)}   ${f3(art?.f1)}       ${pct(art?.withoutRate)}`);
  }
  const art = res.decision.find((d) => d.type === 'article');
  const others = res.decision.filter((d) => NON_ARTICLE_TYPES.includes(d.type));
  const n = others.reduce((s, d) => s + d.pages, 0);
  const accepted = others.reduce((s, d) => s + d.readerable, 0);
  lines.push(
    `isProbablyReaderable: articles accepted ${art ? share(art.readerable, art.pages) : '–'}, non-articles refused ${share(n - accepted, n)}`,
  );
  if (art && art.siftIsArticle !== null) {
    const own = others.reduce((s, d) => s + (d.siftIsArticle ?? 0), 0);
    lines.push(
      `Sift isArticle:       articles accepted ${share(art.siftIsArticle, art.pages)}, non-articles refused ${share(n - own, n)}`,
    );
  }
  return lines;
}
