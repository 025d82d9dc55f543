/**
 * Where a Sift click's time goes on the 1 MB article: the V8 CPU profiles of the tab (the
 * cleaner content script in its isolated world, and the page) and of the popup (receiving the
 * result, rendering it), from the click to the text, summed by function (self time).
 */
import type { CpuProfile } from './reference-browser';

export interface ProfileLine {
  what: string;
  ms: number;
}

export interface ProfileSummary {
  where: 'tab' | 'popup';
  totalMs: number;
  /** By script: the cleaner's bundle, the popup's chunks, (garbage collector), (program)… */
  byScript: ProfileLine[];
  /** The functions with the most self time. */
  top: ProfileLine[];
}

const fileOf = (url: string): string => (url ? (url.split('/').pop() ?? url).replace(/\?.*$/, '') : '');

export function summarizeProfile(where: 'tab' | 'popup', profile: CpuProfile, topN = 12): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)') return;
    total += ms;
    const file = fileOf(frame.url);
    const script = file || frame.functionName || '(native)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>, n: number): ProfileLine[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, ms]) => ({ what, ms }));
  return { where, totalMs: total, byScript: sorted(byScript, 6), top: sorted(byFunction, topN) };
}

export function profileLines(profiles: readonly ProfileSummary[]): string[] {
  const out: string[] = [];
  for (const p of profiles) {
    out.push(
      '',
      `${p.where === 'tab' ? 'In the tab (content script and page)' : 'In the popup'}: ${p.totalMs.toFixed(0)} ms of CPU samples, not idle. ` +
        `By script: ${p.byScript.map((s) => `${s.what} ${s.ms.toFixed(0)}`).join(', ')}.`,
      '',
      '| function (self time) | ms |',
      '| --- | --- |',
      ...p.top.map((t) => `| \`${t.what.replace(/\|/g, '\\|')}\` | ${t.ms.toFixed(0)} |`),
    );
  }
  return out;
}
