/**
 * Review state (comments and tracked changes) from a loader's source offsets
 * to places in the model, so that rules ask the model and never read XML.
 * Markdown loaders give none. Pure: no I/O.
 */
import type { Block, Position, ReviewComment, TextPoint, TrackedChange } from './model.js';

/** A comment as a loader reads it: the model's fields, its thread by id, its range by source offsets. */
export interface RawComment extends Pick<ReviewComment, 'id' | 'author' | 'date' | 'text' | 'done' | 'directive' | 'bySpeclint'> {
  /** The id of the comment it replies to. */
  parentId?: string;
  /** Source offsets of the commented text (equal for a point); absent when the comment is anchored nowhere. */
  start?: number;
  end?: number;
}

/** A tracked change as a loader reads it: its place by source offsets. */
export interface RawTrackedChange extends Pick<TrackedChange, 'kind' | 'author' | 'date' | 'line' | 'text'> {
  /** Source offsets of what it covers once accepted (equal for a deletion). */
  start: number;
  end: number;
}

export interface RawReview {
  comments: RawComment[];
  changes: RawTrackedChange[];
}

interface Extent {
  block: Block;
  from: number;
  to: number;
}

/** Text offset in a block of a source offset inside or around it. */
function textOffset(block: Block, offset: number): number {
  for (const span of block.spans) {
    if (offset < span.sourceStart) return span.textStart;
    if (offset <= span.sourceEnd) return span.verbatim ? span.textStart + Math.min(offset - span.sourceStart, span.length) : span.textStart;
  }
  return block.text.length;
}

export function resolveReview(
  review: RawReview | undefined,
  blocks: readonly Block[],
  positionAt: (offset: number) => Position,
): { comments: ReviewComment[]; trackedChanges: TrackedChange[] } {
  if (!review || (review.comments.length === 0 && review.changes.length === 0)) return { comments: [], trackedChanges: [] };
  // Blocks in source order, as loaders produce them; both ends grow monotonically.
  const extents: Extent[] = blocks
    .filter((b) => b.spans.length > 0)
    .map((b) => ({ block: b, from: b.spans[0]!.sourceStart, to: b.spans[b.spans.length - 1]!.sourceEnd }));

  /** Index of the first extent ending after `offset` (extents.length if none). */
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = extents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (extents[mid]!.to > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const startAt = (offset: number): TextPoint | undefined => {
    const i = firstEndingAfter(offset);
    const e = extents[i];
    if (e) return { block: e.block, offset: offset <= e.from ? 0 : textOffset(e.block, offset) };
    const last = extents[extents.length - 1];
    return last && { block: last.block, offset: last.block.text.length };
  };
  const endAt = (offset: number): TextPoint | undefined => {
    // The last extent starting before `offset`.
    let i = firstEndingAfter(offset);
    if (i === extents.length || extents[i]!.from >= offset) i--;
    const e = extents[i];
    if (e) return { block: e.block, offset: offset >= e.to ? e.block.text.length : textOffset(e.block, offset) };
    const first = extents[0];
    return first && { block: first.block, offset: 0 };
  };
  const pointAt = (offset: number): TextPoint | undefined => {
    const i = firstEndingAfter(offset - 1);
    const e = extents[i];
    if (e && e.from <= offset) return { block: e.block, offset: textOffset(e.block, offset) };
    return startAt(offset);
  };

  const quoteBetween = (start: TextPoint, end: TextPoint): string => {
    if (start.block === end.block) return start.block.written.slice(start.offset, end.offset);
    const parts = [start.block.written.slice(start.offset)];
    for (let i = start.block.index + 1; i < end.block.index; i++) parts.push(blocks[i]!.written);
    parts.push(end.block.written.slice(0, end.offset));
    return parts.join('\n');
  };

  const comments: ReviewComment[] = review.comments.map((raw) => {
    const comment: ReviewComment = { id: raw.id, author: raw.author, text: raw.text, done: raw.done, directive: raw.directive, bySpeclint: raw.bySpeclint, replies: [], quote: '' };
    if (raw.date !== undefined) comment.date = raw.date;
    if (raw.start !== undefined) {
      const end = raw.end ?? raw.start;
      let from = end > raw.start ? startAt(raw.start) : pointAt(raw.start);
      let to = end > raw.start ? endAt(end) : from;
      // A range over empty paragraphs only: a point where it starts.
      if (from && to && (to.block.index < from.block.index || (to.block === from.block && to.offset < from.offset))) to = from = pointAt(raw.start);
      if (from && to) {
        comment.start = from;
        comment.end = to;
        comment.quote = quoteBetween(from, to);
      }
    }
    return comment;
  });
  const indexById = new Map(comments.map((c, i) => [c.id, i]));
  review.comments.forEach((raw, i) => {
    const p = raw.parentId === undefined ? undefined : indexById.get(raw.parentId);
    // Only a link to an earlier comment: a hostile file's cycle would never end a thread.
    if (p === undefined || p >= i) return;
    const parent = comments[p]!;
    const comment = comments[i]!;
    comment.parent = parent;
    parent.replies.push(comment);
    // A reply anchored only by its mark (as LibreOffice writes them) is about its thread's text.
    if ((!comment.start || comment.quote === '') && parent.start) {
      comment.start = parent.start;
      comment.end = parent.end;
      comment.quote = parent.quote;
    }
  });

  const lines = extents.map((e) => ({ first: positionAt(e.from).line, last: positionAt(e.to).line }));
  const trackedChanges: TrackedChange[] = review.changes.map((raw) => {
    const change: TrackedChange = { kind: raw.kind, line: raw.line, start: 0, end: 0, inBlock: false, text: raw.text };
    if (raw.author !== undefined) change.author = raw.author;
    if (raw.date !== undefined) change.date = raw.date;
    // The first block ending on or after the change's line.
    let lo = 0;
    let hi = extents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.last >= raw.line) hi = mid;
      else lo = mid + 1;
    }
    const e = extents[lo];
    if (e && lines[lo]!.first <= raw.line) {
      change.block = e.block;
      change.inBlock = true;
      change.start = textOffset(e.block, raw.start);
      change.end = Math.max(change.start, textOffset(e.block, raw.end));
    } else if (e) {
      change.block = e.block;
    } else if (extents.length > 0) {
      const last = extents[extents.length - 1]!.block;
      change.block = last;
      change.start = change.end = last.text.length;
    }
    return change;
  });
  return { comments, trackedChanges };
}
