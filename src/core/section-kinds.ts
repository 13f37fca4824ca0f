/**
 * Which section kinds a heading names, read from the section-headings lexicon (each
 * phrase tagged with its kind). Shared by the document builder, which gives each
 * section its kind, and require-core-sections, which asks which kinds are present.
 */
import type { Lexicon } from './lexicon.js';
import type { SectionKind } from './model.js';

/**
 * The section kinds a heading's phrases name, longest phrase first. A phrase listed as
 * `other` names something that is not a section ("The CVD Outcomes Strategy", "Public
 * Health Outcomes Framework"), and the phrases inside it ("Outcomes") name nothing.
 */
export function kindsNamed(title: string, headings: Lexicon): { kind: SectionKind; length: number }[] {
  const found = headings.find(title).filter((m) => m.tag);
  const others = found.filter((m) => m.tag === 'other');
  return found
    .filter((m) => m.tag === 'other' || !others.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
    .map((m) => ({ kind: m.tag as SectionKind, length: m.end - m.start }))
    .sort((a, b) => b.length - a.length);
}
