/**
 * The reports' vocabulary (rules/report/vocabulary.yaml). Model wording that
 * fits the service: a few service areas named by the words that mark them, with
 * an example per rule; others get neutral wording, or the rule's own
 * goodExample. And the headings a whole-document comment goes on. Pure: the
 * CLI reads the file (vocabulary-file.ts), the browser checker has it built in.
 */
import type { RuleModule } from '../core/rule.js';
import { goodExampleText } from './text.js';

export interface ServiceArea {
  id: string;
  /** As in "a model for a diabetes service". */
  label: string;
  words: string[];
  examples: Record<string, string>;
}

export interface ReportVocabulary {
  neutral: Record<string, string>;
  areas: ServiceArea[];
  /** By key action: phrases of the headings a whole-document finding's comment goes on, in order of preference. */
  sections: Record<string, string[]>;
}

export const NO_VOCABULARY: ReportVocabulary = { neutral: {}, areas: [], sections: {} };

/** The first heading (in order of the phrases) that contains one of them, any case; undefined for none. */
export function headingFor<T extends { text: string }>(phrases: readonly string[] | undefined, headings: readonly T[]): T | undefined {
  for (const phrase of phrases ?? []) {
    const found = headings.find((h) => h.text.toLowerCase().includes(phrase.toLowerCase()));
    if (found) return found;
  }
  return undefined;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whole words, any case: "births" is not found in "rebirths"; "HIV" is in "HIV testing". No RegExp built from data. */
function mentions(text: string, word: string): boolean {
  const hay = text.toLowerCase();
  const needle = word.toLowerCase();
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
  }
  return false;
}

/** The first area any of whose words the texts mention, tried in order (the title first, then the file name). */
export function serviceArea(texts: readonly string[], models: ReportVocabulary): ServiceArea | undefined {
  for (const text of texts) {
    const area = models.areas.find((a) => a.words.some((w) => mentions(text, w)));
    if (area) return area;
  }
  return undefined;
}

/** The model wording for a rule in a service area, as plain text (a Markdown table row becomes its cells). */
export function modelFor(ruleId: string, area: ServiceArea | undefined, models: ReportVocabulary, rules: Readonly<Record<string, RuleModule<any>>>): string | undefined {
  const text = area?.examples[ruleId] ?? models.neutral[ruleId] ?? rules[ruleId]?.meta.docs.goodExample;
  return text === undefined || text.trim() === '' ? undefined : goodExampleText(text.trim());
}

/** Checks the shape of the data read from YAML; the message names what is wrong. */
export function checkVocabulary(data: unknown, where: string): ReportVocabulary {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const strings = (v: unknown, what: string): Record<string, string> => {
    if (v === undefined) return {};
    if (!isRecord(v) || Object.values(v).some((s) => typeof s !== 'string')) return fail(`${what} must map rule ids to text`);
    return v as Record<string, string>;
  };
  if (!isRecord(data)) return fail('expected a mapping with neutral and areas');
  const areas = data.areas ?? [];
  if (!Array.isArray(areas)) return fail('areas must be a list');
  const sections = data.sections ?? {};
  if (!isRecord(sections) || Object.values(sections).some((v) => !Array.isArray(v) || v.some((p) => typeof p !== 'string' || p.trim() === ''))) {
    return fail('sections must map key actions to lists of heading phrases');
  }
  return {
    sections: sections as Record<string, string[]>,
    neutral: strings(data.neutral, 'neutral'),
    areas: areas.map((a: unknown, i) => {
      if (!isRecord(a) || typeof a.id !== 'string' || typeof a.label !== 'string') return fail(`areas[${i}] needs an id and a label`);
      if (!Array.isArray(a.words) || a.words.length === 0 || a.words.some((w) => typeof w !== 'string' || w.trim() === '')) return fail(`areas[${i}] (${a.id}) needs a list of words`);
      return { id: a.id, label: a.label, words: a.words as string[], examples: strings(a.examples, `areas[${i}].examples`) };
    }),
  };
}
