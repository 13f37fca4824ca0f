import { f as InputError, o as readInputFile, v as countMessages } from "./formats-CReMsX8I.js";
import { r as headingFor, t as NO_VOCABULARY } from "./vocabulary-DT7IHpz0.js";
import { t as fileView } from "./view-xsjsZ8m0.js";
import { n as gist, u as trimEndOf } from "./text-GGm7bufg.js";
import { a as zipSync, c as rawOffset, i as unzipSync, l as parseXml, n as isOleFile, o as readStyles, r as ZipReader, s as readBody } from "./docx-BIo9G3B8.js";
import { t as escapeXml } from "./xml-escape-BE4b41Im.js";
import { t as DEFAULT_ZIP_LIMITS } from "./limits-Byq958C_.js";
import { basename, extname, join, relative, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
/** An example cut shorter than this says nothing: leave it out instead. */
const MIN_EXAMPLE_WORDS = 8;
const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
/** At most `n` words, with an ellipsis when cut. */
function limitWords(text, n) {
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length <= n) return words.join(" ");
	return `${trimEndOf(words.slice(0, Math.max(1, n)).join(" "), ",;:.")}…`;
}
const plain = (text) => text.split("|").map((cell) => cell.trim()).filter(Boolean).join(" / ");
function commentParagraphs(f, url) {
	const rule = `Rule: ${f.ruleId ?? "speclint"}${url ? ` (${url})` : ""}`;
	let found = plain(f.found);
	let ask = plain(f.ask ?? "");
	let example = f.model ? plain(f.model) : "";
	const total = () => countWords(`${f.severityLabel}: ${found} ${ask} ${example ? `For example: ${example}` : ""} ${rule}`);
	if (total() > 80) {
		const short = gist(found);
		if (short.trim() !== "") found = short;
	}
	if (total() > 80 && example) {
		const room = countWords(example) - (total() - 80);
		example = room >= MIN_EXAMPLE_WORDS ? limitWords(example, room) : "";
	}
	if (total() > 80) found = limitWords(found, Math.max(12, countWords(found) - (total() - 80)));
	if (total() > 90) ask = limitWords(ask, Math.max(8, countWords(ask) - (total() - 90)));
	return [
		`${f.severityLabel}: ${found}${ask ? ` ${ask}` : ""}`,
		...example ? [`For example: ${example}`] : [],
		rule
	];
}
// dist/src/annotate/attributes.js
/**
* Reading and setting one attribute of a start tag taken from Word XML.
*
* A scan over the attributes in order, not a regex: the XML is untrusted, and
* patterns such as `\sname=(["'])[^"']*\1` backtrack polynomially on tags
* crafted to defeat them. Each call is linear in the tag's length.
*/
const isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
/** Where an attribute's value is in `tag` (inside its quotes), or undefined when the tag has no such attribute. */
function attributeRange(tag, name) {
	let i = 1;
	while (i < tag.length && !isSpace(tag[i]) && tag[i] !== "/" && tag[i] !== ">") i++;
	while (i < tag.length) {
		while (isSpace(tag[i])) i++;
		const eq = tag.indexOf("=", i);
		if (eq === -1) return void 0;
		const attr = tag.slice(i, eq).trim();
		let q = eq + 1;
		while (isSpace(tag[q])) q++;
		const quote = tag[q];
		if (quote !== "\"" && quote !== "'") return void 0;
		const close = tag.indexOf(quote, q + 1);
		if (close === -1) return void 0;
		if (attr === name) return {
			start: q + 1,
			end: close
		};
		i = close + 1;
	}
}
const NAMED_ENTITIES = {
	lt: "<",
	gt: ">",
	quot: "\"",
	apos: "'",
	amp: "&"
};
/** An attribute's value from a start tag's text, entities decoded. */
function attribute(tag, name) {
	const range = attributeRange(tag, name);
	if (!range) return void 0;
	return tag.slice(range.start, range.end).replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e) => {
		if (e[0] !== "#") return NAMED_ENTITIES[e.toLowerCase()];
		return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
	});
}
/**
* The tag with the attribute set to `value` (already escaped for XML): the
* value replaced in place when the attribute is there, or the attribute added
* after the element name when it is not.
*/
function withAttribute(tag, name, value) {
	const range = attributeRange(tag, name);
	if (range) return `${tag.slice(0, range.start)}${value}${tag.slice(range.end)}`;
	let nameEnd = 1;
	while (nameEnd < tag.length && !isSpace(tag[nameEnd]) && tag[nameEnd] !== "/" && tag[nameEnd] !== ">") nameEnd++;
	return `${tag.slice(0, nameEnd)} ${name}="${value}"${tag.slice(nameEnd)}`;
}
// dist/src/annotate/xml-scan.js
/**
* A tokenizer for the small package parts the annotator edits (comments.xml,
* relationships, content types), after the loader's guarded parser (saxes, no
* DOCTYPE) has accepted them. word/document.xml is never read here: the
* loader's source map says where everything in it is. This only finds tags and
* text; it checks nothing.
*/
/** Whitespace, `/` or `>`: where a tag name stops. */
const isNameEnd = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
/** Calls `visit` for each tag and text run, in document order. Comments, PIs and declarations are skipped. */
function scanXml(xml, visit) {
	const n = xml.length;
	let i = 0;
	while (i < n) {
		const lt = xml.indexOf("<", i);
		if (lt === -1) {
			visit({
				kind: "text",
				start: i,
				end: n,
				cdata: false
			});
			break;
		}
		if (lt > i) visit({
			kind: "text",
			start: i,
			end: lt,
			cdata: false
		});
		if (xml.startsWith("<!--", lt)) i = until(xml, "-->", lt + 4);
		else if (xml.startsWith("<![CDATA[", lt)) {
			const close = xml.indexOf("]]>", lt + 9);
			const end = close === -1 ? n : close;
			visit({
				kind: "text",
				start: lt + 9,
				end,
				cdata: true
			});
			i = Math.min(n, end + 3);
		} else if (xml[lt + 1] === "?" || xml[lt + 1] === "!") i = until(xml, ">", lt + 2);
		else if (xml[lt + 1] === "/") {
			const end = until(xml, ">", lt + 2);
			visit({
				kind: "close",
				name: xml.slice(lt + 2, end - 1).trim(),
				start: lt,
				end
			});
			i = end;
		} else {
			const end = tagEnd(xml, lt + 1);
			let nameEnd = lt + 1;
			while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
			visit({
				kind: "open",
				name: xml.slice(lt + 1, nameEnd),
				start: lt,
				end,
				selfClosing: xml[end - 2] === "/"
			});
			i = end;
		}
	}
}
/** Offset just after the next `marker` at or after `from` (or the end of the string). */
function until(xml, marker, from) {
	const at = xml.indexOf(marker, from);
	return at === -1 ? xml.length : at + marker.length;
}
/** Offset just after a start tag's `>`, skipping any `>` inside quoted attribute values. */
function tagEnd(xml, from) {
	let quote = "";
	for (let i = from; i < xml.length; i++) {
		const c = xml[i];
		if (quote) {
			if (c === quote) quote = "";
		} else if (c === "\"" || c === "'") quote = c;
		else if (c === ">") return i + 1;
	}
	return xml.length;
}
// dist/src/annotate/comments-part.js
/**
* word/comments.xml: the text of each new comment, and the part itself,
* created or extended so that comments already in the document stay as they
* were and the new ids never collide with theirs.
*/
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** The first id free in both comments.xml and the comment markers of the given parts. */
function nextCommentId(commentsXml, markupParts) {
	let max = -1;
	const take = (text, names) => {
		scanXml(text, (t) => {
			if (t.kind !== "open" || !names.has(t.name)) return;
			const value = attribute(text.slice(t.start, t.end), "w:id");
			const id = value !== void 0 && /^-?\d+$/.test(value) ? Number(value) : NaN;
			if (Number.isSafeInteger(id) && id > max) max = id;
		});
	};
	if (commentsXml) take(commentsXml, /* @__PURE__ */ new Set(["w:comment"]));
	for (const part of markupParts) take(part, /* @__PURE__ */ new Set([
		"w:commentRangeStart",
		"w:commentRangeEnd",
		"w:commentReference"
	]));
	return max + 1;
}
function commentXml(c) {
	const paragraphs = c.paragraphs.flatMap((p) => p.split(/\r\n|[\r\n\u2028\u2029]/)).map((text, i) => {
		return `<w:p>${i === 0 ? "<w:r><w:annotationRef/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
	}).join("");
	return `<w:comment w:id="${c.id}" w:author="${escapeXml(c.author)}" w:date="${c.date}" w:initials="${escapeXml(c.initials)}">${paragraphs}</w:comment>`;
}
/** comments.xml with the new comments appended (a new part when there was none). */
function withComments(existing, comments) {
	const added = comments.join("");
	if (existing === void 0) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${added}</w:comments>`;
	let root;
	let rootClose;
	let depth = 0;
	scanXml(existing, (t) => {
		if (t.kind === "open") {
			if (depth === 0 && !root) root = {
				name: t.name,
				start: t.start,
				end: t.end,
				selfClosing: t.selfClosing
			};
			if (!t.selfClosing) depth++;
		} else if (t.kind === "close") {
			depth--;
			if (depth === 0 && root && t.name === root.name) rootClose = t.start;
		}
	});
	if (!root || root.name !== "w:comments") throw new Error("word/comments.xml does not hold Word comments in the usual form, so speclint did not add to it");
	let tag = existing.slice(root.start, root.end);
	if (!/\sxmlns:w=/.test(tag)) tag = tag.replace(/^<w:comments/, `<w:comments xmlns:w="${W_NS}"`);
	if (root.selfClosing) {
		const open = `${tag.slice(0, -2).trimEnd()}>`;
		return existing.slice(0, root.start) + open + added + "</w:comments>" + existing.slice(root.end);
	}
	if (rootClose === void 0) throw new Error("word/comments.xml is incomplete, so speclint did not add to it");
	return existing.slice(0, root.start) + tag + existing.slice(root.end, rootClose) + added + existing.slice(rootClose);
}
// dist/src/annotate/package-parts.js
/**
* The package plumbing a comments part needs: which part is the main
* document, the relationship from it to comments.xml, and the content type
* override. Each is added only when missing; nothing else in these parts
* changes.
*/
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
function tags(xml, local) {
	const found = [];
	scanXml(xml, (t) => {
		if (t.kind === "open" && (t.name === local || t.name.endsWith(`:${local}`))) found.push({
			name: t.name,
			start: t.start,
			end: t.end,
			text: xml.slice(t.start, t.end)
		});
	});
	return found;
}
/** A relationship's target as a part name (no leading slash), resolved against the source part's folder. */
function resolveTarget(sourcePart, target) {
	const parts = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
	for (const piece of target.replace(/^\//, "").split("/")) if (piece === "..") parts.pop();
	else if (piece !== "." && piece !== "") parts.push(piece);
	return parts.join("/");
}
/** word/_rels/document.xml.rels for word/document.xml. */
function relsPartFor(part) {
	const slash = part.lastIndexOf("/");
	return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
/** The main document part, from the package relationships (as the loader finds it). */
function mainDocumentPart(packageRels, has) {
	for (const tag of packageRels ? tags(packageRels, "Relationship") : []) {
		if (!/\/officeDocument$/.test(attribute(tag.text, "Type") ?? "")) continue;
		const part = attribute(tag.text, "Target")?.replace(/^\//, "");
		return part && has(part) ? part : "word/document.xml";
	}
	return "word/document.xml";
}
/** The comments part the main part already points to, if any. */
function commentsPartOf(rels, mainPart) {
	for (const tag of rels ? tags(rels, "Relationship") : []) {
		if (attribute(tag.text, "Type") !== REL_COMMENTS || attribute(tag.text, "TargetMode") === "External") continue;
		const target = attribute(tag.text, "Target");
		if (target) return resolveTarget(mainPart, target);
	}
}
/** The relationships part with one to the comments part added (a new part when there was none). */
function withCommentsRelationship(rels, mainPart, commentsPart) {
	const target = relativeTarget(mainPart, commentsPart);
	if (rels === void 0) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_COMMENTS}" Target="${target}"/></Relationships>`;
	const used = new Set(tags(rels, "Relationship").map((t) => attribute(t.text, "Id")));
	let n = used.size + 1;
	while (used.has(`rId${n}`)) n++;
	const root = tags(rels, "Relationships")[0];
	return insertIntoRoot(rels, root, `<${root && root.name.includes(":") ? root.name.replace(/Relationships$/, "Relationship") : "Relationship"} Id="rId${n}" Type="${REL_COMMENTS}" Target="${target}"/>`, "relationships");
}
/** [Content_Types].xml with an Override for the comments part, unless it has one. */
function withCommentsContentType(types, commentsPart) {
	const partName = `/${commentsPart}`;
	const existing = tags(types, "Override").find((t) => (attribute(t.text, "PartName") ?? "").toLowerCase() === partName.toLowerCase());
	if (existing) return attribute(existing.text, "ContentType") === CT_COMMENTS ? void 0 : types.slice(0, existing.start) + withAttribute(existing.text, "ContentType", CT_COMMENTS) + types.slice(existing.end);
	const root = tags(types, "Types")[0];
	return insertIntoRoot(types, root, `<${root && root.name.includes(":") ? root.name.replace(/Types$/, "Override") : "Override"} PartName="${partName}" ContentType="${CT_COMMENTS}"/>`, "content types");
}
function relativeTarget(fromPart, toPart) {
	const folder = fromPart.split("/").slice(0, -1).join("/");
	return folder && toPart.startsWith(`${folder}/`) ? toPart.slice(folder.length + 1) : `/${toPart}`;
}
/** Appends an element as the root's last child (opening a self-closing root). */
function insertIntoRoot(xml, root, element, what) {
	if (!root) throw new Error(`the document's ${what} part is not in the usual form, so speclint did not change it`);
	if (root.text.endsWith("/>")) return xml.slice(0, root.start) + `${root.text.slice(0, -2).trimEnd()}>` + element + `</${root.name}>` + xml.slice(root.end);
	const close = xml.lastIndexOf(`</${root.name}`);
	if (close < root.end) throw new Error(`the document's ${what} part is incomplete, so speclint did not change it`);
	return xml.slice(0, close) + element + xml.slice(close);
}
// dist/src/annotate/anchor.js
/** Siblings that hold no text: a place before or after them is the same place in the text. */
const TRANSPARENT = /* @__PURE__ */ new Set([
	"w:rPr",
	"w:bookmarkStart",
	"w:bookmarkEnd",
	"w:proofErr",
	"w:commentRangeStart",
	"w:commentRangeEnd",
	"w:permStart",
	"w:permEnd"
]);
/** Containers that may be cut in two around the markers. */
const SPLITTABLE = /* @__PURE__ */ new Set(["w:r", "w:ins"]);
function exactBoundaries(ctx, startP, from, endP, to) {
	const start = boundary(ctx, startP, from, "start");
	const end = boundary(ctx, endP, to, "end");
	return start && end ? {
		start,
		end,
		endParagraph: endP
	} : void 0;
}
/** The whole paragraph: from just after its properties to just before its end tag. */
function paragraphBoundaries(p) {
	if (p.selfClosing) return void 0;
	const first = p.element.children[0];
	return {
		start: {
			at: first?.name === "w:pPr" ? first.end : p.element.startTagEnd,
			level: p.element
		},
		end: {
			at: p.element.closeStart,
			level: p.element
		},
		endParagraph: p
	};
}
function addComment(edits, ctx, id, b) {
	const reference = `<w:r><w:commentReference w:id="${id}"/></w:r>`;
	const referenceAt = referencePlace(b.end, b.endParagraph);
	edits.insertStart(b.start.at, `<w:commentRangeStart w:id="${id}"/>`, b.start.wrap);
	edits.insertEnd(b.end.at, `<w:commentRangeEnd w:id="${id}"/>` + (referenceAt === void 0 ? reference : ""), b.end.wrap);
	if (referenceAt !== void 0) edits.insertEnd(referenceAt, reference);
	for (const t of [b.start.preserve, b.end.preserve]) if (t) preserveSpaces(edits, ctx.xml, t);
}
/**
* The place just before text offset k (a start) or just after offset k - 1
* (an end), or undefined when it cannot be marked exactly.
*/
function boundary(ctx, p, k, side) {
	const seg = p.segments.find((s) => side === "start" ? s.from <= k && k < s.to : s.from < k && k <= s.to);
	if (!seg || !isMarkable(seg)) return void 0;
	const el = seg.element;
	let at = side === "start" ? el.start : el.end;
	let node = el;
	const chain = [];
	let edge = true;
	let preserve;
	if (seg.rawStart !== void 0) {
		const pos = k - seg.from;
		const raw = rawOffset(ctx.xml, seg.rawStart, seg.raw, pos);
		if (raw === void 0) return void 0;
		const atEdge = side === "start" ? raw === el.startTagEnd : raw === el.closeStart;
		if (seg.cdata) {
			const opens = raw === el.startTagEnd + 9 && pos === 0;
			const closes = raw + 3 === el.closeStart && pos === seg.to - seg.from;
			if (!(side === "start" ? opens : closes)) return void 0;
		} else if (!atEdge) {
			at = raw;
			chain.push(el);
			preserve = el;
			edge = false;
		}
	}
	for (let parent = node.parent; parent && parent !== p.element; parent = node.parent) {
		if (edge && (side === "start" ? isFirst(node, parent) : isLast(node, parent))) at = side === "start" ? parent.start : parent.end;
		else if (SPLITTABLE.has(parent.name)) {
			chain.push(parent);
			edge = false;
		} else break;
		node = parent;
	}
	const level = node.parent ?? p.element;
	return {
		at,
		level,
		preserve,
		wrap: chain.length > 0 ? wrapFor(ctx, chain) : void 0
	};
}
/** Text from a w:t or a w:tab-like element directly in a run, in a paragraph the loader agrees on. */
function isMarkable(seg) {
	if (!seg.safe || seg.element.parent?.name !== "w:r") return false;
	return seg.rawStart === void 0 || seg.element.name === "w:t";
}
function isFirst(node, parent) {
	for (const sibling of parent.children) {
		if (sibling === node) return true;
		if (!TRANSPARENT.has(sibling.name)) return false;
	}
	return false;
}
function isLast(node, parent) {
	for (let i = parent.children.length - 1; i >= 0; i--) {
		const sibling = parent.children[i];
		if (sibling === node) return true;
		if (!TRANSPARENT.has(sibling.name)) return false;
	}
	return false;
}
/** Closes the elements being cut (innermost first) and reopens them as they were. */
function wrapFor(ctx, chain) {
	return {
		close: chain.map((e) => `</${e.name}>`).join(""),
		reopen: [...chain].reverse().map((e) => {
			const tag = ctx.xml.slice(e.start, e.startTagEnd);
			if (e.name === "w:t") return "<w:t xml:space=\"preserve\">";
			if (e.name === "w:r") return tag + runProperties(ctx, e);
			return withFreshId(ctx, tag);
		}).join("")
	};
}
function runProperties(ctx, run) {
	const rPr = run.children.find((c) => c.name === "w:rPr");
	if (!rPr) return "";
	let out = "";
	let from = rPr.start;
	for (const e of descendants(rPr)) {
		if (e.name !== "w:rPrChange") continue;
		out += ctx.xml.slice(from, e.start) + withFreshId(ctx, ctx.xml.slice(e.start, e.startTagEnd));
		from = e.startTagEnd;
	}
	return out + ctx.xml.slice(from, rPr.end);
}
/** The elements inside `e`, in document order. */
function* descendants(e) {
	for (const child of e.children) {
		yield child;
		yield* descendants(child);
	}
}
/** A copied revision element's start tag with a new w:id (revision ids must be unique). */
function withFreshId(ctx, tag) {
	return attribute(tag, "w:id") === void 0 ? tag : withAttribute(tag, "w:id", String(ctx.freshRevisionId()));
}
/**
* The reference run marks where Word shows the comment. It goes straight after
* the range end when that is a child of the paragraph; otherwise after the
* paragraph child holding the end (a link, field or content control), so that
* updating the field cannot delete it.
*/
function referencePlace(end, p) {
	let child = end.level;
	if (child === p.element) return void 0;
	while (child.parent && child.parent !== p.element) child = child.parent;
	return child.parent === p.element ? child.end : void 0;
}
/** Word drops spaces at the ends of a w:t unless told to keep them; a split can leave one there. */
function preserveSpaces(edits, xml, t) {
	const tag = xml.slice(t.start, t.startTagEnd);
	if (attribute(tag, "xml:space") === "preserve") return;
	edits.replace(t.start, t.startTagEnd, withAttribute(tag, "xml:space", "preserve"));
}
// dist/src/annotate/edits.js
/**
* Collects insertions into document.xml and applies them in one pass, so the
* offsets found on the original string stay valid however many comments go in.
*/
var XmlEdits = class {
	points = /* @__PURE__ */ new Map();
	replacements = /* @__PURE__ */ new Map();
	point(at, wrap) {
		let point = this.points.get(at);
		if (!point) this.points.set(at, point = {
			ends: [],
			starts: []
		});
		if (wrap) point.wrap ??= wrap;
		return point;
	}
	insertStart(at, markup, wrap) {
		this.point(at, wrap).starts.push(markup);
	}
	insertEnd(at, markup, wrap) {
		this.point(at, wrap).ends.push(markup);
	}
	/** Replaces [start, end) (a start tag); one replacement per start offset. */
	replace(start, end, text) {
		this.replacements.set(start, {
			end,
			text
		});
	}
	get size() {
		return this.points.size;
	}
	apply(xml) {
		const offsets = [.../* @__PURE__ */ new Set([...this.points.keys(), ...this.replacements.keys()])].sort((a, b) => a - b);
		const out = [];
		let copied = 0;
		for (const at of offsets) {
			out.push(xml.slice(copied, at));
			copied = at;
			const point = this.points.get(at);
			if (point) {
				const markers = point.ends.join("") + point.starts.join("");
				out.push(point.wrap ? point.wrap.close + markers + point.wrap.reopen : markers);
			}
			const replacement = this.replacements.get(at);
			if (replacement) {
				out.push(replacement.text);
				copied = replacement.end;
			}
		}
		out.push(xml.slice(copied));
		return out.join("");
	}
};
// dist/src/annotate/place.js
/** Comment ids are given in order from firstId; `forced` ids skip exact anchoring (after a failed check). */
function place(reading, messages, firstId, forced) {
	const { xml, paragraphs, elements, trusted, body, styles, sectionPhrases } = reading;
	let revision = maxRevisionId(xml, elements);
	const ctx = {
		xml,
		freshRevisionId: () => ++revision
	};
	const edits = new XmlEdits();
	const comments = [];
	const unplaced = [];
	const usable = (line) => {
		const p = line === void 0 ? void 0 : paragraphs[line - 1];
		return p && trusted[p.index - 1] ? p : void 0;
	};
	const whole = (p) => {
		const b = p && paragraphBoundaries(p);
		return b && p && {
			b,
			from: {
				paragraph: p.index,
				offset: 0
			},
			to: {
				paragraph: p.index,
				offset: p.text.length
			}
		};
	};
	let allHeadings;
	let id = firstId;
	for (const message of messages) {
		const commentId = id;
		let placement = message.documentLevel ? "document" : "exact";
		const phrases = message.documentLevel ? sectionPhrases?.(message) : void 0;
		let found = phrases ? whole(headingFor(phrases, allHeadings ??= headings(paragraphs, trusted, body, styles))) : void 0;
		if (!found && !forced.has(commentId)) found = exact(ctx, message, usable);
		const fallback = found === void 0 && message.endLine !== void 0;
		if (!found && !message.documentLevel) {
			placement = "paragraph";
			const own = usable(message.line);
			found = own && own.text.trim() !== "" ? whole(own) : void 0;
		}
		if (!found) {
			placement = "document";
			found = whole(documentParagraph(paragraphs, trusted, body, styles));
		}
		if (!found) {
			unplaced.push(message);
			continue;
		}
		id++;
		addComment(edits, ctx, commentId, found.b);
		comments.push({
			message,
			id: commentId,
			placement,
			fallback,
			from: found.from,
			to: found.to
		});
	}
	return {
		edits,
		comments,
		unplaced
	};
}
/** The finding's own range, when it maps onto characters that can be marked exactly. */
function exact(ctx, m, usable) {
	if (m.endLine === void 0 || m.endColumn === void 0) return void 0;
	const startP = usable(m.line);
	let endP = usable(m.endLine);
	let to = m.endColumn - 1;
	if (to === 0 && m.endLine > m.line) {
		endP = usable(m.endLine - 1);
		to = endP?.text.length ?? 0;
	}
	const from = m.column - 1;
	if (!startP || !endP || endP.index < startP.index || from < 0 || from > startP.text.length || to < 0 || to > endP.text.length) return void 0;
	if (startP === endP && from >= to) return void 0;
	const b = exactBoundaries(ctx, startP, from, endP, to);
	return b && {
		b,
		from: {
			paragraph: startP.index,
			offset: from
		},
		to: {
			paragraph: endP.index,
			offset: to
		}
	};
}
function candidates(paragraphs, trusted) {
	return paragraphs.filter((p) => trusted[p.index - 1] && !p.selfClosing && p.text.trim() !== "");
}
/** The paragraphs that can take a comment and are headings, in document order. */
function headings(paragraphs, trusted, body, styles) {
	return candidates(paragraphs, trusted).filter((p) => {
		const read = body.paragraphs[p.index - 1];
		return styles.headingLevel(read.styleId) !== void 0 || read.outlineLevel !== void 0 && read.outlineLevel < 9;
	});
}
/** For findings about the whole document with no section of their own: the first heading (its title), else the first paragraph with text. */
function documentParagraph(paragraphs, trusted, body, styles) {
	return headings(paragraphs, trusted, body, styles)[0] ?? candidates(paragraphs, trusted)[0];
}
/** Reads the result back with the loader; returns the ids of comments not where they were meant to be. */
function verify(xml, name, before, comments, styles) {
	const after = readBody(new TextEncoder().encode(xml), name, styles);
	if (after.paragraphs.length !== before.paragraphs.length || after.paragraphs.some((p, i) => p.text !== before.paragraphs[i].text)) throw new Error(`speclint's comments would have changed the text of ${name}, so it did not annotate it. Please report this problem.`);
	const ranges = new Map(after.comments.map((r) => [r.id, r]));
	const wrong = /* @__PURE__ */ new Set();
	for (const c of comments) {
		const r = ranges.get(String(c.id));
		const same = (a, b) => a !== void 0 && a.paragraph === b.paragraph && a.offset === b.offset;
		if (!r || !same(r.from, c.from) || !same(r.to, c.to)) wrong.add(c.id);
	}
	return wrong;
}
/** The highest w:id in the document, so a copied tracked formatting change gets an unused one. */
function maxRevisionId(xml, elements) {
	let max = 0;
	for (const e of elements) {
		const id = attribute(xml.slice(e.start, e.startTagEnd), "w:id");
		if (id !== void 0 && /^\d+$/.test(id)) max = Math.max(max, Number(id));
	}
	return max;
}
// dist/src/annotate/part-text.js
function decodePart(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254) return {
		text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
		encoding: "utf-16le"
	};
	if (bytes[0] === 254 && bytes[1] === 255) return {
		text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
		encoding: "utf-16be"
	};
	const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
	return {
		text: new TextDecoder("utf-8").decode(bytes),
		encoding: bom ? "utf-8-bom" : "utf-8"
	};
}
function encodePart(text, encoding = "utf-8") {
	if (encoding === "utf-8") return new TextEncoder().encode(text);
	if (encoding === "utf-8-bom") return new TextEncoder().encode("﻿" + text);
	const out = new Uint8Array(2 + text.length * 2);
	const little = encoding === "utf-16le";
	out[0] = little ? 255 : 254;
	out[1] = little ? 254 : 255;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		out[2 + i * 2] = little ? code & 255 : code >> 8;
		out[3 + i * 2] = little ? code >> 8 : code & 255;
	}
	return out;
}
// dist/src/annotate/zip-parts.js
/**
* Every part of a .docx, read through the loader's guarded zip reader (entry
* count, declared and real sizes), and written back with fflate. Parts keep
* their names, order and bytes; stored parts stay stored.
*/
/**
* The parts in their original order. The reader has checked the central
* directory before fflate lists it, and fflate only lists: `filter` returns
* false, so it inflates nothing.
*/
function readParts(bytes, fileName, limits = DEFAULT_ZIP_LIMITS) {
	const zip = new ZipReader(bytes, fileName, limits);
	const listed = [];
	const seen = /* @__PURE__ */ new Set();
	try {
		unzipSync(bytes, { filter(file) {
			if (!seen.has(file.name)) listed.push({
				name: file.name,
				stored: file.compression === 0
			});
			seen.add(file.name);
			return false;
		} });
	} catch {
		throw new InputError(`${fileName} is damaged or incomplete: open it in Word and save it again, or get a fresh copy.`);
	}
	let total = 0;
	return {
		zip,
		parts: listed.map(({ name, stored }) => {
			const data = zip.read(name);
			if (!data) throw new InputError(`${fileName} has a part (${name}) speclint cannot read back: open it in Word and save it again.`);
			total += data.length;
			if (total > limits.maxTotalBytes) throw new InputError(`${fileName} would expand to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB when opened: it may be damaged or malicious, so speclint did not annotate it.`);
			return {
				name,
				bytes: data,
				stored
			};
		})
	};
}
function writeParts(parts, date) {
	const mtime = dosDate(date);
	const files = Object.create(null);
	for (const part of parts) {
		const options = {
			mtime,
			level: part.stored ? 0 : 6
		};
		files[part.name] = [part.bytes, options];
	}
	return zipSync(files);
}
/** Zip timestamps only run from 1980 to 2099. */
function dosDate(date) {
	const year = date.getFullYear();
	if (Number.isNaN(year) || year < 1980) return new Date(1980, 0, 1);
	if (year > 2099) return new Date(2099, 11, 31);
	return date;
}
// dist/src/annotate/docx.js
/**
* A commissioner's own .docx back with each finding as a Word comment,
* anchored on exactly the flagged text. Pure: bytes in, bytes out.
*
* Only word/document.xml (markers and split runs), word/comments.xml, the
* document's relationships and [Content_Types].xml may change, and the last
* two only when the comments part was not already wired up. Before handing
* the result back it is read again with the loader: the paragraph texts must
* be identical and every comment must cover the range intended.
*/
function annotateDocxDetailed(bytes, messages, options = {}) {
	const name = options.fileName ?? "the document";
	checkMagic(bytes, name);
	const { zip, parts } = readParts(bytes, name, options.limits);
	const text = (part) => {
		const found = parts.find((p) => p.name === part);
		if (!found) return void 0;
		parseXml(found.bytes, name, part, {
			open() {},
			close() {},
			text() {}
		});
		return decodePart(found.bytes).text;
	};
	const main = mainDocumentPart(text("_rels/.rels"), (part) => zip.has(part));
	const documentPart = parts.find((p) => p.name === main);
	if (!documentPart) throw new InputError(`${name} is a zip file but not a Word document (it has no word/document.xml): check you chose the right file.`);
	const styles = readStyles(parts.find((p) => p.name === "word/styles.xml")?.bytes, name);
	const body = readBody(documentPart.bytes, name, styles, { sourceMap: true });
	checkUnchanged(body, messages, name);
	const wanted = messages.filter((m) => !m.fatal && m.ruleId !== null);
	if (wanted.length === 0) return {
		bytes: bytes.slice(),
		comments: [],
		unplaced: []
	};
	const rules = options.rules ?? {};
	const vocabulary = options.models ?? NO_VOCABULARY;
	const views = new Map(fileView(countMessages(name, wanted, "docx"), rules, { models: vocabulary }).findings.map((f) => [f.message, f]));
	const sectionPhrases = (m) => {
		const action = m.ruleId ? rules[m.ruleId]?.meta.keyAction?.id : void 0;
		return action ? vocabulary.sections[action] : void 0;
	};
	const { encoding } = decodePart(documentPart.bytes);
	const { xml, paragraphs, elements } = body.sourceMap;
	const trusted = paragraphs.map((p, i) => p.text === body.paragraphs[i].text);
	const relsPart = relsPartFor(main);
	const rels = text(relsPart);
	const commentsPart = commentsPartOf(rels, main) ?? resolveTarget(main, "comments.xml");
	const existingComments = parts.find((p) => p.name === commentsPart);
	const existingCommentsText = existingComments && {
		text: text(commentsPart),
		encoding: decodePart(existingComments.bytes).encoding
	};
	const firstId = nextCommentId(existingCommentsText?.text, [xml]);
	let forced = /* @__PURE__ */ new Set();
	const reading = {
		xml,
		paragraphs,
		elements,
		trusted,
		body,
		styles,
		sectionPhrases
	};
	let placed = place(reading, wanted, firstId, forced);
	let newXml = placed.edits.apply(xml);
	let wrong = verify(newXml, name, body, placed.comments, styles);
	if (wrong.size > 0) {
		forced = wrong;
		placed = place(reading, wanted, firstId, forced);
		newXml = placed.edits.apply(xml);
		wrong = verify(newXml, name, body, placed.comments, styles);
		if (wrong.size > 0) throw new Error(`speclint could not place its comments in ${name} without changing its text, so it did not annotate it. Please report this problem.`);
	}
	const date = validDate(options.date);
	const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
	const commentParts = placed.comments.map((c) => commentXml({
		id: c.id,
		author: options.author ?? "speclint",
		initials: options.initials ?? "SL",
		date: stamp,
		paragraphs: commentParagraphs(views.get(c.message), options.docsUrl?.(c.message.ruleId))
	}));
	const changed = /* @__PURE__ */ new Map();
	changed.set(main, encodePart(newXml, encoding));
	changed.set(commentsPart, encodePart(withComments(existingCommentsText?.text, commentParts), existingCommentsText?.encoding));
	if (commentsPartOf(rels, main) === void 0) changed.set(relsPart, encodePart(withCommentsRelationship(rels, main, commentsPart), rels === void 0 ? "utf-8" : decodePart(parts.find((p) => p.name === relsPart).bytes).encoding));
	const typesPart = parts.find((p) => p.name === "[Content_Types].xml");
	if (typesPart) {
		const types = {
			text: text(typesPart.name),
			encoding: decodePart(typesPart.bytes).encoding
		};
		const updated = withCommentsContentType(types.text, commentsPart);
		if (updated !== void 0) changed.set(typesPart.name, encodePart(updated, types.encoding));
	}
	const out = parts.map((p) => changed.has(p.name) ? {
		...p,
		bytes: changed.get(p.name)
	} : p);
	for (const [part, data] of changed) if (!parts.some((p) => p.name === part)) out.push({
		name: part,
		bytes: data,
		stored: false
	});
	return {
		bytes: writeParts(out, date),
		comments: placed.comments,
		unplaced: placed.unplaced
	};
}
function checkMagic(bytes, name) {
	if (bytes.length === 0) throw new InputError(`${name} is empty (0 bytes): get a fresh copy of the file.`);
	if (isOleFile(bytes)) throw new InputError(`${name} is password-protected, or is an old-format Word file renamed .docx: speclint can only annotate a .docx it can open.`);
	if (bytes[0] !== 80 || bytes[1] !== 75) throw new InputError(`${name} is not a Word document (.docx), so speclint cannot annotate it.`);
}
const flat = (text) => text.replace(/[\r\n\u2028\u2029]/g, " ");
/** Findings carry their paragraph's text: if it no longer matches, the file changed after it was checked. */
function checkUnchanged(body, messages, name) {
	for (const m of messages) {
		if (m.fatal || m.documentLevel || m.context === void 0) continue;
		const p = body.paragraphs[m.line - 1];
		if (!p || flat(p.text) !== m.context) throw new InputError(`${name} has changed since speclint checked it, so its findings no longer match its text: check it again, then annotate it.`);
	}
}
function validDate(date) {
	return date && !Number.isNaN(date.getTime()) ? date : /* @__PURE__ */ new Date();
}
// dist/src/annotate/write.js
/**
* `--annotate <dir>`: for each Word file linted, <dir>/<name>.reviewed.docx.
* Each copy is written to a temporary file in <dir> and renamed over any
* earlier copy, so nobody opens a half-written document. Inputs are never
* written to, nor replaced: an output that would land on an input is refused.
*
* Markdown inputs are refused with a sentence rather than copied with HTML
* comments: Markdown users read findings in their editor or the report, and
* a second copy of their file would only drift from the one they edit.
*/
function isWordResult(r) {
	return r.format ? r.format === "docx" : extname(r.filePath).toLowerCase() === ".docx";
}
/** <name>.reviewed.docx for <name>.docx. */
function reviewedName(filePath) {
	return `${basename(filePath).replace(/\.docx$/i, "")}.reviewed.docx`;
}
async function writeAnnotatedCopies(results, outDir, options = {}) {
	const cwd = options.cwd ?? process.cwd();
	const dir = resolve(cwd, outDir);
	const display = (path) => relative(cwd, path) || path;
	const inputs = results.filter((r) => !r.filePath.startsWith("<")).map((r) => resolve(cwd, r.filePath));
	const inputIds = new Set((await Promise.all(inputs.map(fileId))).filter((id) => id !== void 0));
	const claimed = /* @__PURE__ */ new Map();
	let dirReady;
	const outcomes = [];
	for (const result of results) {
		const { filePath } = result;
		const name = display(resolve(cwd, filePath));
		if (!isWordResult(result)) {
			const kind = result.format === "markdown" || /\.(md|markdown)$/i.test(filePath) ? "Markdown" : "not a Word file";
			outcomes.push({
				filePath,
				status: "refused",
				reason: `Annotating works on Word files; ${name} is ${kind}: its findings are in the report.`
			});
			continue;
		}
		const fatal = result.messages.find((m) => m.fatal);
		if (fatal) {
			outcomes.push({
				filePath,
				status: "refused",
				reason: `${name} could not be read, so no annotated copy was made: ${fatal.message}`
			});
			continue;
		}
		const target = join(dir, reviewedName(filePath));
		const key = process.platform === "darwin" || process.platform === "win32" ? target.toLowerCase() : target;
		const earlier = claimed.get(key);
		if (earlier !== void 0) {
			outcomes.push({
				filePath,
				status: "refused",
				reason: `${name} was not annotated: ${earlier} already has its copy at ${display(target)}. Annotate files with the same name into different folders.`
			});
			continue;
		}
		const targetId = await fileId(target);
		if (inputs.includes(target) || targetId !== void 0 && inputIds.has(targetId)) {
			outcomes.push({
				filePath,
				status: "refused",
				reason: `${name} was not annotated: its copy would replace ${display(target)}, which is being checked, and speclint never changes an input. Choose another folder for --annotate.`
			});
			continue;
		}
		claimed.set(key, name);
		try {
			const annotated = annotateDocxDetailed(await readInput(resolve(cwd, filePath), filePath, name, options.read), result.messages, {
				...options,
				fileName: name
			});
			dirReady ??= mkdir(dir, { recursive: true });
			await dirReady;
			await writeAtomic(target, annotated.bytes);
			outcomes.push({
				filePath,
				status: "written",
				outputPath: target,
				comments: annotated.comments.length,
				fallbacks: annotated.comments.filter((c) => c.fallback).length,
				replaced: targetId !== void 0
			});
		} catch (error) {
			const reason = error instanceof InputError ? error.message : `${name} could not be annotated (${error.code ?? error.message}).`;
			outcomes.push({
				filePath,
				status: "failed",
				reason
			});
		}
	}
	return outcomes;
}
/** One line for the terminal. */
function describeOutcome(o, cwd = process.cwd()) {
	if (o.status !== "written") return o.reason;
	return `Wrote ${relative(cwd, o.outputPath) || o.outputPath} (${o.comments === 1 ? "1 comment" : `${o.comments} comments`}${o.fallbacks > 0 ? `; ${o.fallbacks} on a whole paragraph, where the exact words could not be marked` : ""}).`;
}
async function readInput(path, filePath, name, read) {
	if (read instanceof Map) {
		const bytes = read.get(filePath);
		if (!bytes) throw new InputError(`${name} was not among the files given to annotate.`);
		return bytes;
	}
	if (read) return read(filePath);
	return readInputFile(path, name);
}
/** A file's identity (device and inode), to catch the same file under another name. */
async function fileId(path) {
	try {
		const s = await stat(path);
		return `${s.dev}:${s.ino}`;
	} catch {
		return;
	}
}
async function writeAtomic(target, data) {
	const temp = join(resolve(target, ".."), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	try {
		const handle = await open(temp, "wx");
		try {
			await handle.writeFile(data);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temp, target);
	} catch (error) {
		await rm(temp, { force: true });
		throw error;
	}
}
export { describeOutcome, writeAnnotatedCopies };
