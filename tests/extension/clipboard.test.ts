import { describe, expect, test, vi } from 'vitest';
import { writeToClipboard, type ClipboardEnv } from '@/utils/extension/clipboard';

const payload = { plain: '# Title\n\nBody', html: '<h1>Title</h1><p>Body</p>' };

class FakeItem {
  constructor(readonly data: Record<string, Blob>) {}
}

function env(
  overrides: { write?: () => Promise<void>; writeText?: () => Promise<void>; legacy?: boolean | null } = {},
) {
  const clipboard = {
    write: vi.fn(overrides.write ?? (async () => {})),
    writeText: vi.fn(overrides.writeText ?? (async () => {})),
  };
  const legacyCopy = overrides.legacy === null ? undefined : vi.fn(() => overrides.legacy ?? true);
  return { clipboard, ClipboardItem: FakeItem as unknown as typeof ClipboardItem, legacyCopy } satisfies ClipboardEnv;
}

describe('writeToClipboard', () => {
  test('writes text/plain and text/html together', async () => {
    const e = env();
    await writeToClipboard(payload, e);
    const [[items]] = e.clipboard.write.mock.calls as unknown as [[FakeItem[]]];
    expect(Object.keys(items[0].data).sort()).toEqual(['text/html', 'text/plain']);
    expect(await items[0].data['text/plain'].text()).toBe(payload.plain);
    expect(await items[0].data['text/html'].text()).toBe(payload.html);
    expect(e.clipboard.writeText).not.toHaveBeenCalled();
  });

  test('falls back to plain text when write() is refused', async () => {
    const e = env({ write: async () => Promise.reject(new Error('NotAllowedError')) });
    await writeToClipboard(payload, e);
    expect(e.clipboard.writeText).toHaveBeenCalledWith(payload.plain);
  });

  test('then to the legacy copy command (pages that are not a secure context)', async () => {
    const e = env({
      write: async () => Promise.reject(new Error('x')),
      writeText: async () => Promise.reject(new Error('y')),
    });
    await writeToClipboard(payload, e);
    expect(e.legacyCopy).toHaveBeenCalledWith(payload.plain);
  });

  test('no async clipboard at all: legacy copy', async () => {
    const legacyCopy = vi.fn(() => true);
    await writeToClipboard(payload, { legacyCopy });
    expect(legacyCopy).toHaveBeenCalledWith(payload.plain);
  });

  test('fails loudly when nothing works', async () => {
    const e = env({
      write: async () => Promise.reject(new Error('x')),
      writeText: async () => Promise.reject(new Error('denied')),
      legacy: null,
    });
    await expect(writeToClipboard(payload, e)).rejects.toThrow('denied');
    await expect(writeToClipboard(payload, { legacyCopy: () => false })).rejects.toThrow('not available');
  });
});
