/**
 * The lead-in of a list item: for a top-level item, the last sentence of the paragraph just
 * before its list, in the same section; for a nested item, its parent item; either only when
 * it ends in a colon ("The provider will:", "The Equality Act 2010 requires public bodies
 * to:"), or, for a paragraph, when it runs on unfinished, its colon lost in copying from a PDF
 * ("... to have due regard to the need to"). The labelling guide reads an item's first
 * sentence as the lead-in's continuation (its later sentences stand alone), and so do the
 * rules that judge who promises what. The
 * list runs back over items at the same depth (and over those nested in them) while they
 * stay ordered or unordered alike, and typed by hand ("a) ") or not alike; where another list
 * ends just before it, that list's last item is the lead-in when it ends in a colon.
 */
import type { Block, Sentence, SpecDocument } from '../../src/core/model.js';
import { readsAsTitle } from './text.js';

export type LeadInFinder = (item: Block) => Sentence | undefined;

/** Words an unfinished lead-in needs at least: fewer, and it may be a heading that lost its style ("Key facts"). */
const MIN_UNFINISHED_WORDS = 5;

/**
 * A sentence that runs on into the list below it, its colon lost in copying from a PDF or a web
 * page: "The Equality Act 2010 requires the Council to have due regard to the need to". It has no
 * closing punctuation, several words and does not read as a title.
 */
function unfinished(text: string): boolean {
  const trimmed = text.trimEnd();
  if (/[.!?;:,)"'\u2019\u201d\]]$/u.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length >= MIN_UNFINISHED_WORDS && !readsAsTitle(trimmed);
}

/** Finds lead-ins in one document, each item's found from the one before, so a list costs one pass whatever its length. */
export function leadInFinder(document: SpecDocument): LeadInFinder {
  const { blocks } = document;
  const known = new Map<Block, Sentence | null>();
  const endsInColon = (b: Block): Sentence | null => {
    const last = b.sentences.at(-1);
    return last !== undefined && last.text.trimEnd().endsWith(':') ? last : null;
  };
  // A paragraph may also run on unfinished into its list; an item without closing punctuation is just a list item.
  const leadsIn = (paragraph: Block): Sentence | null => {
    const last = paragraph.sentences.at(-1);
    return last !== undefined && unfinished(last.text) ? last : endsInColon(paragraph);
  };
  return (item) => {
    if (item.kind !== 'list-item' || item.cell) return undefined;
    const depth = item.list?.depth ?? 0;
    const ordered = item.list?.ordered ?? false;
    const typed = item.typedMarker !== undefined;
    const walked: Block[] = [item];
    let answer = known.get(item);
    let at = blocks[item.index - 1];
    while (answer === undefined) {
      if (at === undefined || at.section !== item.section || at.cell) answer = null;
      else if (at.kind !== 'list-item') answer = at.kind === 'paragraph' ? leadsIn(at) : null;
      else if ((at.list?.depth ?? 0) < depth) answer = endsInColon(at); // the parent item
      else if ((at.list?.depth ?? 0) > depth) at = blocks[at.index - 1]; // nested in an earlier item of this list
      // Another list (ordered against unordered, or typed by hand (typed-lists.ts) against the format's own) ends
      // here: its last item leads this list in only when it ends in a colon, as a paragraph would
      // ("• The Equality Act 2010 requires public bodies to:" then "a) eliminate ...").
      else if ((at.list?.ordered ?? false) !== ordered || (at.typedMarker !== undefined) !== typed) answer = endsInColon(at);
      else {
        answer = known.get(at);
        walked.push(at);
        at = blocks[at.index - 1];
      }
    }
    for (const b of walked) known.set(b, answer);
    return answer ?? undefined;
  };
}
