import { describe, expect, test } from 'vitest';
import { matchBoilerplate } from '../../utils/clean/boilerplate';
import type { Block, BlockKind } from '../../utils/clean/types';

const block = (text: string, kind: BlockKind = 'paragraph'): Block => ({ id: 'b0', index: 0, kind, text, runs: [{ text }], figures: [] });
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
  ])('%s is furniture (%s) at the end only', (text, rule) => {
    expect(matchBoilerplate(block(text), AT_END)).toBe(rule);
    expect(matchBoilerplate(block(text), MID_ARTICLE)).toBeNull();
  });

  test.each([
    'Photo: Rory Baird',
    'Subscribers to the service complained that prices rose twice in a year, the regulator said.',
    'She said she would follow the court’s decision closely and share it with members.',
    'Share prices fell 3% on Monday.',
    'Advertising revenue fell by a fifth, the company said in its annual report.',
    'The senator, who is a former reporter, said the bill would protect sources.',
    'Comments by the minister drew criticism from opposition parties on Tuesday.',
    'Copyright law was at the heart of the case, the judge said, and she would rule next month.',
    'Tagged photos of the suspect circulated online for days before the arrest.',
  ])('%s is the story', (text) => {
    expect(matchBoilerplate(block(text), AT_END)).toBeNull();
  });

  test('code and long blocks are never furniture', () => {
    expect(matchBoilerplate(block('Subscribe', 'code'), AT_END)).toBeNull();
    expect(matchBoilerplate(block(`Subscribe ${'to the idea that '.repeat(30)}`), AT_END)).toBeNull();
  });
});
