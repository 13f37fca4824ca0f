/**
 * Generators for the fuzz properties: spec-like Markdown, mutated Word files,
 * configs (as YAML text and as objects) and inline directives. Shared by the
 * bounded tests in test/fuzz and by `npm run fuzz` (scripts/fuzz.ts), so they
 * import nothing from vitest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { packageRoot } from '../../src/package-root.js';

// ---------------------------------------------------------------- Markdown

const RULE_IDS = [
  'no-vague-equity-statement',
  'require-ethnicity-outcome-indicators',
  'require-engagement-plan',
  'require-ethnicity-needs-analysis',
  'require-ethnicity-data-recording',
  'require-language-access',
  'no-provider-deferral',
  'no-tick-box-equality-assessment',
  'require-equity-monitoring',
  'no-tolerated-data-gap',
  'require-core-sections',
  'fuzz-existence',
  'fuzz-substitution',
  'fuzz-conditional',
];

const HEADINGS = [
  'Population needs',
  '1. Population needs',
  '2. Outcomes',
  '3. Scope',
  '3.1 Aims and objectives of service',
  'Service description',
  'Quality requirements',
  'Key performance indicators',
  'Engagement',
  'Equality and diversity',
  'Monitoring and reporting',
  'Applicable service standards',
  'Population covered',
  'Appendix',
];

const SENTENCES = [
  'The service will ensure equitable provision for all.',
  'Care will be provided on an equitable basis to every patient, irrespective of where they live or their background.',
  'The service will be accessible to all, regardless of background.',
  'Uptake will be reported quarterly by ethnic group, with a target of 80% for Black African women by March 2026.',
  'Coverage will not be reported by ethnic group.',
  'Not only by age but also by ethnic group.',
  'The provider will ensure services are culturally appropriate.',
  'No adverse impact was identified in the equality impact assessment.',
  'Ethnicity is recorded for only 58% of patients.',
  'Only 40% of referrals have a recorded ethnicity.',
  'We will work with the Eritrean Community Association and the African Women\'s Health Forum every 6 months.',
  'Professional interpreters will be booked for BME patients; family members will not interpret.',
  'Interpreting will be available e.g. in Polish, Urdu and Somali (see para. 3.2, No. 14).',
  'Dr. G. Ellison et al. reviewed it in Jan. 2024 at 9 a.m.',
  'Patients who did not attend, reported by ethnic group, will be followed up within 2 weeks.',
  'Ethnicity data completeness is poor and remains patchy.',
  'Hard to reach groups will be engaged by the Voluntary, Community and Faith sector.',
  'KPI 4: 95% of service users are seen within 18 weeks, broken down by ethnicity (NHS Data Dictionary ethnic category codes).',
];

/** Characters that break naive code: controls, separators, marks, surrogates, emoji. */
const AWKWARD = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
  '\u061c', '\u200b', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ufffe',
  '\ud800', '\udc00', '😀', '👩🏾‍⚕️', 'é', 'e\u0301', 'ﬁ', 'İ', 'ß', '𝔘', '\u0301',
  '<', '>', '&', '"', "'", '`', '|', '\\', '*', '_', '#', '[', ']', '(', ')', '!', '-', '.', '?', ':', ';', ',', '%', '$', '{{', '}}',
];

const awkward = fc.constantFrom(...AWKWARD);
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('equitable', 'all', 'ethnic', 'group', 'interpreter', 'provider', 'no', 'not', 'e.g.', 'No.', 'BME', 'Trust', 'Forum') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: awkward },
);
const phrase = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
const sentence = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 2, arbitrary: phrase });
const inline = fc.array(sentence, { minLength: 1, maxLength: 4 }).chain((parts) =>
  fc.constantFrom('plain', 'strong', 'emphasis', 'code', 'link', 'html').map((style) => {
    const text = parts.join(' ');
    switch (style) {
      case 'strong':
        return `**${text}**`;
      case 'emphasis':
        return `_${text}_`;
      case 'code':
        return `\`${text}\``;
      case 'link':
        return `[${text}](https://example.org/${text.slice(0, 10).replace(/[^A-Za-z0-9]/g, '-')})`;
      case 'html':
        return `<span>${text}</span>`;
      default:
        return text;
    }
  }),
);

