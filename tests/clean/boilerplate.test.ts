import { describe, expect, test } from 'vitest';
import { findBoilerplate, matchBoilerplate } from '../../utils/clean/stages/boilerplate';
import type { Block, BlockKind } from '../../utils/clean/types';

const block = (text: string, kind: BlockKind = 'paragraph'): Block => ({
  id: 'b0',
  index: 0,
  kind,
  text,
  runs: [{ text }],
  figures: [],
});
const AT_END = 0;
const MID_ARTICLE = 10;

describe('matchBoilerplate', () => {
  test.each([
    ['Advertisement', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Anzeige', 'advert'],
    ['Sign up for our morning newsletter and get the day’s top stories in your inbox.', 'subscribe'],
    ['Subscribe', 'subscribe'],
    ['Abonnez-vous à notre newsletter', 'subscribe'],
    ['Follow us on Twitter and Facebook for the latest updates.', 'follow'],
    ['Follow @BGRDeals on Twitter to keep up with the latest deals.', 'follow'],
    ['Share this article', 'share'],
    ['Share on Facebook', 'share'],
    ['(AP Photo/David Zalubowski)', 'credit'],
    ['(Image credit: All About Space)', 'credit'],
    ['Tags: economy, trade, China, Russia', 'tags'],
    ['Filed under: Politics', 'tags'],
    ['Comments', 'comments'],
    ['CLICK HERE TO GET THE FOX NEWS APP', 'promo'],
    ['Continue Reading Below', 'promo'],
    ['Let our news meet your inbox. The stories that matter, delivered weekday mornings.', 'subscribe'],
    ['Whatsapp Facebook Pint Baixar', 'share'],
    ['Image 2 of 5', 'credit'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019', 'dateline'],
    ['| UPDATED: 11:05, Tue, Nov 19, 2019', 'dateline'],
    ['Leave a comment', 'comments'],
  ])('%s is furniture (%s) anywhere', (text, rule) => {
    expect(matchBoilerplate(block(text), MID_ARTICLE)).toBe(rule);
  });

  test.each([
    ['© 2019 Associated Press. All Rights Reserved.', 'copyright'],
    ['Copyright 2019 Hawaii News Now. All rights reserved.', 'copyright'],
    ['Originally published on Live Science.', 'copyright'],
    ['Jane Smith is a senior reporter at The Daily Ledger covering energy.', 'author'],
    ['Trevor Daugherty is the Senior Editor of 9to5Toys.', 'author'],
    ['Ben Silverman is on Twitter at ben_silverman.', 'author'],
  ])('%s is furniture (%s) at the end only', (text, rule) => {
    expect(matchBoilerplate(block(text), AT_END)).toBe(rule);
    expect(matchBoilerplate(block(text), MID_ARTICLE)).toBeNull();
  });

  test.each([
    'Photo: Rory Baird',
    // A caption with its credit is a caption (the furniture stage marks it), not furniture.
    'The plague wiped out half of Europe in the 14th century (Image: GETTY)',
    'Subscribers to the service complained that prices rose twice in a year, the regulator said.',
    'She said she would follow the court’s decision closely and share it with members.',
    'Share prices fell 3% on Monday.',
    'Advertising revenue fell by a fifth, the company said in its annual report.',
    'The senator, who is a former reporter, said the bill would protect sources.',
    'Comments by the minister drew criticism from opposition parties on Tuesday.',
    'Copyright law was at the heart of the case, the judge said, and she would rule next month.',
    'Tagged photos of the suspect circulated online for days before the arrest.',
    '14 March 2025',
    'Updated Police Identify Man, Woman Found Dead in Plano Apartment',
    'Published in ACM Computing Surveys, March 2024',
    'Published accounts of the meeting differ on who spoke first, and several members disputed the minutes.',
    'Click here for the second half of this epic story.',
    'Click here, the instructions said, and the money would be returned within a day; it never was, and police say hundreds were caught.',
  ])('%s is the story', (text) => {
    expect(matchBoilerplate(block(text), AT_END)).toBeNull();
  });

  test('code and long blocks are never furniture', () => {
    expect(matchBoilerplate(block('Subscribe', 'code'), AT_END)).toBeNull();
    expect(matchBoilerplate(block(`Subscribe ${'to the idea that '.repeat(30)}`), AT_END)).toBeNull();
  });
});

describe('findBoilerplate', () => {
  const list = { id: 3, ordered: false, depth: 0 };
  const item = (text: string, href = `https://news.example.com/${text.toLowerCase().replace(/ /g, '-')}`): Block => ({
    ...block(text, 'list-item'),
    runs: [{ text, href }],
    list,
  });
  const story = [
    block(
      'The river burst its banks on Sunday after a week of rain, flooding the meadows and the lower town. Residents of the riverside streets were moved to the school hall overnight while the water rose.',
    ),
    block('Engineers said the meander below the bridge had moved, and the floodplain was now twice as wide.'),
  ];

  test("a list of short links after the story has begun is the author's, not a menu", () => {
    const blocks = [
      ...story.map((b) => ({ ...b, text: b.text.repeat(3), runs: [{ text: b.text.repeat(3) }] })),
      ...['BBEdit', 'Acorn', 'MarsEdit', 'Napkin', 'Yojimbo'].map((t) => item(t)),
    ];
    expect(findBoilerplate(blocks).size).toBe(0);
  });

  test('a list under its own heading before the story is a section, not a menu', () => {
    const blocks = [
      block('About This Site', 'heading'),
      block('Written by one person.'),
      block('Mac Apps', 'heading'),
      ...['BBEdit', 'Acorn', 'MarsEdit', 'Napkin'].map((t) => item(t)),
      ...story,
    ];
    expect(findBoilerplate(blocks).size).toBe(0);
  });

  test('a site menu kept as a list goes', () => {
    const blocks = [...['Sign In', 'Home', 'Local', 'Sports', 'Contact us'].map((t) => item(t)), ...story];
    expect(
      [...findBoilerplate(blocks).values()].filter((e) => e.kind === 'boilerplate' && e.rule === 'navigation'),
    ).toHaveLength(5);
  });

  test.each([
    ['a "See also" list of the story\'s own subjects', ['Meander', 'Floodplain', 'River banks', 'Lower town']],
    ['a table of contents', ['Causes', 'Damage', 'Response', 'Outlook']],
  ])('%s stays', (_, entries) => {
    const toc = entries[0] === 'Causes';
    const blocks = [...story, ...entries.map((t) => item(t, toc ? `https://news.example.com/river#${t}` : undefined))];
    expect(findBoilerplate(blocks).size).toBe(0);
  });
});
