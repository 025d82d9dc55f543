import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import WEIGHTS from '../../utils/clean/lexicon/furniture-weights.json' with { type: 'json' };
import { furniture, furnitureFeatures, furnitureScore } from '../../utils/clean/stages/furniture';
import type { Block, FurnitureFeature, Provenance } from '../../utils/clean/types';
import { furnitureFeatureKey } from '../../utils/view/removals';

const ROOT = join(import.meta.dirname, '..', '..');
let next = 0;
function block(text: string, extra: Partial<Block> = {}): Block {
  const index = next++;
  return { id: `b${index}`, index, kind: 'paragraph', text, runs: [{ text }], figures: [], ...extra };
}
const prose = (n: number) =>
  block(
    `The council met on Tuesday to discuss the new harbour wall, number ${n}, which engineers say must be raised before the winter storms arrive again this year.`,
  );

/** The features the types name: the union's literals, and one `in-…` per provenance. */
function declaredFeatures(): string[] {
  const types = readFileSync(join(ROOT, 'utils/clean/types.ts'), 'utf8');
  const union = (name: string) =>
    [...(new RegExp(`type ${name} =([^;]+);`).exec(types)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  return [...union('FurnitureFeature'), ...union('Provenance').map((p) => `in-${p}`)];
}

describe('furniture judgement', () => {
  test('every feature has a weight and a message in every UI language; no weight names an unknown feature', () => {
    const features = declaredFeatures();
    expect(features.length).toBeGreaterThan(30);
    expect(Object.keys(WEIGHTS.weights).sort()).toEqual([...features].sort());
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh_CN', 'ja']) {
      const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
      for (const f of features)
        expect(messages[furnitureFeatureKey(f as FurnitureFeature)], `${locale} ${f}`).toBeDefined();
    }
  });

  test('position: a short line before the first and after the last body paragraph', () => {
    const blocks = [
      block('Skip to content'),
      prose(1),
      block('An aside of a few words'),
      prose(2),
      block('Jul 31, 2024'),
    ];
    const features = furnitureFeatures(blocks, 'Harbour wall');
    expect(features[0]).toEqual(expect.arrayContaining(['before-body', 'short', 'ui-text']));
    expect(features[2]).not.toContain('before-body');
    expect(features[2]).not.toContain('after-body');
    expect(features[4]).toEqual(expect.arrayContaining(['after-body', 'date-only']));
  });

  test('no single weak feature removes a block: a short line between body paragraphs stays', () => {
    const blocks = [prose(1), block('Then the rain came.'), prose(2)];
    expect(furniture(blocks, null).removed).toEqual([]);
    expect(furnitureScore(['short'])).toBeLessThan(0);
    expect(furnitureScore(['linked', 'short'])).toBeLessThan(0);
  });

  test("a removal's evidence names the features that counted for it, strongest first, and not those against", () => {
    const blocks = [prose(1), prose(2), block('Реклама')];
    const { removed } = furniture(blocks, null);
    expect(removed).toHaveLength(1);
    expect(removed[0].reason).toBe('boilerplate');
    // 'short' is one of its features, but the fitted table weighs it slightly against furniture.
    expect(furnitureFeatures(blocks, null)[2]).toContain('short');
    expect(removed[0].evidence).toMatchObject({ kind: 'furniture', features: ['ad-label', 'after-body'] });
  });

  test('a photo credit alone, its picture gone, is kept as a caption block: shown muted, left out of copies', () => {
    const blocks = [prose(1), prose(2), block('Фото: личный архив')];
    const { kept, removed } = furniture(blocks, null);
    expect(removed).toEqual([]);
    expect(kept[2].kind).toBe('caption');
  });

  test.each([
    'The new wall at high tide | Harbour Photo Agency | Getty Images',
    'The plague wiped out half of Europe in the 14th century (Image: GETTY)',
    'Workers lift the last stone into place. Photo: Jane Doe',
  ])('a caption signed with a credit becomes a caption block and is kept: %s', (text) => {
    const blocks = [prose(1), block(text), prose(2)];
    const { kept, removed } = furniture(blocks, null);
    expect(removed).toEqual([]);
    expect(kept[1].kind).toBe('caption');
  });

  test('a caption with its picture stays even when it is only a credit: the reader shows the picture with it', () => {
    const blocks = [
      prose(1),
      block('Photo: Jane Doe', { kind: 'caption', image: { src: 'https://x.example/a.jpg', alt: '' } }),
      prose(2),
    ];
    expect(furniture(blocks, null).removed).toEqual([]);
  });

  test('provenance counts as evidence: a short newsletter box between paragraphs goes, its text alone would stay', () => {
    const box = (provenance?: Provenance[]) =>
      block("Get the week's stories every Friday.", provenance ? { provenance } : {});
    expect(furniture([prose(1), box(['newsletter']), prose(2)], null).removed).toHaveLength(1);
    expect(furniture([prose(1), box(), prose(2)], null).removed).toHaveLength(0);
  });
});
