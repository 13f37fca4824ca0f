// dist/src/core/placeholders.js
/** The lexicons placeholders are recognised by (rules/lexicons/common). */
const PLACEHOLDER_LEXICONS = [
	"placeholders",
	"placeholder-exceptions",
	"placeholder-instructions"
];
/** Longer bracketed text is prose in brackets, not a field. */
const MAX_BRACKETED = 400;
const MAX_ANGLE_FIELD = 60;
/** "<provider>", "<Provider name>", "<insert date>": words only, so "<5%" or "a < b > c" are not fields. */
const ANGLE_FIELD = /^\p{L}[\p{L}' -]*$/u;
function coversAll(lexicon, inner) {
	const trimmed = inner.trim();
	return lexicon.find(trimmed).some((m) => m.start === 0 && m.end === trimmed.length);
}
function isBracketPlaceholder(inner, lexicons) {
	if (inner.trim() === "") return false;
	if (lexicons.instructions.test(inner)) return true;
	return !coversAll(lexicons.exceptions, inner);
}
/** Bracketed spans: the innermost "[...]" and "<...>" pairs on one line. */
function bracketed(text, lexicons, out) {
	let open = -1;
	let opener = "";
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "[" || c === "<") {
			open = i;
			opener = c;
		} else if (c === "\n") open = -1;
		else if (open !== -1 && (c === "]" && opener === "[" || c === ">" && opener === "<")) {
			const inner = text.slice(open + 1, i);
			if (opener === "[" ? inner.length <= MAX_BRACKETED && isBracketPlaceholder(inner, lexicons) : inner.length <= MAX_ANGLE_FIELD && ANGLE_FIELD.test(inner.trim()) && inner.trim() === inner) out.push({
				start: open,
				end: i + 1
			});
			open = -1;
		}
	}
}
/** Every placeholder in a text, in order, none overlapping (the outermost kept). */
function findPlaceholders(text, lexicons) {
	const found = [];
	if (text.includes("[") || text.includes("<")) bracketed(text, lexicons, found);
	for (const m of lexicons.words.find(text)) found.push({
		start: m.start,
		end: m.end
	});
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept = [];
	for (const p of found) {
		const last = kept[kept.length - 1];
		if (last && p.start < last.end) continue;
		kept.push(p);
	}
	return kept;
}
/** The text with each placeholder replaced by `fill`: offsets and length unchanged. */
function blankPlaceholders(text, placeholders, fill = " ") {
	if (placeholders.length === 0) return text;
	let out = "";
	let at = 0;
	for (const p of placeholders) {
		out += text.slice(at, p.start) + fill.repeat(p.end - p.start);
		at = p.end;
	}
	return out + text.slice(at);
}
export { blankPlaceholders as n, findPlaceholders as r, PLACEHOLDER_LEXICONS as t };
