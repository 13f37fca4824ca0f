/**
 * A one-line progress bar on stderr for long runs, shown only to a person at
 * a terminal: never in CI, never with machine-readable formats, never when
 * stderr is redirected.
 */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };
const MIN_FILES = 20;
const WIDTH = 30;

export function createProgress(total: number, show: boolean, write: (text: string) => void): Progress {
  if (!show || total < MIN_FILES) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const filled = Math.round((done / total) * WIDTH);
      write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total} files`);
      shown = true;
    },
    finish() {
      if (shown) write(`\r${' '.repeat(WIDTH + 24)}\r`);
    },
  };
}
