/** Word files back with findings as comments (`--annotate`). */
export { annotateDocx, annotateDocxDetailed, type AnnotateOptions, type AnnotatedDocx, type PlacedComment, type Placement } from './docx.js';
export { writeAnnotatedCopies, describeOutcome, reviewedName, isWordResult, type AnnotateFileInput, type AnnotateOutcome, type WriteAnnotatedOptions } from './write.js';
