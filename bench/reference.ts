/**
 * Section 9: Sift's built popup against a plain "Readability in a popup" extension, clicked in
 * turn on the same pages in one Chromium: the e2e suite's article pages, an even sample of AEB
 * pages (served from memory on 127.0.0.1, nothing copied) and the generated 1 MB article.
 * Each click follows a reload, so Sift cleans every time (a reload drops what its popup kept)
 * and both meet the page in the same state; the order alternates by round.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { largePage } from '../tests/e2e/support/large-page';
import { POPUP_SHOWN_MARK } from '../utils/extension/clean-request/tab';
import type { AebPage } from './datasets';
import { repoRoot } from './datasets';
import { launchBench, type Click, type Contender } from './reference-browser';
import { profileLines, summarizeProfile, type ProfileSummary } from './reference-profile';
import { buildReferenceExtension, REFERENCE_SHOWN_MARK, REFERENCE_WORKER } from './reference-extension';
import { f3, goal } from './report-cells';
import { evenSample, median } from './text';

export const REFERENCE_ROUNDS = 5;
/** AEB pages in the sample unless `--limit` says otherwise. */
export const REFERENCE_AEB_PAGES = 12;
/** The e2e pages that are articles (the section front is not one; the hostile page opens alerts). */
const E2E_ARTICLES = ['seed-story', 'long-read', 'de-article', 'rtl-article', 'long-headline'];
export const GROUP_GOALS = { ordinary: 1.15, '1 MB article': 1.3 } as const;
/** One page's rounds together; past it the page is a failure, so one stuck page cannot hold the run. */
const PAGE_BUDGET_MS = 180_000;

/** The step's value, or a rejection once the page's budget is spent (a CDP call that never answers). */
function withinBudget<T>(step: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`gave up after ${PAGE_BUDGET_MS / 1000} s on this page`)),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([step, late]).finally(() => clearTimeout(timer));
}
type Group = keyof typeof GROUP_GOALS;

interface Phases {
  popupStartMs: number;
  domReadyMs: number;
  shownMs: number;
}

export interface ReferencePage {
  name: string;
  group: Group;
  bytes: number;
  /** Medians over the rounds. */
  sift: Phases;
  reference: Phases;
  ratio: number;
  /** What Sift's popup showed (article, not-article…) and the characters each popup held. */
  siftStates: string[];
  /** Sift's engine in the page, medians by stage (extract, segment, …, total), from its result. */
  siftEngineMs: Record<string, number>;
  siftChars: number;
  referenceChars: number;
}

export interface ReferenceGroup {
  group: Group;
  pages: number;
  siftMs: number;
  referenceMs: number;
  /** Median over pages of each page's Sift / reference. */
  ratio: number;
  goal: number;
}

export interface ReferenceResult {
  rounds: number;
  pages: ReferencePage[];
  groups: ReferenceGroup[];
  siftBuild: string;
  load: [number, number];
  failures: string[];
  /** One more Sift click on the 1 MB article, profiled (after the timed rounds, so it times nothing). */
  profile: { shownMs: number; summaries: ProfileSummary[] } | null;
}

function engineMedians(clicks: Click[]): Record<string, number> {
  const timed = clicks.flatMap((c) => (c.timingsMs ? [c.timingsMs] : []));
  const names = [...new Set(timed.flatMap((t) => Object.keys(t)))];
  return Object.fromEntries(names.map((name) => [name, median(timed.map((t) => t[name] ?? 0))]));
}

const phaseMedian = (clicks: Click[]): Phases => ({
  popupStartMs: median(clicks.map((c) => c.popupStartMs)),
  domReadyMs: median(clicks.map((c) => c.domReadyMs)),
  shownMs: median(clicks.map((c) => c.shownMs)),
});

