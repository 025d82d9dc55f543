import { describe, expect, test } from 'vitest';
import { matchReadAlso, matchRelatedLabel } from '../../utils/clean/stages/related';
import type { Block, Run } from '../../utils/clean/types';

describe('matchRelatedLabel', () => {
  test.each([
    ['You may also like', 'en'],
    ['You might also like:', 'en'],
    ['Related stories', 'en'],
    ['RELATED', 'en'],
    ['Read more:', 'en'],
    ['More from Business', 'en'],
    ['More games news:', 'en'],
    ['More stories from The Daily', 'en'],
    ['Trending now', 'en'],
    ['Recommended for you', 'en'],
    ['Most read', 'en'],
    ["Editor's picks", 'en'],
    ['Das könnte Sie auch interessieren', 'de'],
    ['Mehr zum Thema', 'de'],
    ['Mehr zum Thema Ukraine', 'de'],
    ['Lesen Sie auch', 'de'],
    ['À lire aussi', 'fr'],
    ['A lire aussi', 'fr'],
    ['Vous aimerez aussi', 'fr'],
    ['Sur le même sujet', 'fr'],
    ['También te puede interesar', 'es'],
    ['Noticias relacionadas', 'es'],
    ['Lo más leído', 'es'],
    ['Leggi anche', 'it'],
    ['Articoli correlati', 'it'],
    ['Leia também', 'pt'],
    ['Notícias relacionadas', 'pt'],
    ['Читайте также', 'ru'],
    ['По теме', 'ru'],
    ['相关阅读', 'zh'],
    ['猜你喜欢', 'zh'],
    ['相關新聞', 'zh'],
    ['関連記事', 'ja'],
    ['あわせて読みたい', 'ja'],
  ])('%s is a %s recommendation label', (text, lang) => {
    expect(matchRelatedLabel(text)?.lang).toBe(lang);
  });

  test.each([
    'You may also like to know that the council met on Tuesday.',
    'Related to this, officials said the plan would change.',
    'Most readers agreed with the decision',
    'Read more about the methodology below',
    'More than 20 leaders attended',
    'See also',
    'Further reading',
    'Key points',
    'Contents',
    'Trending downward: the economy in 2025',
    'Das könnte Sie auch interessieren, sagte der Minister am Montag vor Journalisten.',
    'Читайте также наш обзор рынка, который мы опубликовали вчера утром для подписчиков',
    '相关部门表示将加强监管',
  ])('%s is not a recommendation label', (text) => {
    expect(matchRelatedLabel(text)).toBeNull();
  });
});

function paragraph(...runs: Run[]): Block {
  return { id: 'b0', index: 0, kind: 'paragraph', text: runs.map((r) => r.text).join(''), runs, figures: [] };
}
const link = (text: string): Run => ({ text, href: 'https://news.example.com/story' });

describe('matchReadAlso', () => {
  test.each([
    [paragraph({ text: 'Read also: ' }, link('Markets slide as oil prices jump'))],
    [paragraph({ text: 'READ MORE | ' }, link('The bank that bet on crypto and lost'))],
    [paragraph({ text: 'Related: ' }, link('How the ceasefire talks collapsed'))],
    [paragraph({ text: 'Lesen Sie auch: ', emphasis: 'strong' }, link('Die Inflation steigt wieder'))],
    [paragraph({ text: 'À lire aussi : ' }, link('Le gouvernement présente son budget'))],
    [paragraph({ text: 'Читайте также: ' }, link('Центробанк сохранил ставку'))],
    [paragraph({ text: '相关阅读：' }, link('央行宣布降准'))],
  ])('%# is a "read also" line', (block) => {
    expect(matchReadAlso(block)).not.toBeNull();
  });

  test.each([
    [paragraph({ text: 'Read also the fine print before you sign anything, the regulator warned.' })],
    [paragraph({ text: 'Related: the council said it would review the plan next year and report back.' })],
    [
      paragraph({ text: 'Related ' }, { text: 'issues were raised at the meeting, including ' }, link('the budget'), {
        text: ' and staffing.',
      }),
    ],
    [paragraph({ text: 'Watch: the minister spoke for more than an hour without notes and took no questions.' })],
  ])('%# is prose, not a "read also" line', (block) => {
    expect(matchReadAlso(block)).toBeNull();
  });
});
