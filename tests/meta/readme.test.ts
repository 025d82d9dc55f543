import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withStagesSection } from '../../scripts/stages-doc';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

test('the README opens with the demo and the test command', () => {
  const firstBlock = readme.split('```')[1];
  expect(firstBlock).toContain('npm ci && npm run demo');
  expect(firstBlock).toContain('npm test');
});

test("the README's pipeline section is generated from the code (npm run docs)", () => {
  expect(readme).toBe(withStagesSection(readme));
});
