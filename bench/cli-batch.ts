/**
 * Section 10: `sift clean` on a folder of 1,000 generated article pages (seeded, 20–80 blocks,
 * written to a temporary folder at run time), `--jobs 1` against `--jobs 2`, as a user runs
 * it: the built CLI (cli/dist, `npm run build:cli`) in its own process, timed with
 * /usr/bin/time. Runs alternate (1, 2, 1, 2) so the machine's load hits both alike; the
 * outputs of the two must be byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './datasets';
import { f3, goal } from './report-cells';
import { articlePage } from './shapes';
import { median } from './text';

export const CLI_PAGES = 1000;
export const CLI_PAIRS = 2;
export const CLI_GOAL = 1.7;
const SEED = 20261202;

export interface CliRun {
  jobs: number;
  wallS: number;
  cpuS: number;
  load: number;
}

export interface CliBatchResult {
  pages: number;
  megabytes: number;
  runs: CliRun[];
  /** Median wall time of --jobs 1 / of --jobs 2: the throughput ratio. */
  ratio: number;
  identical: boolean;
  cores: number;
}

function timed(args: string[]): { wallS: number; cpuS: number } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, ...args], {
    cwd: repoRoot(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stderr.split('\n').find((l) => l.startsWith('TIME '));
  if (run.status !== 0 || !line)
    throw new Error(`sift ${args.slice(1).join(' ')} failed (${run.status}): ${run.stderr.slice(-400)}`);
  const [wall, user, sys] = line.slice(5).split(' ').map(Number);
  return { wallS: wall, cpuS: user + sys };
}

function outputs(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

export function runCliBatch(log: (message: string) => void, pages = CLI_PAGES): CliBatchResult {
  const bin = join(repoRoot(), 'cli', 'bin.mjs');
  if (!existsSync(join(repoRoot(), 'cli', 'dist', 'sift.mjs'))) {
    log('cli-batch: building the CLI (npm run build:cli)…');
    const built = spawnSync('npm', ['run', 'build:cli'], { cwd: repoRoot(), stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:cli failed');
  }
  const root = mkdtempSync(join(tmpdir(), 'sift-bench-cli-'));
  try {
    const input = join(root, 'pages');
    mkdirSync(input);
    let bytes = 0;
    for (let i = 0; i < pages; i++) {
      const html = articlePage(SEED + i, 20 + ((i * 37) % 61));
      bytes += html.length;
      writeFileSync(join(input, `page-${String(i).padStart(4, '0')}.html`), html);
    }
    const runs: CliRun[] = [];
    const seen = new Map<number, Map<string, string>>();
    for (let pair = 0; pair < CLI_PAIRS; pair++) {
      for (const jobs of [1, 2]) {
        const out = join(root, `out-${jobs}-${pair}`);
        const load = loadavg()[0];
        const { wallS, cpuS } = timed([
          bin,
          'clean',
          input,
          '--out',
          out,
          '--format',
          'markdown',
          '--jobs',
          `${jobs}`,
          '--quiet',
        ]);
        runs.push({ jobs, wallS, cpuS, load });
        log(`cli-batch: --jobs ${jobs}: ${wallS.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU, load ${load.toFixed(1)}`);
        if (!seen.has(jobs)) seen.set(jobs, outputs(out));
        rmSync(out, { recursive: true, force: true });
      }
    }
    const one = seen.get(1)!;
    const two = seen.get(2)!;
    const identical = one.size === pages && one.size === two.size && [...one].every(([k, v]) => two.get(k) === v);
    const wall = (jobs: number) => median(runs.filter((r) => r.jobs === jobs).map((r) => r.wallS));
    return {
      pages,
      megabytes: bytes / 1e6,
      runs,
      ratio: wall(1) / wall(2),
      identical,
      cores: availableParallelism(),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function cliBatchSection(res: CliBatchResult): string[] {
  const out = ['## 10. `sift clean` on 1,000 pages: --jobs 1 against --jobs 2', ''];
  out.push(
    `${res.pages} generated article pages (${res.megabytes.toFixed(1)} MB, seeded, written to a temporary folder), ` +
      `\`node cli/bin.mjs clean <folder> --out <folder> --format markdown --jobs N --quiet\` (the built CLI), ` +
      `runs alternating; ${res.cores} cores, shared with other work (load average per run below). ` +
      `Outputs of --jobs 1 and --jobs 2 ${res.identical ? 'byte-identical' : '**differ**'}.`,
    '',
    '| run | --jobs | wall s | CPU s | pages/s | load (1 min) |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const [i, r] of res.runs.entries())
    out.push(
      `| ${i + 1} | ${r.jobs} | ${r.wallS.toFixed(1)} | ${r.cpuS.toFixed(1)} | ${(res.pages / r.wallS).toFixed(1)} | ${r.load.toFixed(1)} |`,
    );
  out.push(
    '',
    `Throughput --jobs 2 / --jobs 1 (median wall times): **${f3(res.ratio)}** (goal ≥ ${CLI_GOAL}: ${goal(res.ratio >= CLI_GOAL)}).`,
  );
  return out;
}

export const cliBatchSummary = (res: CliBatchResult): string =>
  `cli batch: ${res.pages} pages, --jobs 2 / --jobs 1 throughput ${f3(res.ratio)} (goal ≥ ${CLI_GOAL}), outputs ${res.identical ? 'identical' : 'DIFFER'}, load ${res.runs.map((r) => r.load.toFixed(1)).join('/')}`;
