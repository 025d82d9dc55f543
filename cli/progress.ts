/** The batch's progress bar: on standard error, only when it is a terminal, redrawn at most 10 times a second. */
const WIDTH = 24;
const REDRAW_MS = 100;

export interface Progress {
  tick(failed: boolean): void;
  /** Clears the bar, leaving the line for the summary. */
  end(): void;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number,
  on: boolean,
): Progress {
  if (!on || !stream.isTTY || total < 2) return { tick: () => {}, end: () => {} };
  let done = 0;
  let failed = 0;
  let drawn = 0;
  const draw = () => {
    const filled = Math.round((done / total) * WIDTH);
    stream.write(
      `\r\u001b[K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}${failed ? ` · ${failed} failed` : ''}`,
    );
    drawn = Date.now();
  };
  draw();
  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      if (done === total || Date.now() - drawn >= REDRAW_MS) draw();
    },
    end() {
      stream.write('\r\u001b[K');
    },
  };
}