/** A directive comment, well formed or not. */
export const directive = fc
  .record({
    kind: fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'Disable', ''),
    ids: fc.array(fc.oneof(fc.constantFrom(...RULE_IDS), fc.string({ maxLength: 10 })), { maxLength: 3 }),
    separator: fc.constantFrom(', ', ',', ' ', '\n'),
    reason: fc.option(fc.oneof(phrase, fc.constantFrom('-- ', '--', '-- -- --', '--><!--')), { nil: undefined }),
    close: fc.constantFrom('-->', '-->', '-->', '--!>', '', '-- >'),
  })
  .map(({ kind, ids, separator, reason, close }) => `<!-- speclint-${kind} ${ids.join(separator)}${reason === undefined ? '' : ` -- ${reason}`} ${close}`);

const indent = fc.nat({ max: 12 }).map((n) => ' '.repeat(n));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(fc.constantFrom(...HEADINGS), phrase), fc.boolean())
  .map(([level, text, setext]) => (setext && level <= 2 ? `${text}\n${level === 1 ? '===' : '---'}` : `${'#'.repeat(level)} ${text}`));
const listBlock = fc
  .array(fc.tuple(fc.nat({ max: 8 }), fc.constantFrom('-', '*', '+', '1.', '2)', '10.'), inline), { minLength: 1, maxLength: 8 })
  .map((items) => items.map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker} ${text}`).join('\n'));
const tableBlock = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(fc.oneof(inline, phrase), { maxLength: 7 }), { maxLength: 6 }), fc.boolean())
  .map(([columns, rows, aligned]) => {
    const row = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    const header = row(Array.from({ length: columns }, (_, i) => HEADINGS[i % HEADINGS.length]!));
    const rule = `|${Array.from({ length: columns }, () => (aligned ? ':---:' : '---')).join('|')}|`;
    return [header, rule, ...rows.map(row)].join('\n');
  });
const longLine = fc
  .tuple(fc.constantFrom(...SENTENCES, 'F&', 'e.g. ', 'not ', '<!--', 'a'.repeat(50), '1,2,', '. ', 'A. '), fc.integer({ min: 100, max: 4000 }))
  // Long enough to hit quadratic paths, short enough to keep a run to milliseconds (the 1 MB lines are in test/redos.test.ts).
  .map(([unit, times]) => unit.repeat(Math.min(times, Math.floor(16_000 / unit.length))));
const otherBlock = fc.oneof(
  fc.constant('---\ntitle: x\n---'),
  fc.constant('```\nunclosed code fence'),
  fc.constant('```js\nconst x = 1;\n```'),
  fc.constant('***'),
  fc.tuple(fc.integer({ min: 1, max: 70 }), inline).map(([n, text]) => `${'>'.repeat(n)} ${text}`),
  fc.constant('[^1]: A footnote.\n\nText[^1].'),
  fc.constant('[ref]: https://example.org "title"'),
  fc.constant('<div>\n<!-- not a directive -->\n</div>'),
  fc.constant('<!--'),
  fc.constant('-->'),
  fc.constant('- [ ] task\n- [x] done'),
  fc.constant('    indented code'),
  fc.constant('&amp; &#0; &#x110000; &nbsp; &bogus;'),
  fc.constant('![image](x.png)'),
);

export const markdownBlock = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 6, arbitrary: fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: listBlock },
  { weight: 2, arbitrary: tableBlock },
  { weight: 2, arbitrary: directive },
  { weight: 1, arbitrary: longLine },
  { weight: 2, arbitrary: otherBlock },
  { weight: 1, arbitrary: fc.tuple(indent, inline).map(([i, t]) => i + t) },
);

/** Point edits applied after assembly: inserts, deletions and replacements anywhere. */
const edits = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 20 }), fc.oneof(awkward, fc.string({ maxLength: 6 }), fc.constant('\n'), fc.constant(''))),
  { maxLength: 6 },
);

function applyEdits(text: string, list: Array<[number, number, string]>): string {
  let out = text;
  for (const [where, remove, insert] of list) {
    const at = Math.floor(where * out.length);
    out = out.slice(0, at) + insert + out.slice(at + remove);
  }
  return out;
}

