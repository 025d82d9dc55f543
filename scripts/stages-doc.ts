import { STAGES } from '../utils/clean/index.ts';

const START = '<!-- stages:start (generated from STAGES in utils/clean/stages.ts by `npm run docs`) -->';
const END = '<!-- stages:end -->';

/** The README's pipeline section, written from the code's own list of stages. */
export function stagesSection(): string {
  const lines = STAGES.map((s, i) => `${i + 1}. **${s.name}** (\`utils/clean/${s.file}\`): ${s.does}.`);
  return `${START}\n${lines.join('\n')}\n${END}`;
}

/** README text with its pipeline section replaced by the generated one. */
export function withStagesSection(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no stages markers');
  return readme.slice(0, start) + stagesSection() + readme.slice(end + END.length);
}
