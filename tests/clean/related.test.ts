import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../utils/clean/options';
import { related } from '../../utils/clean/stages/related';
import type { Block, BlockKind } from '../../utils/clean/types';

const options = resolveOptions();
let next = 0;
const block = (kind: BlockKind, text: string, href?: string): Block => {
  const index = next++;
  return { id: `b${index}`, index, kind, text, runs: [href ? { text, href } : { text }], figures: [] };
};
const story = () => [
  block(
    'paragraph',
    'The old stone bridge over the river reopened to traffic on Monday, two years after engineers closed it when cracks were found in two of its arches.',
  ),
  block(
    'paragraph',
    'The repairs replaced the crumbling mortar of the bridge and strengthened the arches with steel ties hidden inside the stonework of the river crossing.',
  ),
  block(
    'paragraph',
    'Shopkeepers on both banks of the river said the bridge closure had cost them customers, because drivers faced a long detour to reach the town.',
  ),
];

describe('related: unlabelled cards at the end', () => {
  test('headlines of other stories go with their one-sentence summaries', () => {
    next = 0;
    const blocks = [
      ...story(),
      block('heading', 'Harriers win the county cup on penalties', 'https://v.example/sport/cup'),
      block('paragraph', 'The amateur side came from two goals down before the shoot-out at a packed stadium.'),
      block('heading', 'Farmhouse cheese takes gold at national awards', 'https://v.example/food/cheese'),
      block('paragraph', 'A small dairy in the hills beat more than four hundred entries from across the country.'),
      block('heading', 'Folk festival announces its biggest line-up yet', 'https://v.example/arts/folk'),
      block('paragraph', 'Organisers promise three stages and a late-night ceilidh in the old mill this summer.'),
    ];
    const out = related(blocks, options);
    expect(out.kept.map((b) => b.id)).toEqual(['b0', 'b1', 'b2']);
    expect(out.removed.every((r) => r.evidence.kind === 'off-topic')).toBe(true);
  });

  test('a page that is mostly a list of posts keeps them: it is an index, not a story with a tail', () => {
    next = 0;
    const blocks = [
      block('paragraph', 'Notes from the workshop.'),
      block('heading', 'An ordinary first post about nothing in particular', 'https://v.example/posts/1'),
      block(
        'paragraph',
        'A gentle introduction with nothing unusual in its title at all, written on a quiet afternoon.',
      ),
      block('heading', 'Monte Video: a real place worth a visit', 'https://v.example/posts/2'),
      block('paragraph', 'A post whose title looks odd, about a city on the river and its harbour in the winter.'),
      block('heading', 'A third post worth reading on a rainy day', 'https://v.example/posts/3'),
      block('paragraph', 'The final entry, included so there is content after the tricky title of the second post.'),
    ];
    expect(related(blocks, options).removed).toEqual([]);
  });

  test('cards about the story itself stay', () => {
    next = 0;
    const blocks = [
      ...story(),
      block('heading', 'Bridge repairs: how the river arches were strengthened', 'https://v.example/bridge/arches'),
      block('paragraph', 'Engineers explain the steel ties hidden inside the stonework of the old bridge.'),
      block('heading', 'River bridge closure: shopkeepers count the cost', 'https://v.example/bridge/shops'),
      block('paragraph', 'Traders on both banks of the river describe two years of the detour.'),
      block('heading', 'The old stone bridge reopens to traffic on Monday', 'https://v.example/bridge/reopens'),
      block('paragraph', 'Drivers can cross the river again after two years of repairs to the arches.'),
    ];
    expect(related(blocks, options).removed).toEqual([]);
  });
});