/** Spec-like Markdown: blocks joined with varied line endings, then a few random edits. */
export const markdownDocument = fc
  .tuple(fc.array(markdownBlock, { maxLength: 14 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\r', '\n\n\n'), edits, fc.boolean())
  .map(([blocks, separator, list, bom]) => (bom ? '\ufeff' : '') + applyEdits(blocks.join(separator), list));

/** Markdown with directives scattered through it (for the directive properties). */
export const markdownWithDirectives = fc
  .tuple(fc.array(fc.oneof(markdownBlock, directive, directive), { minLength: 1, maxLength: 14 }), fc.constantFrom('\n\n', '\n'))
  .map(([blocks, separator]) => blocks.join(separator));

// ---------------------------------------------------------------- Word

const pandocDir = join(packageRoot, 'fixtures', 'docx', 'pandoc');
export const DOCX_FIXTURES = ['mental-health-crisis.docx', 'weak-community-diabetes.docx', 'sexual-health.docx'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(pandocDir, name))),
}));
const fixture = fc.constantFrom(...DOCX_FIXTURES);

/** Flips bits anywhere in the zip, and more often in its headers and central directory. */
export const bitFlippedDocx = fc
  .tuple(fixture, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 7 }), fc.boolean()), { minLength: 1, maxLength: 8 }))
  .map(([{ bytes }, flips]) => {
    const out = bytes.slice();
    for (const [where, bit, nearEnd] of flips) {
      // The central directory is in the last few hundred bytes: aim there half the time.
      const at = nearEnd ? out.length - 1 - Math.floor(where * Math.min(out.length, 1500)) : Math.floor(where * out.length);
      out[at]! ^= 1 << bit;
    }
    return out;
  });

