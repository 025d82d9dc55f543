import { describe, expect, test } from 'vitest';
import { copyPayload } from '@/utils/extension/clipboard';
import { resultWithRestored } from '@/utils/view/restore';
import { block, removed, result } from '../support/result';

const story = result({
  title: 'Exports rise',
  url: 'https://news.example.com/exports',
  blocks: [
    block({ id: 'b0', index: 0, kind: 'heading', level: 2, text: 'July figures' }),
    block({ id: 'b1', index: 1, text: 'Exports rose in July.' }),
    block({ id: 'b3', index: 3, kind: 'list-item', text: 'Cars', list: { id: 1, ordered: false, depth: 0 } }),
  ],
  removed: [
    removed(block({ id: 'b2', index: 2, text: 'Imports fell.' }), 'duplicate', {
      kind: 'near',
      of: 'b1',
      ofText: 'x',
      similarity: 0.9,
    }),
  ],
});

describe('copyPayload', () => {
  test('Copy text: plain text in text/plain, formatted HTML alongside', () => {
    const { plain, html } = copyPayload(story, 'text', { includeTitle: true, includeSource: false });
    expect(plain).toContain('Exports rose in July.');
    expect(plain).not.toMatch(/^#/m);
    expect(plain).not.toContain('<');
    expect(html).toMatch(/<h\d[^>]*>July figures<\/h\d>/);
    expect(html).toMatch(/<li[^>]*>Cars<\/li>/);
  });

  test('Copy Markdown: Markdown in text/plain, the same HTML alongside', () => {
    const text = copyPayload(story, 'text', { includeTitle: true, includeSource: false });
    const md = copyPayload(story, 'markdown', { includeTitle: true, includeSource: false });
    expect(md.plain).toMatch(/^#{1,6} July figures$/m);
    expect(md.plain).toMatch(/^[-*] Cars$/m);
    expect(md.html).toBe(text.html);
  });

  test.each([
    [true, false],
    [false, true],
  ])('title %s, source %s are honoured in both flavours', (includeTitle, includeSource) => {
    const { plain, html } = copyPayload(story, 'markdown', { includeTitle, includeSource });
    expect(plain.includes('Exports rise')).toBe(includeTitle);
    expect(html.includes('Exports rise')).toBe(includeTitle);
    expect(plain.includes('https://news.example.com/exports')).toBe(includeSource);
    expect(html.includes('https://news.example.com/exports')).toBe(includeSource);
  });

  test('restored blocks are copied in their place', () => {
    const { plain } = copyPayload(resultWithRestored(story, new Set(['b2'])), 'text', {
      includeTitle: false,
      includeSource: false,
    });
    expect(plain.indexOf('Imports fell.')).toBeGreaterThan(plain.indexOf('Exports rose in July.'));
    expect(plain.indexOf('Imports fell.')).toBeLessThan(plain.indexOf('Cars'));
    expect(copyPayload(story, 'text', { includeTitle: false, includeSource: false }).plain).not.toContain(
      'Imports fell.',
    );
  });
});
