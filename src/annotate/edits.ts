/**
 * Collects insertions into document.xml and applies them in one pass, so the
 * offsets found on the original string stay valid however many comments go in.
 */

/** Closing and reopening markup that splits a run (and its w:t) around the inserted markers. */
export interface Wrap {
  close: string;
  reopen: string;
}

interface Point {
  wrap?: Wrap;
  /** Comment range ends and reference runs, written before any starts at the same place. */
  ends: string[];
  starts: string[];
}

export class XmlEdits {
  private readonly points = new Map<number, Point>();
  private readonly replacements = new Map<number, { end: number; text: string }>();

  private point(at: number, wrap?: Wrap): Point {
    let point = this.points.get(at);
    if (!point) this.points.set(at, (point = { ends: [], starts: [] }));
    // Every split at one offset is in the same run, so the wraps are the same.
    if (wrap) point.wrap ??= wrap;
    return point;
  }

  insertStart(at: number, markup: string, wrap?: Wrap): void {
    this.point(at, wrap).starts.push(markup);
  }

  insertEnd(at: number, markup: string, wrap?: Wrap): void {
    this.point(at, wrap).ends.push(markup);
  }

  /** Replaces [start, end) (a start tag); one replacement per start offset. */
  replace(start: number, end: number, text: string): void {
    this.replacements.set(start, { end, text });
  }

  get size(): number {
    return this.points.size;
  }

  apply(xml: string): string {
    const offsets = [...new Set([...this.points.keys(), ...this.replacements.keys()])].sort((a, b) => a - b);
    const out: string[] = [];
    let copied = 0;
    for (const at of offsets) {
      out.push(xml.slice(copied, at));
      copied = at;
      const point = this.points.get(at);
      if (point) {
        const markers = point.ends.join('') + point.starts.join('');
        out.push(point.wrap ? point.wrap.close + markers + point.wrap.reopen : markers);
      }
      const replacement = this.replacements.get(at);
      if (replacement) {
        out.push(replacement.text);
        copied = replacement.end;
      }
    }
    out.push(xml.slice(copied));
    return out.join('');
  }
}
