/**
 * Flags tracked changes left in a Word draft: insertions, deletions, moves and
 * formatting changes. One finding per paragraph with changes; past a
 * threshold (option `maxFindings`), one finding for the whole document with
 * the count and the first few paragraphs, so a heavily revised draft is one
 * instruction ("accept or reject all"), not a hundred.
 *
 * The other rules read the text as if every change were accepted (the loader
 * keeps deleted text out of the model); this rule says the changes are there.
 */
import { defineRule } from '../src/core/rule.js';
import type { Block, TrackedChange, TrackedChangeKind } from '../src/core/model.js';

type Options = [{ maxFindings?: number }];

/** How many paragraphs a document-level finding names. */
const NAMED_PARAGRAPHS = 3;
/** Most characters of changed text a message quotes. */
const SNIPPET = 60;

const NOUNS: Record<TrackedChangeKind, [string, string]> = {
  insertion: ['an insertion', 'insertions'],
  deletion: ['a deletion', 'deletions'],
  'move-from': ['text moved away', 'pieces of text moved away'],
  'move-to': ['text moved here', 'pieces of text moved here'],
  formatting: ['a formatting change', 'formatting changes'],
};

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET) return flat;
  const cut = flat.lastIndexOf(' ', SNIPPET);
  return `${flat.slice(0, cut > SNIPPET / 2 ? cut : SNIPPET)}…`;
}

/**
 * The changes a reader would count: a paragraph deleted whole is its text and
 * its paragraph mark, two changes in the file but one to the reader, so
 * text-less changes count only when a kind has no other.
 */
function counted(changes: TrackedChange[]): TrackedChange[] {
  const out: TrackedChange[] = [];
  for (const kind of new Set(changes.map((c) => c.kind))) {
    const same = changes.filter((c) => c.kind === kind);
    const withText = same.filter((c) => c.text.trim() !== '');
    out.push(...(withText.length > 0 ? withText : same));
  }
  return out;
}

/** "an insertion by Tom Reid ("group education in Punjabi…"); a deletion by Tom Reid ("equitable provision")". */
function describe(changes: TrackedChange[]): string {
  const parts: string[] = [];
  const kinds = [...new Set(changes.map((c) => c.kind))];
  for (const kind of kinds) {
    const same = counted(changes).filter((c) => c.kind === kind);
    const authors = [...new Set(same.map((c) => c.author?.trim()).filter((a): a is string => Boolean(a)))];
    const texts = same.map((c) => snippet(c.text)).filter(Boolean);
    const [one, many] = NOUNS[kind];
    let part = same.length === 1 ? one : `${same.length} ${many}`;
    if (authors.length > 0) part += ` by ${authors.join(', ')}`;
    if (texts.length > 0) part += ` (${texts.map((t) => `"${t}"`).join(', ')})`;
    parts.push(part);
  }
  return parts.join('; ');
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Tracked changes must be accepted or rejected before a specification goes out',
      rationale:
        'A specification that goes to procurement becomes part of a contract. A tracked change left in it means two versions of a commitment at once: a bidder reading with changes shown sees deleted words that no longer apply, one reading without them may not see an insertion that was never agreed. Accept or reject every change so the text that goes out is the text that was agreed.',
      source:
        'NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).',
      recommended: false,
      procurementReady: true,
      goodExample: 'Every tracked change accepted or rejected (Review > Accept > Accept All Changes, once each has been agreed), and change tracking turned off in the copy that is issued.',
    },
    messages: {
      changed: {
        found: 'Tracked changes are still in this paragraph: {{changes}}.',
        ask: 'Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed.',
      },
      'changed-nearby': {
        found: 'Tracked changes are still in a paragraph that has no text once they are accepted (paragraph {{paragraph}}, {{where}} this one): {{changes}}.',
        ask: 'Accept or reject them (Review > Accept or Reject).',
      },
      many: {
        found: 'This draft still has {{count}} tracked changes in {{paragraphs}} paragraphs, starting with {{first}}.',
        ask: 'Review each one and accept or reject it (Review > Accept or Reject), then turn off Track Changes in the copy that goes out.',
      },
    },
    schema: [
      {
        type: 'object',
        properties: {
          maxFindings: {
            type: 'integer',
            minimum: 0,
            description:
              'Most paragraphs reported one by one. When more paragraphs have tracked changes than this, one finding for the whole document gives the count and the first few paragraphs instead.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ maxFindings: 10 }],
  },
  create(context) {
    const maxFindings = context.options[0]?.maxFindings ?? 10;
    return {
      documentEnd(doc) {
        if (doc.trackedChanges.length === 0) return;
        // Changes by paragraph, in document order.
        const byLine = new Map<number, TrackedChange[]>();
        for (const change of doc.trackedChanges) {
          const list = byLine.get(change.line) ?? [];
          list.push(change);
          byLine.set(change.line, list);
        }
        const paragraphs = [...byLine.entries()].sort((a, b) => a[0] - b[0]);

        if (paragraphs.length > maxFindings) {
          const first = paragraphs.slice(0, NAMED_PARAGRAPHS).map(([line, changes]) => {
            const own = changes.find((c) => c.inBlock)?.block;
            return own ? `paragraph ${line} ("${snippet(own.written)}")` : `paragraph ${line}`;
          });
          context.report({
            messageId: 'many',
            data: { count: paragraphs.reduce((n, [, changes]) => n + counted(changes).length, 0), paragraphs: paragraphs.length, first: first.join(', ') },
          });
          return;
        }

        for (const [line, changes] of paragraphs) {
          const own = changes.find((c) => c.inBlock);
          if (own?.block) {
            const start = Math.min(...changes.filter((c) => c.inBlock).map((c) => c.start));
            const end = Math.max(...changes.filter((c) => c.inBlock).map((c) => c.end));
            context.report({ range: { block: own.block, start, end }, messageId: 'changed', data: { changes: describe(changes) } });
            continue;
          }
          const near: Block | undefined = changes[0]!.block;
          const data = { changes: describe(changes), paragraph: line, where: near && near.index >= 0 && isAfter(doc, near, line) ? 'before' : 'after' };
          if (near) context.report({ block: near, messageId: 'changed-nearby', data });
          else context.report({ messageId: 'changed-nearby', data });
        }
      },
    };
  },
});

/** The block starts on a later line than `line`: the changed paragraph is before it. */
function isAfter(doc: { positionAt(offset: number): { line: number } }, block: Block, line: number): boolean {
  const start = block.spans[0]?.sourceStart;
  return start !== undefined && doc.positionAt(start).line > line;
}
