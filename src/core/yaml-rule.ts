/**
 * Declarative rules, as Vale styles have them: a rule is data that `extends`
 * one of a few checks. Pure: the file is read and validated elsewhere.
 *
 *   existence     flag these phrases
 *   substitution  flag these phrases and suggest a replacement
 *   conditional   where `first` appears, `second` must appear too
 *                 (in the same sentence, paragraph, section or document)
 */
import { compileLexicon, type LexiconData, type LexiconMatch } from './lexicon.js';
import type { Block, Section, Sentence, SectionKind } from './model.js';
import { defineRule, type RuleModule } from './rule.js';

export type YamlRuleScope = 'sentence' | 'heading' | 'table-cell' | 'list-item' | `section:${SectionKind}`;

export interface YamlRuleData {
  extends: 'existence' | 'substitution' | 'conditional';
  message: string;
  description?: string;
  level?: 'error' | 'warn';
  link?: string;
  /** Where the rule looks; several scopes may be given. Default: every sentence. */
  scope?: YamlRuleScope | YamlRuleScope[];
  /** existence: phrases in lexicon syntax. */
  tokens?: Array<string | { term: string; matchCase?: boolean }>;
  /** existence: regular expressions. */
  patterns?: string[];
  /** substitution: phrase → replacement. */
  swap?: Record<string, string>;
  /** conditional: if this appears... */
  first?: string | string[];
  /** ...this must appear too. */
  second?: string | string[];
  /** conditional: how far `second` may be from `first`. Default: the same sentence. */
  within?: 'sentence' | 'paragraph' | 'section' | 'document';
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function inScope(sentence: Sentence, scopes: YamlRuleScope[]): boolean {
  if (scopes.length === 0) return sentence.block.kind !== 'heading';
  const block = sentence.block;
  return scopes.some((scope) => {
    if (scope === 'sentence') return block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'table-cell';
    if (scope === 'heading') return block.kind === 'heading';
    if (scope === 'table-cell') return block.kind === 'table-cell' || Boolean(block.cell);
    if (scope === 'list-item') return block.kind === 'list-item';
    return scope.startsWith('section:') && block.section.kind === scope.slice('section:'.length);
  });
}

/** Headings have no sentences; a heading in scope is read as one. */
function headingSentence(block: Block): Sentence {
  return { block, text: block.text, start: 0, end: block.text.length };
}

export function compileYamlRule(id: string, data: YamlRuleData): RuleModule {
  const scopes = asList(data.scope);
  const lexicon = (name: string, terms: LexiconData['terms'], patterns?: string[]) => compileLexicon({ name: `${id}/${name}`, terms, patterns });
  const docs = {
    description: data.description ?? data.message.replace(/\{\{\s*\w+\s*\}\}/g, '…'),
    rationale: data.description ?? '',
    source: data.link ?? 'Your organisation\'s own rule.',
    recommended: data.level ?? 'warn',
    goodExample: '',
    url: data.link,
  } as const;

  /** Sentences to look at, headings included when a scope asks for them. */
  const units = (block: Block): Sentence[] => (block.kind === 'heading' ? [headingSentence(block)] : block.sentences);

  switch (data.extends) {
    case 'existence':
    case 'substitution': {
      const swaps = Object.entries(data.swap ?? {});
      const terms = data.extends === 'substitution' ? swaps.map(([from]) => from) : (data.tokens ?? []);
      const matcher = lexicon('tokens', terms, data.patterns);
      const replacement = (match: LexiconMatch): string | undefined => swaps.find(([from]) => from === match.term)?.[1];
      return defineRule({
        meta: { type: 'suggestion', docs, messages: { found: data.message, swap: 'Replace "{{match}}" with "{{replacement}}"' }, hasSuggestions: data.extends === 'substitution' },
        create(context) {
          return {
            block(block) {
              for (const sentence of units(block)) {
                if (!inScope(sentence, scopes)) continue;
                for (const match of matcher.find(sentence.text)) {
                  const swap = replacement(match);
                  context.report({
                    range: { block, start: sentence.start + match.start, end: sentence.start + match.end },
                    messageId: 'found',
                    data: { match: match.text, ...(swap !== undefined && { replacement: swap }) },
                    ...(swap !== undefined && { suggest: [{ messageId: 'swap', data: { match: match.text, replacement: swap }, fix: { text: swap } }] }),
                  });
                }
              }
            },
          };
        },
      });
    }
    case 'conditional': {
      const first = lexicon('first', asList(data.first));
      const second = lexicon('second', asList(data.second));
      const within = data.within ?? 'sentence';
      const sectionText = (section: Section): string => section.blocks.map((b) => b.text).join('\n');
      return defineRule({
        meta: { type: 'suggestion', docs, messages: { missing: data.message } },
        create(context) {
          let documentHasSecond: boolean | undefined;
          const satisfied = (sentence: Sentence): boolean => {
            switch (within) {
              case 'sentence':
                return second.test(sentence.text);
              case 'paragraph':
                return second.test(sentence.block.text);
              case 'section':
                return second.test(sectionText(sentence.block.section));
              default:
                documentHasSecond ??= context.document.blocks.some((b) => second.test(b.text));
                return documentHasSecond;
            }
          };
          return {
            block(block) {
              for (const sentence of units(block)) {
                if (!inScope(sentence, scopes)) continue;
                const match = first.first(sentence.text);
                if (match && !satisfied(sentence)) {
                  context.report({
                    range: { block, start: sentence.start + match.start, end: sentence.start + match.end },
                    messageId: 'missing',
                    data: { match: match.text },
                  });
                }
              }
            },
          };
        },
      });
    }
  }
}
