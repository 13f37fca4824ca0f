// dist/src/loaders/docx/limits.js
const DEFAULT_ZIP_LIMITS = {
	maxEntryBytes: 67108864,
	maxTotalBytes: 536870912,
	maxEntries: 2e3
};
export { DEFAULT_ZIP_LIMITS as t };