const xmlText = fc.oneof(phrase, fc.constantFrom(...SENTENCES), awkward.filter((c) => !/[\ud800-\udfff]/.test(c)));
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrValue = fc.oneof(
  fc.constantFrom('0', '1', '-1', '8', '9', '10', '999999999', '1e309', 'NaN', '', 'x', 'Heading1', 'Title', 'true', 'off'),
  fc.integer({ min: -5, max: 12 }).map(String),
  fc.string({ maxLength: 8 }).map(escapeXml),
);
/** A fragment of WordprocessingML, valid, invalid or hostile. */
export const xmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    xmlText.map((t) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`),
    fc.array(tie('node'), { maxLength: 3 }).map((kids) => `<w:p>${kids.join('')}</w:p>`),
    fc.tuple(attrValue, attrValue).map(([style, level]) => `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:outlineLvl w:val="${level}"/></w:pPr><w:r><w:t>Heading</w:t></w:r></w:p>`),
    fc.tuple(attrValue, attrValue).map(([numId, ilvl]) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>`),
    fc.array(fc.array(tie('node'), { maxLength: 2 }), { maxLength: 3 }).map((cells) => `<w:tbl><w:tblPr><w:tblLook w:val="0020" w:firstRow="1"/></w:tblPr><w:tr><w:trPr><w:tblHeader/></w:trPr>${cells.map((c) => `<w:tc>${c.join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr></w:tbl>`),
    attrValue.map((id) => `<w:commentRangeStart w:id="${id}"/>`),
    attrValue.map((id) => `<w:commentRangeEnd w:id="${id}"/>`),
    tie('node').map((n) => `<w:del>${n}</w:del>`),
    tie('node').map((n) => `<w:ins>${n}</w:ins>`),
    tie('node').map((n) => `<mc:AlternateContent><mc:Choice>${n}</mc:Choice><mc:Fallback>${n}</mc:Fallback></mc:AlternateContent>`),
    fc.constantFrom(
      '<w:br/>', '<w:tab/>', '<w:cr/>', '<w:noBreakHyphen/>', '<w:b/>', '<w:b w:val="0"/>', '<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r>',
      '<w:p/>', '<w:p>', '</w:p>', '<w:tbl>', '</w:tbl>', '<w:tr>', '<w:tc>', '</w:tc>', '<w:t>', '</w:t>', '<w:pPr>', '</w:rPr>',
      '<w:instrText>HYPERLINK</w:instrText>', '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>',
      '<![CDATA[ raw & text ]]>', '<?pi data?>', '<!-- comment -->', '&amp;&lt;&#65;&#x42;', '&undefined;', '&#0;', '<', '>', '&',
      '<w:t>unclosed', '<x:y:z/>', '<w:p xmlns:w="urn:other"/>', '<!DOCTYPE x>', '<!ENTITY a "b">', '\u0000', '\uffff',
    ),
  ),
})).node;

/** The fixture with random XML inserted at tag boundaries of word/document.xml. */
export const xmlMutatedDocx = fc
  .tuple(fixture, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), xmlFragment), { minLength: 1, maxLength: 5 }))
  .map(([{ bytes }, inserts]) => {
    const parts: Zippable = unzipSync(bytes);
    let xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    for (const [where, fragment] of inserts) {
      // Insert after a '>' so that the surrounding markup stays mostly intact.
      const at = xml.indexOf('>', Math.floor(where * xml.length));
      const pos = at === -1 ? xml.length : at + 1;
      xml = xml.slice(0, pos) + fragment + xml.slice(pos);
    }
    parts['word/document.xml'] = strToU8(xml);
    return zipSync(parts);
  });

/** Ids from a small set, so that paragraphs, styles and numbering refer to one another. */
const smallId = fc.constantFrom('0', '1', '2', '3', 'x');

const styleXml = fc
  .record({
    id: fc.oneof(fc.constantFrom('Heading1', 'Heading2', 'Title', 'Normal', 'ListParagraph', 'Body', 'BodyText', 'FirstParagraph', 'Compact'), fc.string({ maxLength: 6 }).map(escapeXml)),
    name: fc.oneof(fc.constantFrom('heading 1', 'heading 9', 'Heading 0', 'Title', 'title', 'Normal', 'heading   2'), fc.string({ maxLength: 10 }).map(escapeXml)),
    basedOn: fc.option(fc.constantFrom('Heading1', 'Heading2', 'Title', 'Normal', 'Body', 'BodyText', 'FirstParagraph', 'Compact'), { nil: undefined }),
    outline: fc.option(attrValue, { nil: undefined }),
    numId: fc.option(smallId, { nil: undefined }),
    ilvl: fc.option(attrValue, { nil: undefined }),
    bold: fc.option(fc.constantFrom('', ' w:val="0"', ' w:val="true"'), { nil: undefined }),
  })
  .map(
    (s) =>
      `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}<w:pPr>${s.outline !== undefined ? `<w:outlineLvl w:val="${s.outline}"/>` : ''}${s.numId !== undefined ? `<w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}<w:numId w:val="${s.numId}"/></w:numPr>` : ''}</w:pPr>${s.bold !== undefined ? `<w:rPr><w:b${s.bold}/></w:rPr>` : ''}</w:style>`,
  );

const levelXml = fc
  .record({
    ilvl: attrValue,
    format: fc.constantFrom('decimal', 'bullet', 'none', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'ordinal', ''),
    text: fc.oneof(fc.constantFrom('%1.', '%1.%2', '%1.%2.%3.%4.%5.%6.%7.%8.%9', '%0', '%10', '(%1)', ''), fc.string({ maxLength: 8 }).map(escapeXml)),
    start: fc.option(attrValue, { nil: undefined }),
  })
  .map((l) => `<w:lvl w:ilvl="${l.ilvl}">${l.start !== undefined ? `<w:start w:val="${l.start}"/>` : ''}<w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/></w:lvl>`);

const numberingXml = fc
  .tuple(
    fc.array(fc.tuple(smallId, fc.array(levelXml, { maxLength: 6 })), { maxLength: 4 }),
    fc.array(fc.tuple(smallId, smallId), { maxLength: 6 }),
  )
  .map(
    ([abstracts, nums]) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstracts
        .map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`)
        .join('')}${nums.map(([num, abstract]) => `<w:num w:numId="${num}"><w:abstractNumId w:val="${abstract}"/></w:num>`).join('')}</w:numbering>`,
  );

const commentsXml = fc
  .array(fc.tuple(attrValue, fc.oneof(directive.map((d) => d.replace(/^<!--\s*/, '').replace(/\s*-->?$/, '')), phrase)), { maxLength: 4 })
  .map(
    (comments) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comments
        .map(([id, text]) => `<w:comment w:id="${id}"><w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:comment>`)
        .join('')}</w:comments>`,
  );

/**
 * The fixture with random styles.xml, numbering.xml and comments.xml, and
 * paragraphs in document.xml that use them (numbered, styled and commented).
 */
