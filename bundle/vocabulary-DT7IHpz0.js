import { r as goodExampleText } from "./text-GGm7bufg.js";
// dist/src/report/vocabulary.js
const NO_VOCABULARY = {
	neutral: {},
	areas: [],
	sections: {}
};
/** The first heading (in order of the phrases) that contains one of them, any case; undefined for none. */
function headingFor(phrases, headings) {
	for (const phrase of phrases ?? []) {
		const found = headings.find((h) => h.text.toLowerCase().includes(phrase.toLowerCase()));
		if (found) return found;
	}
}
const isWordChar = (c) => c !== void 0 && /[\p{L}\p{N}]/u.test(c);
/** Whole words, any case: "births" is not found in "rebirths"; "HIV" is in "HIV testing". No RegExp built from data. */
function mentions(text, word) {
	const hay = text.toLowerCase();
	const needle = word.toLowerCase();
	for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
	return false;
}
/** The first area any of whose words the texts mention, tried in order (the title first, then the file name). */
function serviceArea(texts, models) {
	for (const text of texts) {
		const area = models.areas.find((a) => a.words.some((w) => mentions(text, w)));
		if (area) return area;
	}
}
/** The model wording for a rule in a service area, as plain text (a Markdown table row becomes its cells). */
function modelFor(ruleId, area, models, rules) {
	const text = area?.examples[ruleId] ?? models.neutral[ruleId] ?? rules[ruleId]?.meta.docs.goodExample;
	return text === void 0 || text.trim() === "" ? void 0 : goodExampleText(text.trim());
}
/** Checks the shape of the data read from YAML; the message names what is wrong. */
function checkVocabulary(data, where) {
	const fail = (what) => {
		throw new Error(`${where}: ${what}`);
	};
	const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	const strings = (v, what) => {
		if (v === void 0) return {};
		if (!isRecord(v) || Object.values(v).some((s) => typeof s !== "string")) return fail(`${what} must map rule ids to text`);
		return v;
	};
	if (!isRecord(data)) return fail("expected a mapping with neutral and areas");
	const areas = data.areas ?? [];
	if (!Array.isArray(areas)) return fail("areas must be a list");
	const sections = data.sections ?? {};
	if (!isRecord(sections) || Object.values(sections).some((v) => !Array.isArray(v) || v.some((p) => typeof p !== "string" || p.trim() === ""))) return fail("sections must map key actions to lists of heading phrases");
	return {
		sections,
		neutral: strings(data.neutral, "neutral"),
		areas: areas.map((a, i) => {
			if (!isRecord(a) || typeof a.id !== "string" || typeof a.label !== "string") return fail(`areas[${i}] needs an id and a label`);
			if (!Array.isArray(a.words) || a.words.length === 0 || a.words.some((w) => typeof w !== "string" || w.trim() === "")) return fail(`areas[${i}] (${a.id}) needs a list of words`);
			return {
				id: a.id,
				label: a.label,
				words: a.words,
				examples: strings(a.examples, `areas[${i}].examples`)
			};
		})
	};
}
export { serviceArea as a, modelFor as i, checkVocabulary as n, headingFor as r, NO_VOCABULARY as t };
