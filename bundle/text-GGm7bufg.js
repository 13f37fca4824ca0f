import { i as locationStyle } from "./formats-CReMsX8I.js";
// dist/src/report/text.js
/** Small plain-text helpers shared by the checklist and HTML reports. */
const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
/** Where a finding is, as a commissioner counts: ¶ paragraphs in Word, lines elsewhere. */
function where(m, format) {
	if (m.documentLevel) return "whole document";
	return locationStyle(format) === "paragraph" ? `¶${m.line}` : `line ${m.line}`;
}
/** Whitespace collapsed, cut at a word boundary with an ellipsis when longer than `max`. */
function shorten(text, max) {
	const flat = text.replace(/\s+/g, " ").trim();
	if (flat.length <= max) return flat;
	const space = flat.lastIndexOf(" ", max - 1);
	let cut = space > max / 2 ? space : max - 1;
	if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? "")) cut--;
	return `${trimEndOf(flat.slice(0, cut), " 	\n,;:.")}…`;
}
/**
* `text` without any of `chars` at its end. A loop, because `/[…]+$/` retries
* from every position of a long run and so takes quadratic time on one.
*/
function trimEndOf(text, chars) {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return text.slice(0, end);
}
/** Text with every innermost "(…)" removed, with the spaces before it. Linear: one pass. */
function withoutBrackets(text) {
	let out = "";
	let from = 0;
	let close = -1;
	for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", from)) {
		if (close <= open) close = text.indexOf(")", open + 1);
		if (close === -1) break;
		const nested = text.indexOf("(", open + 1);
		if (nested !== -1 && nested < close) {
			out += text.slice(from, nested);
			from = nested;
			continue;
		}
		out = trimEndOf(out + text.slice(from, open), " 	\n");
		from = close + 1;
	}
	return out + text.slice(from);
}
/** The section a finding is in, innermost last ("3. Scope › 3.1 Aims"). */
const sectionPath = (m) => (m.headingPath ?? []).join(" › ");
/** Status symbols for the terminal, so a status never depends on colour. */
const STATUS_SYMBOLS = {
	met: "✔",
	partly: "◐",
	"not-met": "✖",
	"not-checked": "–"
};
/** A long name cut from the left, keeping its end (the file name): "…/crisis.docx". */
function shortenStart(text, max) {
	return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
/**
* What a message found, without what to do about it: its first sentence, with
* lists in brackets and anything after a colon left out ("None of the 11
* outcome indicators is reported by ethnic group…").
*/
function gist(message) {
	const plain = withoutBrackets(firstSentence(message));
	const colon = plain.indexOf(": ");
	return colon > 20 ? `${plain.slice(0, colon)}.` : plain;
}
/** Up to the first '.', '!' or '?' followed by a space or the end, on the first line; else the whole text. */
function firstSentence(text) {
	for (let i = 0; i < text.length && text[i] !== "\n" && text[i] !== "\r"; i++) {
		const c = text[i];
		if ((c === "." || c === "!" || c === "?") && (i + 1 === text.length || /\s/.test(text[i + 1]))) return text.slice(0, i + 1);
	}
	return text;
}
/** A good example written as a Markdown table row reads better as its cells. */
function goodExampleText(text) {
	const row = /^\|(.*)\|$/.exec(text.trim());
	if (!row) return text;
	return row[1].split("|").map((cell) => cell.trim()).filter(Boolean).join(" — ");
}
/** A finding reported on a section heading: its quote is the heading itself. */
const isOnHeading = (m) => m.quote !== void 0 && m.headingPath !== void 0 && m.headingPath[m.headingPath.length - 1] === m.quote;
/** Text from a document or a file name, safe to print to a terminal: no control characters (so no escape sequences). */
const printable = (text) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "");
export { plural as a, shorten as c, where as d, isOnHeading as i, shortenStart as l, gist as n, printable as o, goodExampleText as r, sectionPath as s, STATUS_SYMBOLS as t, trimEndOf as u };