export const partsMutatedDocx = fc
  .tuple(
    fixture,
    fc.array(styleXml, { maxLength: 8 }),
    numberingXml,
    commentsXml,
    fc.array(
      fc.oneof(
        xmlFragment,
        attrValue.map((id) => `<w:commentRangeStart w:id="${id}"/><w:p><w:r><w:t>The service is fair to all.</w:t></w:r></w:p><w:commentRangeEnd w:id="${id}"/>`),
        fc.tuple(smallId, attrValue, fc.constantFrom(...SENTENCES)).map(
          ([numId, ilvl, text]) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`,
        ),
        fc.tuple(fc.constantFrom('Heading1', 'Heading2', 'Title', 'Normal', 'Body'), fc.constantFrom(...SENTENCES)).map(
          ([style, text]) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`,
        ),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([{ bytes }, styles, numbering, comments, paragraphs]) => {
    const parts: Zippable = unzipSync(bytes);
    parts['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles.join('')}</w:styles>`,
    );
    parts['word/numbering.xml'] = strToU8(numbering);
    parts['word/comments.xml'] = strToU8(comments);
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    parts['word/document.xml'] = strToU8(xml.replace('<w:body>', `<w:body>${paragraphs.join('')}`));
    return zipSync(parts);
  });

// ---------------------------------------------------------------- configs

const KEYS = ['extends', 'plugins', 'rulesDir', 'rules', 'settings', 'overrides', 'ignores', 'reportUnusedDirectives', '$schema'];
const SETTING_KEYS = ['focus', 'lexicons', 'limits', 'maxUnzippedMB', 'maxZipEntries', 'ruleTimeBudgetMs', 'groups', 'add', 'remove', 'replace', 'patterns'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const configKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS, ...SETTING_KEYS, ...RULE_IDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const configLeaf = fc.oneof(
  fc.constantFrom('off', 'warn', 'error', 0, 1, 2, 3, -1, true, false, null, 'speclint:recommended', 'speclint:all', 'speclint:strict', 'speclint:nope', 'plugin:x/y', './missing.yaml', 'ethnicity', 'postcode', '**', '[', 'files', 0.0001, 1e308, ''),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
);

/** Config-shaped data: known and unknown keys, wrong types, hostile keys, deep nesting. */
export const configObject: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    configLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(configKey, tie('value')), { maxLength: 5 }).map((entries) => {
      // defineProperty makes "__proto__" an own key, as a parser would.
      const out: Record<string, unknown> = {};
      for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    }),
  ),
})).value;

/** Deeply nested YAML (flow or block), up to a few hundred levels. */
const deepYaml = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('flow-seq', 'flow-map', 'block'), configKey)
  .map(([depth, style, key]) => {
    if (style === 'flow-seq') return `settings:\n  x: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
    if (style === 'flow-map') return `settings: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    return Array.from({ length: Math.min(depth, 120) }, (_, i) => `${' '.repeat(i * 2)}${i === 0 ? 'settings' : key}:`).join('\n') + ' 1\n';
  });

/** Alias bombs, merge keys, tags and other YAML features a config has no need of. */
const yamlTrick = fc.constantFrom(
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'settings: &s\n  focus: ethnicity\noverrides:\n  - files: ["*"]\n    settings: *s\n',
  'base: &b {rules: {no-vague-equity-statement: error}}\n<<: *b\n',
  'settings:\n  <<: {__proto__: {polluted: true}}\n',
  '__proto__:\n  polluted: true\n',
  'settings: !!js/function "function () { return 1 }"\n',
  'settings: !!binary aGVsbG8=\n',
  'settings: !!set {a, b}\n',
  'ignores: !!omap [a: 1]\n',
  'rules: !custom {x: y}\n',
  'rules:\n  a: 1\n  a: 2\n',
  '---\nrules: {}\n---\nrules: {}\n',
  '%YAML 1.1\n---\nrules: {}\n',
  'rules: {{no-vague-equity-statement: error}: 1}\n',
  '? [complex, key]\n: value\n',
  'settings: *undefined_alias\n',
  '"\\u0000": 1\n',
  '\ufeffrules: {}\n',
  'rules:\n\tno-vague-equity-statement: error\n',
);

/** A config file's text: YAML from the object generator, tricks, deep nesting, and random edits. */
export const configYamlText = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: configObject.map((o) => yamlOf(o, 0)) },
      { weight: 2, arbitrary: yamlTrick },
      { weight: 1, arbitrary: deepYaml },
    ),
    edits,
  )
  .map(([text, list]) => applyEdits(text, list.slice(0, 2)));

/** A plain YAML rendering that keeps hostile keys as keys (JSON.stringify would too, but not as YAML). */
function yamlOf(value: unknown, depth: number): string {
  if (depth > 30) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => yamlOf(v, depth + 1)).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}: ${yamlOf((value as Record<string, unknown>)[k], depth + 1)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
  return JSON.stringify(value) ?? 'null';
}
