import { readFileSync, writeFileSync } from 'node:fs';
import { withStagesSection } from './stages-doc.ts';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withStagesSection(readFileSync(path, 'utf8')));
console.log('README.md: pipeline section regenerated from STAGES');
