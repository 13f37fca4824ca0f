/**
 * Flags each open comment thread left in a Word draft: a comment not marked
 * done and not a speclint directive, with its replies. A specification that
 * goes to procurement is a contract document; an open question in its margin
 * is a decision nobody has made.
 */
import { defineRule } from '../src/core/rule.js';
import type { ReviewComment } from '../src/core/model.js';

/** How many words of a comment the message quotes. */
const FIRST_WORDS = 12;

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${head}…` : head;
}

/** Every reply under a comment, however deep. */
function repliesOf(comment: ReviewComment): ReviewComment[] {
  const out: ReviewComment[] = [];
  const stack = [...comment.replies].reverse();
  while (stack.length > 0) {
    const reply = stack.pop()!;
    out.push(reply);
    stack.push(...[...reply.replies].reverse());
  }
  return out;
}

function repliesNote(replies: ReviewComment[]): string {
  if (replies.length === 0) return '';
  const authors = [...new Set(replies.map((r) => r.author))];
  return ` (${replies.length === 1 ? '1 reply' : `${replies.length} replies`}, from ${authors.join(', ')})`;
}

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Word comments must be resolved before a specification goes out',
      rationale:
        'A specification that goes to procurement becomes part of a contract. A comment still open in its margin is a question nobody has answered or a change nobody has made: bidders may read it, and the commitment it questions may not mean what the commissioner intended. Resolve each thread (answer it, change the text, and mark it done) or delete it before the draft goes out.',
      source:
        'NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).',
      recommended: false,
      procurementReady: true,
      goodExample: 'Every comment answered and marked resolved (Review > Resolve), or deleted, before the specification is issued.',
    },
    messages: {
      open: {
        found: 'An open comment from {{author}}: "{{words}}"{{replies}}.',
        ask: 'Answer it, change the text if needed, and mark it resolved (or delete it) before the specification goes out.',
      },
    },
    schema: [],
  },
  create(context) {
    return {
      documentEnd(doc) {
        for (const comment of doc.comments) {
          // One finding per open thread: replies belong to their first comment.
          // speclint's own findings (--annotate) are found afresh from the text.
          if (comment.parent || comment.done || comment.directive || comment.bySpeclint) continue;
          const data = { author: comment.author, words: firstWords(comment.text) || '(no text)', replies: repliesNote(repliesOf(comment)) };
          const { start, end } = comment;
          if (!start || !end) {
            context.report({ messageId: 'open', data });
            continue;
          }
          // The finding covers the commented text in its first paragraph; the quote is all of it.
          const to = end.block === start.block ? end.offset : start.block.text.length;
          context.report({ range: { block: start.block, start: start.offset, end: to }, quote: comment.quote.trim() || undefined, messageId: 'open', data });
        }
      },
    };
  },
});
