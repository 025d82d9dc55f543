import { afterEach, describe, expect, test, vi } from 'vitest';
import { fileContent, fileNameFor, saveFile } from '@/utils/extension/save-file';
import { block, result } from '../support/result';

const story = result({
  title: 'Trade: "up" 8% <now>',
  lang: 'en',
  blocks: [block({ id: 'b0', index: 0, text: 'Trade rose.' })],
});

afterEach(() => vi.restoreAllMocks());

describe('saving the article', () => {
  test.each([
    ['Trade: "up" 8% <now>', 'markdown', 'Trade up 8% now.md'],
    ['a/b\\c|d?e*f', 'html', 'a b c d e f.html'],
    ['  ...  ', 'markdown', 'article.md'],
    ['x'.repeat(300), 'markdown', `${'x'.repeat(100)}.md`],
  ] as const)('file name from the title %j', (title, format, name) => {
    expect(fileNameFor(title, format)).toBe(name);
  });

  test('HTML is a whole document with the title escaped and the language set', () => {
    const html = fileContent(story, 'html', { includeTitle: true, includeSource: false });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"/);
    expect(html).toContain('<title>Trade: &quot;up&quot; 8% &lt;now&gt;</title>');
    expect(html).toContain('<p>Trade rose.</p>');
  });

  test('Markdown is what Copy Markdown writes', () => {
    expect(fileContent(story, 'markdown', { includeTitle: false, includeSource: false })).toBe('Trade rose.');
  });

  test('the download goes through a blob link named from the title', async () => {
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:sift/1');
    expect(saveFile(story, 'markdown', { includeTitle: false, includeSource: false })).toBe('Trade up 8% now.md');
    expect(clicks).toEqual([{ href: 'blob:sift/1', download: 'Trade up 8% now.md' }]);
    const blob = created.mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    expect(await blob.text()).toBe('Trade rose.');
  });
});