/** Sift's shipped build, made by `npm run build` (or `wxt build`); SIFT_BENCH_EXTENSION names another. */
function siftBuild(): string {
  const dir = process.env.SIFT_BENCH_EXTENSION ?? join(repoRoot(), '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No Sift build at ${dir}: run \`npx wxt build\` (or \`npm run build\`) first.`);
  return dir;
}

export async function runReference(
  aeb: readonly AebPage[],
  limit: number | null,
  log: (message: string) => void,
): Promise<ReferenceResult> {
  const build = siftBuild();
  const pages = new Map<string, string>();
  const plan: { name: string; group: Group; path: string }[] = [];
  for (const name of E2E_ARTICLES) {
    const path = `/e2e/${name}.html`;
    pages.set(path, readFileSync(join(repoRoot(), 'tests', 'e2e', 'pages', `${name}.html`), 'utf8'));
    plan.push({ name: `e2e ${name}`, group: 'ordinary', path });
  }
  for (const page of evenSample(aeb, limit ?? REFERENCE_AEB_PAGES)) {
    const path = `/aeb/${page.id}.html`;
    pages.set(path, page.html());
    plan.push({ name: `aeb ${page.id.slice(0, 10)}`, group: 'ordinary', path });
  }
  pages.set('/large.html', largePage());
  plan.push({ name: 'generated 1 MB article', group: '1 MB article', path: '/large.html' });

  const referenceDir = buildReferenceExtension();
  const load: [number, number] = [loadavg()[0], 0];
  const bench = await launchBench(
    {
      sift: build,
      reference: referenceDir,
      referenceWorker: REFERENCE_WORKER,
      siftMark: POPUP_SHOWN_MARK,
      referenceMark: REFERENCE_SHOWN_MARK,
    },
    pages,
  );
  const result: ReferenceResult = {
    rounds: REFERENCE_ROUNDS,
    pages: [],
    groups: [],
    siftBuild: `${build} (built ${statSync(join(build, 'manifest.json'))
      .mtime.toISOString()
      .replace(/\.\d+Z$/, 'Z')})`,
    load,
    failures: [],
    profile: null,
  };
  try {
    // Warm-up: each popup's first opening compiles its scripts; not counted.
    const warm = await bench.open(plan[0].path);
    for (const contender of [bench.reference, bench.sift]) {
      await warm.reload({ waitUntil: 'load' });
      await bench.click(contender, warm);
    }
    await warm.close();

    for (const entry of plan) {
      const clicks = new Map<Contender, Click[]>([
        [bench.sift, []],
        [bench.reference, []],
      ]);
      const pageDeadline = Date.now() + PAGE_BUDGET_MS;
      // Opening the tab counts too: a new tab that never opened (seen once, after the AEB pages) held the whole run.
      const opened = withinBudget(bench.open(entry.path), pageDeadline);
      let tab: Awaited<typeof opened> | null = null;
      try {
        tab = await opened;
        for (let round = 0; round < REFERENCE_ROUNDS; round++) {
          const order = round % 2 ? [bench.sift, bench.reference] : [bench.reference, bench.sift];
          for (const contender of order) {
            await withinBudget(tab.reload({ waitUntil: 'load', timeout: 60_000 }), pageDeadline);
            clicks.get(contender)!.push(await withinBudget(bench.click(contender, tab), pageDeadline));
          }
        }
        const sift = clicks.get(bench.sift)!;
        const reference = clicks.get(bench.reference)!;
        const page: ReferencePage = {
          name: entry.name,
          group: entry.group,
          bytes: Buffer.byteLength(pages.get(entry.path)!),
          sift: phaseMedian(sift),
          reference: phaseMedian(reference),
          ratio: median(sift.map((c) => c.shownMs)) / median(reference.map((c) => c.shownMs)),
          siftStates: [...new Set(sift.map((c) => c.state))],
          siftEngineMs: engineMedians(sift),
          siftChars: median(sift.map((c) => c.chars)),
          referenceChars: median(reference.map((c) => c.chars)),
        };
        result.pages.push(page);
        if (entry.group === '1 MB article') {
          const profileDeadline = Date.now() + PAGE_BUDGET_MS / 2;
          await withinBudget(tab.reload({ waitUntil: 'load', timeout: 60_000 }), profileDeadline);
          const profiled = await withinBudget(bench.click(bench.sift, tab, { profile: true }), profileDeadline);
          if (profiled.profiles)
            result.profile = {
              shownMs: profiled.shownMs,
              summaries: [
                summarizeProfile('tab', profiled.profiles.tab),
                summarizeProfile('popup', profiled.profiles.popup),
              ],
            };
        }
        log(
          `reference: ${entry.name}: Sift ${page.sift.shownMs.toFixed(0)} ms, reference ${page.reference.shownMs.toFixed(0)} ms, ratio ${f3(page.ratio)}`,
        );
      } catch (error) {
        result.failures.push(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        if (tab) await withinBudget(tab.close(), Date.now() + 30_000).catch(() => undefined);
      }
    }
  } finally {
    await bench.close();
    rmSync(referenceDir, { recursive: true, force: true });
  }
  load[1] = loadavg()[0];
  for (const group of Object.keys(GROUP_GOALS) as Group[]) {
    const inGroup = result.pages.filter((p) => p.group === group);
    if (!inGroup.length) continue;
    result.groups.push({
      group,
      pages: inGroup.length,
      siftMs: median(inGroup.map((p) => p.sift.shownMs)),
      referenceMs: median(inGroup.map((p) => p.reference.shownMs)),
      ratio: median(inGroup.map((p) => p.ratio)),
      goal: GROUP_GOALS[group],
    });
  }
  return result;
}

const ms0 = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(0));

export function referenceSection(res: ReferenceResult): string[] {
  const out = ['## 9. Popup click → text: Sift against a plain Readability popup (one Chromium)', ''];
  out.push(
    `A toolbar click (CDP \`Extensions.triggerAction\`) on each page, timed to the User Timing mark each popup sets ` +
      `after painting its text (Sift: \`${POPUP_SHOWN_MARK}\`, after its effects run; the reference: after the next frame). ` +
      `The reference is built by the bench into a temporary folder: its popup injects Readability with ` +
      '`scripting.executeScript` and shows `textContent`. ' +
      `${res.rounds} rounds per page, each click after a reload (Sift cleans every time), order alternating; medians in ms after the click. ` +
      `Sift: ${res.siftBuild}. Load average (1 min) ${res.load[0].toFixed(1)} at the start, ${res.load[1].toFixed(1)} at the end, on ${2} shared cores.`,
    '',
    '| group | pages | Sift ms | reference ms | Sift / reference (median of pages) | goal |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const g of res.groups)
    out.push(
      `| ${g.group} | ${g.pages} | ${ms0(g.siftMs)} | ${ms0(g.referenceMs)} | ${f3(g.ratio)} | ≤ ${g.goal} (${goal(g.ratio <= g.goal)}) |`,
    );
  out.push(
    '',
    'Where the time goes: the popup document starts (browser), reaches DOMContentLoaded (its own scripts), then shows text ' +
      "(injection, cleaning, rendering). Per page, medians in ms after the click, Sift / reference; the engine's own time in the " +
      'page (its `timingsMs`, Readability included in extract) is part of the time from DOMContentLoaded to text:',
    '',
    '| page | KB | popup start | DOMContentLoaded | text shown | ratio | Sift engine in the page: total (extract) | Sift showed | characters (Sift / reference) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const p of res.pages)
    out.push(
      `| ${p.name} | ${(p.bytes / 1024).toFixed(0)} | ${ms0(p.sift.popupStartMs)} / ${ms0(p.reference.popupStartMs)} | ` +
        `${ms0(p.sift.domReadyMs)} / ${ms0(p.reference.domReadyMs)} | ${ms0(p.sift.shownMs)} / ${ms0(p.reference.shownMs)} | ` +
        `${f3(p.ratio)} | ${ms0(p.siftEngineMs.total ?? NaN)} (${ms0(p.siftEngineMs.extract ?? NaN)}) | ${p.siftStates.join(', ')} | ${p.siftChars} / ${p.referenceChars} |`,
    );
  if (res.profile)
    out.push(
      '',
      `### Where Sift's time goes on the 1 MB article`,
      '',
      `One more Sift click after the timed rounds, with V8's CPU profiler on the tab and on the popup ` +
        `(sampling every 0.25 ms, which slows it: text shown after ${ms0(res.profile.shownMs)} ms).`,
      ...profileLines(res.profile.summaries),
    );
  if (res.failures.length) out.push('', 'Pages without a measurement:', '', ...res.failures.map((f) => `- ${f}`));
  return out;
}

export function referenceSummary(res: ReferenceResult): string {
  return `reference popup: ${res.groups.map((g) => `${g.group} Sift/reference ${f3(g.ratio)} (goal ≤ ${g.goal})`).join(', ')}; load ${res.load[0].toFixed(1)}→${res.load[1].toFixed(1)}`;
}
