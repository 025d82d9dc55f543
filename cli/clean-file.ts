/**
 * One page, from file or text to the CLI's output: the work a worker thread does, and what the
 * single-file command does in the main thread. Plain data in and out, so it crosses threads.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { clean, DEFAULT_OPTIONS, isSiftError } from '../utils/clean/index.ts';
import { type FormatName, formatResult } from '../utils/format/index.ts';
import type { OutputFormat } from './args.ts';
import { highlightFigures, LEGEND } from './highlight.ts';
import { toCliJson } from './json.ts';
import { formatReport } from './report.ts';

export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  unreadable: 3,
  noArticle: 4,
  tooLarge: 5,
  someFailed: 6,
  /** `sift figures`: a line that is not valid input (named on stderr). */
  badLine: 7,
} as const;

/** Bigger inputs are refused before parsing, so the answer comes in well under 2 s. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Start tags counted in the raw text: a cheap upper bound on the elements parsing would build. */
const START_TAG = /<[a-zA-Z]/g;

export interface CleanSettings {
  url: string | null;
  format: OutputFormat;
  dedupe: boolean;
  related: boolean;
  figures: boolean;
  /** Run the furniture stage (default on). */
  furniture?: boolean;
  /** Keep captions in text, Markdown and HTML output (default off, as when copying). */
  captions?: boolean;
  report: boolean;
  highlight: boolean;
}

export interface FileJob {
  /** A path, or '-' with `html` already read from standard input. */
  source: string;
  html?: string;
  settings: CleanSettings;
}

export type FileStatus = 'cleaned' | 'not-article' | 'failed';

export interface FileOutcome {
  status: FileStatus;
  /** The exit code this file alone would give. */
  exit: number;
  /** One line: why it was not cleaned. */
  message: string | null;
  /** What goes to standard output or the output file (jsonl: one line, no newline). */
  output: string | null;
  /** --report, for standard error. */
  report: string | null;
}

const label = (source: string): string => (source === '-' ? 'standard input' : source);

function unreadable(source: string, error: unknown): FileOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
  return fail('failed', EXIT.unreadable, `cannot read ${source}: ${why}`);
}

function fail(status: FileStatus, exit: number, message: string): FileOutcome {
  return { status, exit, message: message.replace(/\s*\n\s*/g, ' '), output: null, report: null };
}

function tooLarge(html: string, maxElements: number): string | null {
  if (Buffer.byteLength(html) > MAX_INPUT_BYTES)
    return `The page is too large to read: more than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`;
  let tags = 0;
  START_TAG.lastIndex = 0;
  while (START_TAG.exec(html)) if (++tags > maxElements) break;
  // Counting is cheap; parsing a page that is then refused is not.
  return tags > maxElements
    ? `The page is too large to read: more than ${maxElements.toLocaleString('en')} elements.`
    : null;
}

function jsonLine(source: string, outcome: Omit<FileOutcome, 'output'>, result?: ReturnType<typeof clean>): string {
  return JSON.stringify(
    result
      ? { file: source, status: outcome.status, ...toCliJson(result) }
      : { file: source, status: outcome.status, error: outcome.message },
  );
}

/** Cleans one page's HTML; never throws. */
export function cleanHtml(source: string, html: string, settings: CleanSettings): FileOutcome {
  const jsonl = settings.format === 'jsonl';
  const done = (outcome: FileOutcome): FileOutcome =>
    jsonl && outcome.status !== 'cleaned' ? { ...outcome, output: jsonLine(source, outcome) } : outcome;
  if (!html.trim()) return done(fail('not-article', EXIT.noArticle, `${label(source)} is empty: no article to clean`));
  const large = tooLarge(html, DEFAULT_OPTIONS.maxElemsToParse);
  if (large) return done(fail('failed', EXIT.tooLarge, large));
  try {
    const { document } = parseHTML(html);
    const result = clean(document as unknown as Document, {
      url: settings.url,
      dedupe: settings.dedupe,
      related: settings.related,
      figures: settings.figures,
      furniture: settings.furniture ?? true,
      // The document was parsed for this run alone: no need to copy it.
      mayChangeDocument: true,
    });
    const cleaned: FileOutcome = { status: 'cleaned', exit: EXIT.ok, message: null, output: null, report: null };
    if (jsonl) return { ...cleaned, output: jsonLine(source, cleaned, result) };
    const highlight = settings.highlight && settings.format === 'text';
    let output =
      settings.format === 'json'
        ? JSON.stringify(toCliJson(result), null, 2)
        : formatResult(highlight ? highlightFigures(result) : result, settings.format as FormatName, {
            includeTitle: true,
            includeSource: Boolean(result.url),
            includeCaptions: settings.captions ?? false,
          });
    if (!output.endsWith('\n')) output += '\n';
    if (highlight) output += `\nFigures: ${LEGEND}\n`;
    return { ...cleaned, output, report: settings.report ? `${formatReport(result)}\n` : null };
  } catch (error) {
    if (isSiftError(error))
      return done(
        error.code === 'too-large'
          ? fail('failed', EXIT.tooLarge, error.message)
          : fail('not-article', EXIT.noArticle, error.message),
      );
    return done(fail('failed', EXIT.unexpected, `unexpected error: ${(error as Error).message ?? String(error)}`));
  }
}

/** Reads and cleans one file (or the standard input already read into the job); never throws. */
export async function cleanFile(job: FileJob): Promise<FileOutcome> {
  let html = job.html;
  if (html === undefined) {
    try {
      html = await readFile(job.source, 'utf8');
    } catch (error) {
      const outcome = unreadable(job.source, error);
      return job.settings.format === 'jsonl' ? { ...outcome, output: jsonLine(job.source, outcome) } : outcome;
    }
  }
  return cleanHtml(job.source, html, job.settings);
}
