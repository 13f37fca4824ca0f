/** Modules made by scripts/build-web.mjs at build time. */
declare module 'virtual:speclint/lexicons' {
  const snapshot: import('./worker/lexicon-snapshot.js').LexiconSnapshot;
  export default snapshot;
}
declare module 'virtual:speclint/rule-docs' {
  const docs: Record<string, import('../../src/docs/doc-tree.js').DocNode>;
  export default docs;
}
declare module 'virtual:speclint/worker-source' {
  /** The worker bundle's code, started from a blob: URL (file:// pages cannot start a worker from a file). */
  const source: string;
  export default source;
}
declare module 'virtual:speclint/build-info' {
  const info: { version: string };
  export default info;
}
declare module 'virtual:speclint/vocabulary' {
  /** rules/report/vocabulary.yaml, read and checked at build time. */
  const vocabulary: import('../../src/report/vocabulary.js').ReportVocabulary;
  export default vocabulary;
}
declare module 'virtual:speclint/warm-up' {
  /** A short specification (examples/weak-community-diabetes.md) the worker checks while the page waits for a file. */
  const text: string;
  export default text;
}
