/**
 * axe-core in a Sift view: the library is evaluated in the page (DevTools evaluation, so the
 * extension pages' script policy does not apply) and run with WCAG 2.1 A/AA and best-practice rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser';
import type { Surface } from './surface';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeRun {
  violations: AxeViolation[];
  /** How many rules passed: proof that axe looked at something. */
  passed: number;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Violations of every impact in the document, or only inside `include` (the reader's host). */
export async function runAxe(surface: Surface, include?: string): Promise<AxeRun> {
  await surface.run(`() => { if (!window.axe) { ${AXE_SOURCE}\n } return true; }`);
  return surface.run<AxeRun>(
    `async (root, [include, tags]) => {
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
      const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)) }));
      return { violations, passed: result.passes.length };
    }`,
    [include ?? null, TAGS],
  );
}
