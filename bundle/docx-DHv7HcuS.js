import { i as __commonJSMin, n as InputError, r as parseDirectiveText, t as DEFAULT_ZIP_LIMITS } from "./worker.js";
import { createRequire } from "module";
// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character classes and associated utilities for the 5th edition of XML 1.0.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.CHAR = "	\n\r -퟿-�𐀀-􏿿";
	exports.S = " 	\r\n";
	exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
	exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
	exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
	exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
	exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
	exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
	var TAB = 9;
	var NL = 10;
	var CR = 13;
	var SPACE = 32;
	/** All characters in the ``S`` production. */
	exports.S_LIST = [
		SPACE,
		NL,
		CR,
		TAB
	];
	/**
	* Determines whether a codepoint matches the ``CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR``.
	*/
	function isChar(c) {
		return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isChar = isChar;
	/**
	* Determines whether a codepoint matches the ``S`` (space) production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``S``.
	*/
	function isS(c) {
		return c === SPACE || c === NL || c === CR || c === TAB;
	}
	exports.isS = isS;
	/**
	* Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
	*/
	function isNameStartChar(c) {
		return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNameStartChar = isNameStartChar;
	/**
	* Determines whether a codepoint matches the ``NAME_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_CHAR``.
	*/
	function isNameChar(c) {
		return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNameChar = isNameChar;
}));
// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character classes and associated utilities for the 2nd edition of XML 1.1.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.CHAR = "-퟿-�𐀀-􏿿";
	exports.RESTRICTED_CHAR = "-\b\v\f---";
	exports.S = " 	\r\n";
	exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
	exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
	exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
	exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
	exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
	exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
	exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
	var TAB = 9;
	var NL = 10;
	var CR = 13;
	var SPACE = 32;
	/** All characters in the ``S`` production. */
	exports.S_LIST = [
		SPACE,
		NL,
		CR,
		TAB
	];
	/**
	* Determines whether a codepoint matches the ``CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR``.
	*/
	function isChar(c) {
		return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isChar = isChar;
	/**
	* Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
	*/
	function isRestrictedChar(c) {
		return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
	}
	exports.isRestrictedChar = isRestrictedChar;
	/**
	* Determines whether a codepoint matches the ``CHAR`` production and does not
	* match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
	* equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
	* than running the two-call equivalent.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR`` and does not match
	* ``RESTRICTED_CHAR``.
	*/
	function isCharAndNotRestricted(c) {
		return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isCharAndNotRestricted = isCharAndNotRestricted;
	/**
	* Determines whether a codepoint matches the ``S`` (space) production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``S``.
	*/
	function isS(c) {
		return c === SPACE || c === NL || c === CR || c === TAB;
	}
	exports.isS = isS;
	/**
	* Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
	*/
	function isNameStartChar(c) {
		return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNameStartChar = isNameStartChar;
	/**
	* Determines whether a codepoint matches the ``NAME_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_CHAR``.
	*/
	function isNameChar(c) {
		return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNameChar = isNameChar;
}));
// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character class utilities for XML NS 1.0 edition 3.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.NC_NAME_START_CHAR = "A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
	exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
	exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
	/**
	* Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches.
	*/
	function isNCNameStartChar(c) {
		return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNCNameStartChar = isNCNameStartChar;
	/**
	* Determines whether a codepoint matches [[NC_NAME_CHAR]].
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches.
	*/
	function isNCNameChar(c) {
		return isNCNameStartChar(c) || c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNCNameChar = isNCNameChar;
}));
// dist/src/loaders/docx/xml.js
var import_saxes = (/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.SaxesParser = exports.EVENTS = void 0;
	const ed5 = require_ed5();
	const ed2 = require_ed2();
	const NSed3 = require_ed3();
	var isS = ed5.isS;
	var isChar10 = ed5.isChar;
	var isNameStartChar = ed5.isNameStartChar;
	var isNameChar = ed5.isNameChar;
	var S_LIST = ed5.S_LIST;
	var NAME_RE = ed5.NAME_RE;
	var isChar11 = ed2.isChar;
	var isNCNameStartChar = NSed3.isNCNameStartChar;
	var isNCNameChar = NSed3.isNCNameChar;
	var NC_NAME_RE = NSed3.NC_NAME_RE;
	const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
	const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
	const rootNS = {
		__proto__: null,
		xml: XML_NAMESPACE,
		xmlns: XMLNS_NAMESPACE
	};
	const XML_ENTITIES = {
		__proto__: null,
		amp: "&",
		gt: ">",
		lt: "<",
		quot: "\"",
		apos: "'"
	};
	const EOC = -1;
	const NL_LIKE = -2;
	const S_BEGIN = 0;
	const S_BEGIN_WHITESPACE = 1;
	const S_DOCTYPE = 2;
	const S_DOCTYPE_QUOTE = 3;
	const S_DTD = 4;
	const S_DTD_QUOTED = 5;
	const S_DTD_OPEN_WAKA = 6;
	const S_DTD_OPEN_WAKA_BANG = 7;
	const S_DTD_COMMENT = 8;
	const S_DTD_COMMENT_ENDING = 9;
	const S_DTD_COMMENT_ENDED = 10;
	const S_DTD_PI = 11;
	const S_DTD_PI_ENDING = 12;
	const S_TEXT = 13;
	const S_ENTITY = 14;
	const S_OPEN_WAKA = 15;
	const S_OPEN_WAKA_BANG = 16;
	const S_COMMENT = 17;
	const S_COMMENT_ENDING = 18;
	const S_COMMENT_ENDED = 19;
	const S_CDATA = 20;
	const S_CDATA_ENDING = 21;
	const S_CDATA_ENDING_2 = 22;
	const S_PI_FIRST_CHAR = 23;
	const S_PI_REST = 24;
	const S_PI_BODY = 25;
	const S_PI_ENDING = 26;
	const S_XML_DECL_NAME_START = 27;
	const S_XML_DECL_NAME = 28;
	const S_XML_DECL_EQ = 29;
	const S_XML_DECL_VALUE_START = 30;
	const S_XML_DECL_VALUE = 31;
	const S_XML_DECL_SEPARATOR = 32;
	const S_XML_DECL_ENDING = 33;
	const S_OPEN_TAG = 34;
	const S_OPEN_TAG_SLASH = 35;
	const S_ATTRIB = 36;
	const S_ATTRIB_NAME = 37;
	const S_ATTRIB_NAME_SAW_WHITE = 38;
	const S_ATTRIB_VALUE = 39;
	const S_ATTRIB_VALUE_QUOTED = 40;
	const S_ATTRIB_VALUE_CLOSED = 41;
	const S_ATTRIB_VALUE_UNQUOTED = 42;
	const S_CLOSE_TAG = 43;
	const S_CLOSE_TAG_SAW_WHITE = 44;
	const TAB = 9;
	const NL = 10;
	const CR = 13;
	const SPACE = 32;
	const BANG = 33;
	const DQUOTE = 34;
	const AMP = 38;
	const SQUOTE = 39;
	const MINUS = 45;
	const FORWARD_SLASH = 47;
	const SEMICOLON = 59;
	const LESS = 60;
	const EQUAL = 61;
	const GREATER = 62;
	const QUESTION = 63;
	const OPEN_BRACKET = 91;
	const CLOSE_BRACKET = 93;
	const NEL = 133;
	const LS = 8232;
	const isQuote = (c) => c === DQUOTE || c === SQUOTE;
	const QUOTES = [DQUOTE, SQUOTE];
	const DOCTYPE_TERMINATOR = [
		...QUOTES,
		OPEN_BRACKET,
		GREATER
	];
	const DTD_TERMINATOR = [
		...QUOTES,
		LESS,
		CLOSE_BRACKET
	];
	const XML_DECL_NAME_TERMINATOR = [
		EQUAL,
		QUESTION,
		...S_LIST
	];
	const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [
		...S_LIST,
		GREATER,
		AMP,
		LESS
	];
	function nsPairCheck(parser, prefix, uri) {
		switch (prefix) {
			case "xml":
				if (uri !== XML_NAMESPACE) parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
				break;
			case "xmlns": if (uri !== XMLNS_NAMESPACE) parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
		}
		switch (uri) {
			case XMLNS_NAMESPACE:
				parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
				break;
			case XML_NAMESPACE: switch (prefix) {
				case "xml": break;
				case "":
					parser.fail(`the default namespace may not be set to ${uri}.`);
					break;
				default: parser.fail("may not assign the xml namespace to another prefix.");
			}
		}
	}
	function nsMappingCheck(parser, mapping) {
		for (const local of Object.keys(mapping)) nsPairCheck(parser, local, mapping[local]);
	}
	const isNCName = (name) => NC_NAME_RE.test(name);
	const isName = (name) => NAME_RE.test(name);
	const FORBIDDEN_START = 0;
	const FORBIDDEN_BRACKET = 1;
	const FORBIDDEN_BRACKET_BRACKET = 2;
	/**
	* The list of supported events.
	*/
	exports.EVENTS = [
		"xmldecl",
		"text",
		"processinginstruction",
		"doctype",
		"comment",
		"opentagstart",
		"attribute",
		"opentag",
		"closetag",
		"cdata",
		"error",
		"end",
		"ready"
	];
	const EVENT_NAME_TO_HANDLER_NAME = {
		xmldecl: "xmldeclHandler",
		text: "textHandler",
		processinginstruction: "piHandler",
		doctype: "doctypeHandler",
		comment: "commentHandler",
		opentagstart: "openTagStartHandler",
		attribute: "attributeHandler",
		opentag: "openTagHandler",
		closetag: "closeTagHandler",
		cdata: "cdataHandler",
		error: "errorHandler",
		end: "endHandler",
		ready: "readyHandler"
	};
	var SaxesParser = class {
		/**
		* @param opt The parser options.
		*/
		constructor(opt) {
			this.opt = opt !== null && opt !== void 0 ? opt : {};
			this.fragmentOpt = !!this.opt.fragment;
			const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
			this.trackPosition = this.opt.position !== false;
			this.fileName = this.opt.fileName;
			if (xmlnsOpt) {
				this.nameStartCheck = isNCNameStartChar;
				this.nameCheck = isNCNameChar;
				this.isName = isNCName;
				this.processAttribs = this.processAttribsNS;
				this.pushAttrib = this.pushAttribNS;
				this.ns = Object.assign({ __proto__: null }, rootNS);
				const additional = this.opt.additionalNamespaces;
				if (additional != null) {
					nsMappingCheck(this, additional);
					Object.assign(this.ns, additional);
				}
			} else {
				this.nameStartCheck = isNameStartChar;
				this.nameCheck = isNameChar;
				this.isName = isName;
				this.processAttribs = this.processAttribsPlain;
				this.pushAttrib = this.pushAttribPlain;
			}
			this.stateTable = [
				this.sBegin,
				this.sBeginWhitespace,
				this.sDoctype,
				this.sDoctypeQuote,
				this.sDTD,
				this.sDTDQuoted,
				this.sDTDOpenWaka,
				this.sDTDOpenWakaBang,
				this.sDTDComment,
				this.sDTDCommentEnding,
				this.sDTDCommentEnded,
				this.sDTDPI,
				this.sDTDPIEnding,
				this.sText,
				this.sEntity,
				this.sOpenWaka,
				this.sOpenWakaBang,
				this.sComment,
				this.sCommentEnding,
				this.sCommentEnded,
				this.sCData,
				this.sCDataEnding,
				this.sCDataEnding2,
				this.sPIFirstChar,
				this.sPIRest,
				this.sPIBody,
				this.sPIEnding,
				this.sXMLDeclNameStart,
				this.sXMLDeclName,
				this.sXMLDeclEq,
				this.sXMLDeclValueStart,
				this.sXMLDeclValue,
				this.sXMLDeclSeparator,
				this.sXMLDeclEnding,
				this.sOpenTag,
				this.sOpenTagSlash,
				this.sAttrib,
				this.sAttribName,
				this.sAttribNameSawWhite,
				this.sAttribValue,
				this.sAttribValueQuoted,
				this.sAttribValueClosed,
				this.sAttribValueUnquoted,
				this.sCloseTag,
				this.sCloseTagSawWhite
			];
			this._init();
		}
		/**
		* Indicates whether or not the parser is closed. If ``true``, wait for
		* the ``ready`` event to write again.
		*/
		get closed() {
			return this._closed;
		}
		_init() {
			var _a;
			this.openWakaBang = "";
			this.text = "";
			this.name = "";
			this.piTarget = "";
			this.entity = "";
			this.q = null;
			this.tags = [];
			this.tag = null;
			this.topNS = null;
			this.chunk = "";
			this.chunkPosition = 0;
			this.i = 0;
			this.prevI = 0;
			this.carriedFromPrevious = void 0;
			this.forbiddenState = FORBIDDEN_START;
			this.attribList = [];
			const { fragmentOpt } = this;
			this.state = fragmentOpt ? S_TEXT : S_BEGIN;
			this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
			this.xmlDeclPossible = !fragmentOpt;
			this.xmlDeclExpects = ["version"];
			this.entityReturnState = void 0;
			let { defaultXMLVersion } = this.opt;
			if (defaultXMLVersion === void 0) {
				if (this.opt.forceXMLVersion === true) throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
				defaultXMLVersion = "1.0";
			}
			this.setXMLVersion(defaultXMLVersion);
			this.positionAtNewLine = 0;
			this.doctype = false;
			this._closed = false;
			this.xmlDecl = {
				version: void 0,
				encoding: void 0,
				standalone: void 0
			};
			this.line = 1;
			this.column = 0;
			this.ENTITIES = Object.create(XML_ENTITIES);
			(_a = this.readyHandler) === null || _a === void 0 || _a.call(this);
		}
		/**
		* The stream position the parser is currently looking at. This field is
		* zero-based.
		*
		* This field is not based on counting Unicode characters but is to be
		* interpreted as a plain index into a JavaScript string.
		*/
		get position() {
			return this.chunkPosition + this.i;
		}
		/**
		* The column number of the next character to be read by the parser.  *
		* This field is zero-based. (The first column in a line is 0.)
		*
		* This field reports the index at which the next character would be in the
		* line if the line were represented as a JavaScript string.  Note that this
		* *can* be different to a count based on the number of *Unicode characters*
		* due to how JavaScript handles astral plane characters.
		*
		* See [[column]] for a number that corresponds to a count of Unicode
		* characters.
		*/
		get columnIndex() {
			return this.position - this.positionAtNewLine;
		}
		/**
		* Set an event listener on an event. The parser supports one handler per
		* event type. If you try to set an event handler over an existing handler,
		* the old handler is silently overwritten.
		*
		* @param name The event to listen to.
		*
		* @param handler The handler to set.
		*/
		on(name, handler) {
			this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
		}
		/**
		* Unset an event handler.
		*
		* @parma name The event to stop listening to.
		*/
		off(name) {
			this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
		}
		/**
		* Make an error object. The error object will have a message that contains
		* the ``fileName`` option passed at the creation of the parser. If position
		* tracking was turned on, it will also have line and column number
		* information.
		*
		* @param message The message describing the error to report.
		*
		* @returns An error object with a properly formatted message.
		*/
		makeError(message) {
			var _a;
			let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
			if (this.trackPosition) {
				if (msg.length > 0) msg += ":";
				msg += `${this.line}:${this.column}`;
			}
			if (msg.length > 0) msg += ": ";
			return new Error(msg + message);
		}
		/**
		* Report a parsing error. This method is made public so that client code may
		* check for issues that are outside the scope of this project and can report
		* errors.
		*
		* @param message The error to report.
		*
		* @returns this
		*/
		fail(message) {
			const err = this.makeError(message);
			const handler = this.errorHandler;
			if (handler === void 0) throw err;
			else handler(err);
			return this;
		}
		/**
		* Write a XML data to the parser.
		*
		* @param chunk The XML data to write.
		*
		* @returns this
		*/
		write(chunk) {
			if (this.closed) return this.fail("cannot write after close; assign an onready handler.");
			let end = false;
			if (chunk === null) {
				end = true;
				chunk = "";
			} else if (typeof chunk === "object") chunk = chunk.toString();
			if (this.carriedFromPrevious !== void 0) {
				chunk = `${this.carriedFromPrevious}${chunk}`;
				this.carriedFromPrevious = void 0;
			}
			let limit = chunk.length;
			const lastCode = chunk.charCodeAt(limit - 1);
			if (!end && (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
				this.carriedFromPrevious = chunk[limit - 1];
				limit--;
				chunk = chunk.slice(0, limit);
			}
			const { stateTable } = this;
			this.chunk = chunk;
			this.i = 0;
			while (this.i < limit) stateTable[this.state].call(this);
			this.chunkPosition += limit;
			return end ? this.end() : this;
		}
		/**
		* Close the current stream. Perform final well-formedness checks and reset
		* the parser tstate.
		*
		* @returns this
		*/
		close() {
			return this.write(null);
		}
		/**
		* Get a single code point out of the current chunk. This updates the current
		* position if we do position tracking.
		*
		* This is the algorithm to use for XML 1.0.
		*
		* @returns The character read.
		*/
		getCode10() {
			const { chunk, i } = this;
			this.prevI = i;
			this.i = i + 1;
			if (i >= chunk.length) return EOC;
			const code = chunk.charCodeAt(i);
			this.column++;
			if (code < 55296) {
				if (code >= SPACE || code === TAB) return code;
				switch (code) {
					case NL:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL;
					case CR:
						if (chunk.charCodeAt(i + 1) === NL) this.i = i + 2;
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL_LIKE;
					default:
						this.fail("disallowed character.");
						return code;
				}
			}
			if (code > 56319) {
				if (!(code >= 57344 && code <= 65533)) this.fail("disallowed character.");
				return code;
			}
			const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
			this.i = i + 2;
			if (final > 1114111) this.fail("disallowed character.");
			return final;
		}
		/**
		* Get a single code point out of the current chunk. This updates the current
		* position if we do position tracking.
		*
		* This is the algorithm to use for XML 1.1.
		*
		* @returns {number} The character read.
		*/
		getCode11() {
			const { chunk, i } = this;
			this.prevI = i;
			this.i = i + 1;
			if (i >= chunk.length) return EOC;
			const code = chunk.charCodeAt(i);
			this.column++;
			if (code < 55296) {
				if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) return code;
				switch (code) {
					case NL:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL;
					case CR: {
						const next = chunk.charCodeAt(i + 1);
						if (next === NL || next === NEL) this.i = i + 2;
					}
					case NEL:
					case LS:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL_LIKE;
					default:
						this.fail("disallowed character.");
						return code;
				}
			}
			if (code > 56319) {
				if (!(code >= 57344 && code <= 65533)) this.fail("disallowed character.");
				return code;
			}
			const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
			this.i = i + 2;
			if (final > 1114111) this.fail("disallowed character.");
			return final;
		}
		/**
		* Like ``getCode`` but with the return value normalized so that ``NL`` is
		* returned for ``NL_LIKE``.
		*/
		getCodeNorm() {
			const c = this.getCode();
			return c === NL_LIKE ? NL : c;
		}
		unget() {
			this.i = this.prevI;
			this.column--;
		}
		/**
		* Capture characters into a buffer until encountering one of a set of
		* characters.
		*
		* @param chars An array of codepoints. Encountering a character in the array
		* ends the capture. (``chars`` may safely contain ``NL``.)
		*
		* @return The character code that made the capture end, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		captureTo(chars) {
			let { i: start } = this;
			const { chunk } = this;
			while (true) {
				const c = this.getCode();
				const isNLLike = c === NL_LIKE;
				const final = isNLLike ? NL : c;
				if (final === EOC || chars.includes(final)) {
					this.text += chunk.slice(start, this.prevI);
					return final;
				}
				if (isNLLike) {
					this.text += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
				}
			}
		}
		/**
		* Capture characters into a buffer until encountering a character.
		*
		* @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
		* CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
		*
		* @return ``true`` if we ran into the character. Otherwise, we ran into the
		* end of the current chunk.
		*/
		captureToChar(char) {
			let { i: start } = this;
			const { chunk } = this;
			while (true) {
				let c = this.getCode();
				switch (c) {
					case NL_LIKE:
						this.text += `${chunk.slice(start, this.prevI)}\n`;
						start = this.i;
						c = NL;
						break;
					case EOC:
						this.text += chunk.slice(start);
						return false;
				}
				if (c === char) {
					this.text += chunk.slice(start, this.prevI);
					return true;
				}
			}
		}
		/**
		* Capture characters that satisfy ``isNameChar`` into the ``name`` field of
		* this parser.
		*
		* @return The character code that made the test fail, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		captureNameChars() {
			const { chunk, i: start } = this;
			while (true) {
				const c = this.getCode();
				if (c === EOC) {
					this.name += chunk.slice(start);
					return EOC;
				}
				if (!isNameChar(c)) {
					this.name += chunk.slice(start, this.prevI);
					return c === NL_LIKE ? NL : c;
				}
			}
		}
		/**
		* Skip white spaces.
		*
		* @return The character that ended the skip, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		skipSpaces() {
			while (true) {
				const c = this.getCodeNorm();
				if (c === EOC || !isS(c)) return c;
			}
		}
		setXMLVersion(version) {
			this.currentXMLVersion = version;
			if (version === "1.0") {
				this.isChar = isChar10;
				this.getCode = this.getCode10;
			} else {
				this.isChar = isChar11;
				this.getCode = this.getCode11;
			}
		}
		sBegin() {
			if (this.chunk.charCodeAt(0) === 65279) {
				this.i++;
				this.column++;
			}
			this.state = S_BEGIN_WHITESPACE;
		}
		sBeginWhitespace() {
			const iBefore = this.i;
			const c = this.skipSpaces();
			if (this.prevI !== iBefore) this.xmlDeclPossible = false;
			switch (c) {
				case LESS:
					this.state = S_OPEN_WAKA;
					if (this.text.length !== 0) throw new Error("no-empty text at start");
					break;
				case EOC: break;
				default:
					this.unget();
					this.state = S_TEXT;
					this.xmlDeclPossible = false;
			}
		}
		sDoctype() {
			var _a;
			const c = this.captureTo(DOCTYPE_TERMINATOR);
			switch (c) {
				case GREATER:
					(_a = this.doctypeHandler) === null || _a === void 0 || _a.call(this, this.text);
					this.text = "";
					this.state = S_TEXT;
					this.doctype = true;
					break;
				case EOC: break;
				default:
					this.text += String.fromCodePoint(c);
					if (c === OPEN_BRACKET) this.state = S_DTD;
					else if (isQuote(c)) {
						this.state = S_DOCTYPE_QUOTE;
						this.q = c;
					}
			}
		}
		sDoctypeQuote() {
			const q = this.q;
			if (this.captureToChar(q)) {
				this.text += String.fromCodePoint(q);
				this.q = null;
				this.state = S_DOCTYPE;
			}
		}
		sDTD() {
			const c = this.captureTo(DTD_TERMINATOR);
			if (c === EOC) return;
			this.text += String.fromCodePoint(c);
			if (c === CLOSE_BRACKET) this.state = S_DOCTYPE;
			else if (c === LESS) this.state = S_DTD_OPEN_WAKA;
			else if (isQuote(c)) {
				this.state = S_DTD_QUOTED;
				this.q = c;
			}
		}
		sDTDQuoted() {
			const q = this.q;
			if (this.captureToChar(q)) {
				this.text += String.fromCodePoint(q);
				this.state = S_DTD;
				this.q = null;
			}
		}
		sDTDOpenWaka() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			switch (c) {
				case BANG:
					this.state = S_DTD_OPEN_WAKA_BANG;
					this.openWakaBang = "";
					break;
				case QUESTION:
					this.state = S_DTD_PI;
					break;
				default: this.state = S_DTD;
			}
		}
		sDTDOpenWakaBang() {
			const char = String.fromCodePoint(this.getCodeNorm());
			const owb = this.openWakaBang += char;
			this.text += char;
			if (owb !== "-") {
				this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
				this.openWakaBang = "";
			}
		}
		sDTDComment() {
			if (this.captureToChar(MINUS)) {
				this.text += "-";
				this.state = S_DTD_COMMENT_ENDING;
			}
		}
		sDTDCommentEnding() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
		}
		sDTDCommentEnded() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			if (c === GREATER) this.state = S_DTD;
			else {
				this.fail("malformed comment.");
				this.state = S_DTD_COMMENT;
			}
		}
		sDTDPI() {
			if (this.captureToChar(QUESTION)) {
				this.text += "?";
				this.state = S_DTD_PI_ENDING;
			}
		}
		sDTDPIEnding() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			if (c === GREATER) this.state = S_DTD;
		}
		sText() {
			if (this.tags.length !== 0) this.handleTextInRoot();
			else this.handleTextOutsideRoot();
		}
		sEntity() {
			let { i: start } = this;
			const { chunk } = this;
			loop: while (true) switch (this.getCode()) {
				case NL_LIKE:
					this.entity += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
					break;
				case SEMICOLON: {
					const { entityReturnState } = this;
					const entity = this.entity + chunk.slice(start, this.prevI);
					this.state = entityReturnState;
					let parsed;
					if (entity === "") {
						this.fail("empty entity name.");
						parsed = "&;";
					} else {
						parsed = this.parseEntity(entity);
						this.entity = "";
					}
					if (entityReturnState !== S_TEXT || this.textHandler !== void 0) this.text += parsed;
					break loop;
				}
				case EOC:
					this.entity += chunk.slice(start);
					break loop;
			}
		}
		sOpenWaka() {
			const c = this.getCode();
			if (isNameStartChar(c)) {
				this.state = S_OPEN_TAG;
				this.unget();
				this.xmlDeclPossible = false;
			} else switch (c) {
				case FORWARD_SLASH:
					this.state = S_CLOSE_TAG;
					this.xmlDeclPossible = false;
					break;
				case BANG:
					this.state = S_OPEN_WAKA_BANG;
					this.openWakaBang = "";
					this.xmlDeclPossible = false;
					break;
				case QUESTION:
					this.state = S_PI_FIRST_CHAR;
					break;
				default:
					this.fail("disallowed character in tag name");
					this.state = S_TEXT;
					this.xmlDeclPossible = false;
			}
		}
		sOpenWakaBang() {
			this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
			switch (this.openWakaBang) {
				case "[CDATA[":
					if (!this.sawRoot && !this.reportedTextBeforeRoot) {
						this.fail("text data outside of root node.");
						this.reportedTextBeforeRoot = true;
					}
					if (this.closedRoot && !this.reportedTextAfterRoot) {
						this.fail("text data outside of root node.");
						this.reportedTextAfterRoot = true;
					}
					this.state = S_CDATA;
					this.openWakaBang = "";
					break;
				case "--":
					this.state = S_COMMENT;
					this.openWakaBang = "";
					break;
				case "DOCTYPE":
					this.state = S_DOCTYPE;
					if (this.doctype || this.sawRoot) this.fail("inappropriately located doctype declaration.");
					this.openWakaBang = "";
					break;
				default: if (this.openWakaBang.length >= 7) this.fail("incorrect syntax.");
			}
		}
		sComment() {
			if (this.captureToChar(MINUS)) this.state = S_COMMENT_ENDING;
		}
		sCommentEnding() {
			var _a;
			const c = this.getCodeNorm();
			if (c === MINUS) {
				this.state = S_COMMENT_ENDED;
				(_a = this.commentHandler) === null || _a === void 0 || _a.call(this, this.text);
				this.text = "";
			} else {
				this.text += `-${String.fromCodePoint(c)}`;
				this.state = S_COMMENT;
			}
		}
		sCommentEnded() {
			const c = this.getCodeNorm();
			if (c !== GREATER) {
				this.fail("malformed comment.");
				this.text += `--${String.fromCodePoint(c)}`;
				this.state = S_COMMENT;
			} else this.state = S_TEXT;
		}
		sCData() {
			if (this.captureToChar(CLOSE_BRACKET)) this.state = S_CDATA_ENDING;
		}
		sCDataEnding() {
			const c = this.getCodeNorm();
			if (c === CLOSE_BRACKET) this.state = S_CDATA_ENDING_2;
			else {
				this.text += `]${String.fromCodePoint(c)}`;
				this.state = S_CDATA;
			}
		}
		sCDataEnding2() {
			var _a;
			const c = this.getCodeNorm();
			switch (c) {
				case GREATER:
					(_a = this.cdataHandler) === null || _a === void 0 || _a.call(this, this.text);
					this.text = "";
					this.state = S_TEXT;
					break;
				case CLOSE_BRACKET:
					this.text += "]";
					break;
				default:
					this.text += `]]${String.fromCodePoint(c)}`;
					this.state = S_CDATA;
			}
		}
		sPIFirstChar() {
			const c = this.getCodeNorm();
			if (this.nameStartCheck(c)) {
				this.piTarget += String.fromCodePoint(c);
				this.state = S_PI_REST;
			} else if (c === QUESTION || isS(c)) {
				this.fail("processing instruction without a target.");
				this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
			} else {
				this.fail("disallowed character in processing instruction name.");
				this.piTarget += String.fromCodePoint(c);
				this.state = S_PI_REST;
			}
		}
		sPIRest() {
			const { chunk, i: start } = this;
			while (true) {
				const c = this.getCodeNorm();
				if (c === EOC) {
					this.piTarget += chunk.slice(start);
					return;
				}
				if (!this.nameCheck(c)) {
					this.piTarget += chunk.slice(start, this.prevI);
					const isQuestion = c === QUESTION;
					if (isQuestion || isS(c)) {
						if (this.piTarget === "xml") {
							if (!this.xmlDeclPossible) this.fail("an XML declaration must be at the start of the document.");
							this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
						} else this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
					} else {
						this.fail("disallowed character in processing instruction name.");
						this.piTarget += String.fromCodePoint(c);
					}
					break;
				}
			}
		}
		sPIBody() {
			if (this.text.length === 0) {
				const c = this.getCodeNorm();
				if (c === QUESTION) this.state = S_PI_ENDING;
				else if (!isS(c)) this.text = String.fromCodePoint(c);
			} else if (this.captureToChar(QUESTION)) this.state = S_PI_ENDING;
		}
		sPIEnding() {
			var _a;
			const c = this.getCodeNorm();
			if (c === GREATER) {
				const { piTarget } = this;
				if (piTarget.toLowerCase() === "xml") this.fail("the XML declaration must appear at the start of the document.");
				(_a = this.piHandler) === null || _a === void 0 || _a.call(this, {
					target: piTarget,
					body: this.text
				});
				this.piTarget = this.text = "";
				this.state = S_TEXT;
			} else if (c === QUESTION) this.text += "?";
			else {
				this.text += `?${String.fromCodePoint(c)}`;
				this.state = S_PI_BODY;
			}
			this.xmlDeclPossible = false;
		}
		sXMLDeclNameStart() {
			const c = this.skipSpaces();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				return;
			}
			if (c !== EOC) {
				this.state = S_XML_DECL_NAME;
				this.name = String.fromCodePoint(c);
			}
		}
		sXMLDeclName() {
			const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.name += this.text;
				this.text = "";
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (!(isS(c) || c === EQUAL)) return;
			this.name += this.text;
			this.text = "";
			if (!this.xmlDeclExpects.includes(this.name)) switch (this.name.length) {
				case 0:
					this.fail("did not expect any more name/value pairs.");
					break;
				case 1:
					this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
					break;
				default: this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
			}
			this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
		}
		sXMLDeclEq() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (isS(c)) return;
			if (c !== EQUAL) this.fail("value required.");
			this.state = S_XML_DECL_VALUE_START;
		}
		sXMLDeclValueStart() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (isS(c)) return;
			if (!isQuote(c)) {
				this.fail("value must be quoted.");
				this.q = SPACE;
			} else this.q = c;
			this.state = S_XML_DECL_VALUE;
		}
		sXMLDeclValue() {
			const c = this.captureTo([this.q, QUESTION]);
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.text = "";
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (c === EOC) return;
			const value = this.text;
			this.text = "";
			switch (this.name) {
				case "version": {
					this.xmlDeclExpects = ["encoding", "standalone"];
					const version = value;
					this.xmlDecl.version = version;
					if (!/^1\.[0-9]+$/.test(version)) this.fail("version number must match /^1\\.[0-9]+$/.");
					else if (!this.opt.forceXMLVersion) this.setXMLVersion(version);
					break;
				}
				case "encoding":
					if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
					this.xmlDeclExpects = ["standalone"];
					this.xmlDecl.encoding = value;
					break;
				case "standalone":
					if (value !== "yes" && value !== "no") this.fail("standalone value must match \"yes\" or \"no\".");
					this.xmlDeclExpects = [];
					this.xmlDecl.standalone = value;
			}
			this.name = "";
			this.state = S_XML_DECL_SEPARATOR;
		}
		sXMLDeclSeparator() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				return;
			}
			if (!isS(c)) {
				this.fail("whitespace required.");
				this.unget();
			}
			this.state = S_XML_DECL_NAME_START;
		}
		sXMLDeclEnding() {
			var _a;
			if (this.getCodeNorm() === GREATER) {
				if (this.piTarget !== "xml") this.fail("processing instructions are not allowed before root.");
				else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) this.fail("XML declaration must contain a version.");
				(_a = this.xmldeclHandler) === null || _a === void 0 || _a.call(this, this.xmlDecl);
				this.name = "";
				this.piTarget = this.text = "";
				this.state = S_TEXT;
			} else this.fail("The character ? is disallowed anywhere in XML declarations.");
			this.xmlDeclPossible = false;
		}
		sOpenTag() {
			var _a;
			const c = this.captureNameChars();
			if (c === EOC) return;
			const tag = this.tag = {
				name: this.name,
				attributes: Object.create(null)
			};
			this.name = "";
			if (this.xmlnsOpt) this.topNS = tag.ns = Object.create(null);
			(_a = this.openTagStartHandler) === null || _a === void 0 || _a.call(this, tag);
			this.sawRoot = true;
			if (!this.fragmentOpt && this.closedRoot) this.fail("documents may contain only one root.");
			switch (c) {
				case GREATER:
					this.openTag();
					break;
				case FORWARD_SLASH:
					this.state = S_OPEN_TAG_SLASH;
					break;
				default:
					if (!isS(c)) this.fail("disallowed character in tag name.");
					this.state = S_ATTRIB;
			}
		}
		sOpenTagSlash() {
			if (this.getCode() === GREATER) this.openSelfClosingTag();
			else {
				this.fail("forward-slash in opening tag not followed by >.");
				this.state = S_ATTRIB;
			}
		}
		sAttrib() {
			const c = this.skipSpaces();
			if (c === EOC) return;
			if (isNameStartChar(c)) {
				this.unget();
				this.state = S_ATTRIB_NAME;
			} else if (c === GREATER) this.openTag();
			else if (c === FORWARD_SLASH) this.state = S_OPEN_TAG_SLASH;
			else this.fail("disallowed character in attribute name.");
		}
		sAttribName() {
			const c = this.captureNameChars();
			if (c === EQUAL) this.state = S_ATTRIB_VALUE;
			else if (isS(c)) this.state = S_ATTRIB_NAME_SAW_WHITE;
			else if (c === GREATER) {
				this.fail("attribute without value.");
				this.pushAttrib(this.name, this.name);
				this.name = this.text = "";
				this.openTag();
			} else if (c !== EOC) this.fail("disallowed character in attribute name.");
		}
		sAttribNameSawWhite() {
			const c = this.skipSpaces();
			switch (c) {
				case EOC: return;
				case EQUAL:
					this.state = S_ATTRIB_VALUE;
					break;
				default:
					this.fail("attribute without value.");
					this.text = "";
					this.name = "";
					if (c === GREATER) this.openTag();
					else if (isNameStartChar(c)) {
						this.unget();
						this.state = S_ATTRIB_NAME;
					} else {
						this.fail("disallowed character in attribute name.");
						this.state = S_ATTRIB;
					}
			}
		}
		sAttribValue() {
			const c = this.getCodeNorm();
			if (isQuote(c)) {
				this.q = c;
				this.state = S_ATTRIB_VALUE_QUOTED;
			} else if (!isS(c)) {
				this.fail("unquoted attribute value.");
				this.state = S_ATTRIB_VALUE_UNQUOTED;
				this.unget();
			}
		}
		sAttribValueQuoted() {
			const { q, chunk } = this;
			let { i: start } = this;
			while (true) switch (this.getCode()) {
				case q:
					this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
					this.name = this.text = "";
					this.q = null;
					this.state = S_ATTRIB_VALUE_CLOSED;
					return;
				case AMP:
					this.text += chunk.slice(start, this.prevI);
					this.state = S_ENTITY;
					this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
					return;
				case NL:
				case NL_LIKE:
				case TAB:
					this.text += `${chunk.slice(start, this.prevI)} `;
					start = this.i;
					break;
				case LESS:
					this.text += chunk.slice(start, this.prevI);
					this.fail("disallowed character.");
					return;
				case EOC:
					this.text += chunk.slice(start);
					return;
			}
		}
		sAttribValueClosed() {
			const c = this.getCodeNorm();
			if (isS(c)) this.state = S_ATTRIB;
			else if (c === GREATER) this.openTag();
			else if (c === FORWARD_SLASH) this.state = S_OPEN_TAG_SLASH;
			else if (isNameStartChar(c)) {
				this.fail("no whitespace between attributes.");
				this.unget();
				this.state = S_ATTRIB_NAME;
			} else this.fail("disallowed character in attribute name.");
		}
		sAttribValueUnquoted() {
			const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
			switch (c) {
				case AMP:
					this.state = S_ENTITY;
					this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
					break;
				case LESS:
					this.fail("disallowed character.");
					break;
				case EOC: break;
				default:
					if (this.text.includes("]]>")) this.fail("the string \"]]>\" is disallowed in char data.");
					this.pushAttrib(this.name, this.text);
					this.name = this.text = "";
					if (c === GREATER) this.openTag();
					else this.state = S_ATTRIB;
			}
		}
		sCloseTag() {
			const c = this.captureNameChars();
			if (c === GREATER) this.closeTag();
			else if (isS(c)) this.state = S_CLOSE_TAG_SAW_WHITE;
			else if (c !== EOC) this.fail("disallowed character in closing tag.");
		}
		sCloseTagSawWhite() {
			switch (this.skipSpaces()) {
				case GREATER:
					this.closeTag();
					break;
				case EOC: break;
				default: this.fail("disallowed character in closing tag.");
			}
		}
		handleTextInRoot() {
			let { i: start, forbiddenState } = this;
			const { chunk, textHandler: handler } = this;
			scanLoop: while (true) switch (this.getCode()) {
				case LESS:
					this.state = S_OPEN_WAKA;
					if (handler !== void 0) {
						const { text } = this;
						const slice = chunk.slice(start, this.prevI);
						if (text.length !== 0) {
							handler(text + slice);
							this.text = "";
						} else if (slice.length !== 0) handler(slice);
					}
					forbiddenState = FORBIDDEN_START;
					break scanLoop;
				case AMP:
					this.state = S_ENTITY;
					this.entityReturnState = S_TEXT;
					if (handler !== void 0) this.text += chunk.slice(start, this.prevI);
					forbiddenState = FORBIDDEN_START;
					break scanLoop;
				case CLOSE_BRACKET:
					switch (forbiddenState) {
						case FORBIDDEN_START:
							forbiddenState = FORBIDDEN_BRACKET;
							break;
						case FORBIDDEN_BRACKET:
							forbiddenState = FORBIDDEN_BRACKET_BRACKET;
							break;
						case FORBIDDEN_BRACKET_BRACKET: break;
						default: throw new Error("impossible state");
					}
					break;
				case GREATER:
					if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) this.fail("the string \"]]>\" is disallowed in char data.");
					forbiddenState = FORBIDDEN_START;
					break;
				case NL_LIKE:
					if (handler !== void 0) this.text += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
					forbiddenState = FORBIDDEN_START;
					break;
				case EOC:
					if (handler !== void 0) this.text += chunk.slice(start);
					break scanLoop;
				default: forbiddenState = FORBIDDEN_START;
			}
			this.forbiddenState = forbiddenState;
		}
		handleTextOutsideRoot() {
			let { i: start } = this;
			const { chunk, textHandler: handler } = this;
			let nonSpace = false;
			outRootLoop: while (true) {
				const code = this.getCode();
				switch (code) {
					case LESS:
						this.state = S_OPEN_WAKA;
						if (handler !== void 0) {
							const { text } = this;
							const slice = chunk.slice(start, this.prevI);
							if (text.length !== 0) {
								handler(text + slice);
								this.text = "";
							} else if (slice.length !== 0) handler(slice);
						}
						break outRootLoop;
					case AMP:
						this.state = S_ENTITY;
						this.entityReturnState = S_TEXT;
						if (handler !== void 0) this.text += chunk.slice(start, this.prevI);
						nonSpace = true;
						break outRootLoop;
					case NL_LIKE:
						if (handler !== void 0) this.text += `${chunk.slice(start, this.prevI)}\n`;
						start = this.i;
						break;
					case EOC:
						if (handler !== void 0) this.text += chunk.slice(start);
						break outRootLoop;
					default: if (!isS(code)) nonSpace = true;
				}
			}
			if (!nonSpace) return;
			if (!this.sawRoot && !this.reportedTextBeforeRoot) {
				this.fail("text data outside of root node.");
				this.reportedTextBeforeRoot = true;
			}
			if (this.closedRoot && !this.reportedTextAfterRoot) {
				this.fail("text data outside of root node.");
				this.reportedTextAfterRoot = true;
			}
		}
		pushAttribNS(name, value) {
			var _a;
			const { prefix, local } = this.qname(name);
			const attr = {
				name,
				prefix,
				local,
				value
			};
			this.attribList.push(attr);
			(_a = this.attributeHandler) === null || _a === void 0 || _a.call(this, attr);
			if (prefix === "xmlns") {
				const trimmed = value.trim();
				if (this.currentXMLVersion === "1.0" && trimmed === "") this.fail("invalid attempt to undefine prefix in XML 1.0");
				this.topNS[local] = trimmed;
				nsPairCheck(this, local, trimmed);
			} else if (name === "xmlns") {
				const trimmed = value.trim();
				this.topNS[""] = trimmed;
				nsPairCheck(this, "", trimmed);
			}
		}
		pushAttribPlain(name, value) {
			var _a;
			const attr = {
				name,
				value
			};
			this.attribList.push(attr);
			(_a = this.attributeHandler) === null || _a === void 0 || _a.call(this, attr);
		}
		/**
		* End parsing. This performs final well-formedness checks and resets the
		* parser to a clean state.
		*
		* @returns this
		*/
		end() {
			var _a, _b;
			if (!this.sawRoot) this.fail("document must contain a root element.");
			const { tags } = this;
			while (tags.length > 0) {
				const tag = tags.pop();
				this.fail(`unclosed tag: ${tag.name}`);
			}
			if (this.state !== S_BEGIN && this.state !== S_TEXT) this.fail("unexpected end.");
			const { text } = this;
			if (text.length !== 0) {
				(_a = this.textHandler) === null || _a === void 0 || _a.call(this, text);
				this.text = "";
			}
			this._closed = true;
			(_b = this.endHandler) === null || _b === void 0 || _b.call(this);
			this._init();
			return this;
		}
		/**
		* Resolve a namespace prefix.
		*
		* @param prefix The prefix to resolve.
		*
		* @returns The namespace URI or ``undefined`` if the prefix is not defined.
		*/
		resolve(prefix) {
			var _a, _b;
			let uri = this.topNS[prefix];
			if (uri !== void 0) return uri;
			const { tags } = this;
			for (let index = tags.length - 1; index >= 0; index--) {
				uri = tags[index].ns[prefix];
				if (uri !== void 0) return uri;
			}
			uri = this.ns[prefix];
			if (uri !== void 0) return uri;
			return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
		}
		/**
		* Parse a qname into its prefix and local name parts.
		*
		* @param name The name to parse
		*
		* @returns
		*/
		qname(name) {
			const colon = name.indexOf(":");
			if (colon === -1) return {
				prefix: "",
				local: name
			};
			const local = name.slice(colon + 1);
			const prefix = name.slice(0, colon);
			if (prefix === "" || local === "" || local.includes(":")) this.fail(`malformed name: ${name}.`);
			return {
				prefix,
				local
			};
		}
		processAttribsNS() {
			var _a;
			const { attribList } = this;
			const tag = this.tag;
			{
				const { prefix, local } = this.qname(tag.name);
				tag.prefix = prefix;
				tag.local = local;
				const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
				if (prefix !== "") {
					if (prefix === "xmlns") this.fail("tags may not have \"xmlns\" as prefix.");
					if (uri === "") {
						this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
						tag.uri = prefix;
					}
				}
			}
			if (attribList.length === 0) return;
			const { attributes } = tag;
			const seen = /* @__PURE__ */ new Set();
			for (const attr of attribList) {
				const { name, prefix, local } = attr;
				let uri;
				let eqname;
				if (prefix === "") {
					uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
					eqname = name;
				} else {
					uri = this.resolve(prefix);
					if (uri === void 0) {
						this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
						uri = prefix;
					}
					eqname = `{${uri}}${local}`;
				}
				if (seen.has(eqname)) this.fail(`duplicate attribute: ${eqname}.`);
				seen.add(eqname);
				attr.uri = uri;
				attributes[name] = attr;
			}
			this.attribList = [];
		}
		processAttribsPlain() {
			const { attribList } = this;
			const attributes = this.tag.attributes;
			for (const { name, value } of attribList) {
				if (attributes[name] !== void 0) this.fail(`duplicate attribute: ${name}.`);
				attributes[name] = value;
			}
			this.attribList = [];
		}
		/**
		* Handle a complete open tag. This parser code calls this once it has seen
		* the whole tag. This method checks for well-formeness and then emits
		* ``onopentag``.
		*/
		openTag() {
			var _a;
			this.processAttribs();
			const { tags } = this;
			const tag = this.tag;
			tag.isSelfClosing = false;
			(_a = this.openTagHandler) === null || _a === void 0 || _a.call(this, tag);
			tags.push(tag);
			this.state = S_TEXT;
			this.name = "";
		}
		/**
		* Handle a complete self-closing tag. This parser code calls this once it has
		* seen the whole tag. This method checks for well-formeness and then emits
		* ``onopentag`` and ``onclosetag``.
		*/
		openSelfClosingTag() {
			var _a, _b, _c;
			this.processAttribs();
			const { tags } = this;
			const tag = this.tag;
			tag.isSelfClosing = true;
			(_a = this.openTagHandler) === null || _a === void 0 || _a.call(this, tag);
			(_b = this.closeTagHandler) === null || _b === void 0 || _b.call(this, tag);
			if ((this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null) === null) this.closedRoot = true;
			this.state = S_TEXT;
			this.name = "";
		}
		/**
		* Handle a complete close tag. This parser code calls this once it has seen
		* the whole tag. This method checks for well-formeness and then emits
		* ``onclosetag``.
		*/
		closeTag() {
			const { tags, name } = this;
			this.state = S_TEXT;
			this.name = "";
			if (name === "") {
				this.fail("weird empty close tag.");
				this.text += "</>";
				return;
			}
			const handler = this.closeTagHandler;
			let l = tags.length;
			while (l-- > 0) {
				const tag = this.tag = tags.pop();
				this.topNS = tag.ns;
				handler === null || handler === void 0 || handler(tag);
				if (tag.name === name) break;
				this.fail("unexpected close tag.");
			}
			if (l === 0) this.closedRoot = true;
			else if (l < 0) {
				this.fail(`unmatched closing tag: ${name}.`);
				this.text += `</${name}>`;
			}
		}
		/**
		* Resolves an entity. Makes any necessary well-formedness checks.
		*
		* @param entity The entity to resolve.
		*
		* @returns The parsed entity.
		*/
		parseEntity(entity) {
			if (entity[0] !== "#") {
				const defined = this.ENTITIES[entity];
				if (defined !== void 0) return defined;
				this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
				return `&${entity};`;
			}
			let num = NaN;
			if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) num = parseInt(entity.slice(2), 16);
			else if (/^#[0-9]+$/.test(entity)) num = parseInt(entity.slice(1), 10);
			if (!this.isChar(num)) {
				this.fail("malformed character entity.");
				return `&${entity};`;
			}
			return String.fromCodePoint(num);
		}
	};
	exports.SaxesParser = SaxesParser;
})))();
function decodeXml(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	return new TextDecoder("utf-8").decode(bytes);
}
/** Parses the part (its bytes, or its text already decoded by decodeXml, which any spans point into). */
function parseXml(bytes, fileName, part, handlers, options = {}) {
	const parser = new import_saxes.SaxesParser({
		xmlns: false,
		position: false
	});
	const xml = typeof bytes === "string" ? bytes : decodeXml(bytes);
	parser.on("doctype", () => {
		throw new InputError(`${fileName} contains an XML document type declaration in ${part}, which Word never writes: it may be malicious, so speclint did not read it.`);
	});
	if (options.spans) withSpans(parser, xml, handlers);
	else {
		parser.on("opentag", (tag) => handlers.open(tag.name, tag.attributes, tag.isSelfClosing));
		parser.on("closetag", (tag) => handlers.close(tag.name));
		parser.on("text", (text) => handlers.text(text));
		parser.on("cdata", (text) => handlers.text(text));
	}
	try {
		parser.write(xml).close();
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(`${fileName} is damaged (${part} is not well-formed XML): open it in Word and save it again, or get a fresh copy.`);
	}
}
/**
* saxes says only how far it has read (its position, in UTF-16 code units of
* the one string written), and raises each event at the end of what it
* reports. Tags are found back from their `>` (no `<` can be inside a tag);
* character data runs from the end of the markup before it to the `<` after.
*/
function withSpans(parser, xml, handlers) {
	/** Where the next piece of text would start: just after the last markup or text reported. */
	let cursor = 0;
	const tag = () => {
		const end = parser.position;
		return {
			start: xml.lastIndexOf("<", end - 1),
			end
		};
	};
	/** Comments, processing instructions and the declaration end at the next `>` (saxes may report them just before it). */
	const skipMarkup = () => {
		cursor = xml.indexOf(">", parser.position - 1) + 1;
	};
	parser.on("opentag", (t) => {
		const span = tag();
		cursor = span.end;
		handlers.open(t.name, t.attributes, t.isSelfClosing, span);
	});
	parser.on("closetag", (t) => {
		if (t.isSelfClosing) {
			handlers.close(t.name, {
				start: parser.position,
				end: parser.position
			});
			return;
		}
		const span = tag();
		cursor = span.end;
		handlers.close(t.name, span);
	});
	parser.on("text", (text) => {
		const at = parser.position;
		const end = xml[at - 1] === "<" ? at - 1 : at;
		handlers.text(text, {
			start: cursor,
			end,
			cdata: false
		});
		cursor = end;
	});
	parser.on("cdata", (text) => {
		handlers.text(text, {
			start: cursor + 9,
			end: parser.position - 3,
			cdata: true
		});
		cursor = parser.position;
	});
	parser.on("comment", skipMarkup);
	parser.on("processinginstruction", skipMarkup);
	parser.on("xmldecl", skipMarkup);
}
/** w:val and friends: the value of an attribute by its local name. */
function attr(attributes, local) {
	return attributes[`w:${local}`] ?? attributes[local];
}
/**
* A level attribute as a whole number from 0 to `max`, or undefined. A hostile
* file's ilvl of 999999999 once grew a counter array until V8 aborted the
* process; NaN or a negative level threw RangeError.
*/
function levelAttr(attributes, local, max) {
	const value = attr(attributes, local)?.trim();
	if (value === void 0 || !/^\d{1,2}$/.test(value)) return void 0;
	const n = Number(value);
	return n <= max ? n : void 0;
}
/** Word's on/off properties: present means on, unless val says otherwise. */
function isOn(attributes) {
	const val = attr(attributes, "val");
	return val === void 0 || ![
		"0",
		"false",
		"off",
		"none"
	].includes(val);
}
// dist/src/loaders/docx/source-map.js
/**
* Where each paragraph's text came from in word/document.xml, recorded by the
* loader itself while it reads the body (readBody with `sourceMap: true`): the
* XML elements with their offsets, and for every character of a paragraph's
* text the w:t (and where in it), w:tab or w:br that produced it. The
* annotator anchors comments with this, so it never reads the XML itself and
* cannot drift from the loader's idea of a paragraph.
*/
/** Built by the loader as it walks the body: it says which elements open and close, and what text it reads. */
var SourceMapBuilder = class {
	xml;
	paragraphs = [];
	elements = [];
	/** Elements open in the XML, innermost last. */
	path = [];
	constructor(xml) {
		this.xml = xml;
	}
	open(name, span) {
		const parent = this.path[this.path.length - 1];
		const element = {
			name,
			start: span.start,
			startTagEnd: span.end,
			closeStart: span.end,
			end: span.end,
			parent,
			children: []
		};
		parent?.children.push(element);
		this.path.push(element);
		this.elements.push(element);
		return element;
	}
	close(span) {
		const element = this.path.pop();
		if (!element) return;
		element.closeStart = span.start;
		element.end = span.end;
	}
	/** The loader has started a paragraph at the element just opened. */
	paragraph(selfClosing) {
		const p = {
			index: this.paragraphs.length + 1,
			element: this.path[this.path.length - 1],
			text: "",
			segments: [],
			selfClosing
		};
		this.paragraphs.push(p);
		return p;
	}
	/** The loader added a stand-in character (tab, break, hyphen) for the element just opened. */
	standIn(p, text) {
		this.add(p, text, this.path[this.path.length - 1]);
	}
	/** The loader added character data to the paragraph. */
	text(p, span) {
		const element = this.path[this.path.length - 1];
		if (!element) return;
		const { text, raw } = decodeWithOffsets(this.xml, span.start, span.end, span.cdata);
		this.add(p, text, element, span.start, raw, span.cdata);
	}
	build() {
		return {
			xml: this.xml,
			paragraphs: this.paragraphs,
			elements: this.elements
		};
	}
	add(p, text, element, rawStart, raw, cdata) {
		if (text === "") return;
		const from = p.text.length;
		p.text += text;
		p.segments.push({
			from,
			to: p.text.length,
			element,
			rawStart,
			raw,
			cdata,
			safe: this.innermostParagraph() === p.element
		});
	}
	/** The innermost paragraph in the XML, to check the loader's view against. */
	innermostParagraph() {
		for (let i = this.path.length - 1; i >= 0; i--) if (this.path[i].name === "w:p") return this.path[i];
	}
};
const NAMED = {
	lt: "<",
	gt: ">",
	amp: "&",
	quot: "\"",
	apos: "'"
};
/**
* Decodes character data as saxes does (entities expanded, CR LF and lone CR
* read as LF). `raw[k]` is where decoded offset k starts in the string (the
* last entry is the end), so a split at k can be made at `raw[k]`; -1 means k
* falls inside a character. Text with nothing to decode (almost all of it)
* has no `raw`: offset k is then at `start + k`.
*/
function decodeWithOffsets(xml, start, end, cdata) {
	const slice = xml.slice(start, end);
	if (!slice.includes("\r") && (cdata || !slice.includes("&"))) return { text: slice };
	let text = "";
	const raw = [];
	let i = start;
	while (i < end) {
		const c = xml[i];
		let decoded;
		let next;
		if (c === "&" && !cdata) {
			const semi = xml.indexOf(";", i);
			const ref = xml.slice(i + 1, semi);
			next = semi + 1;
			if (ref.startsWith("#x") || ref.startsWith("#X")) decoded = String.fromCodePoint(parseInt(ref.slice(2), 16));
			else if (ref.startsWith("#")) decoded = String.fromCodePoint(parseInt(ref.slice(1), 10));
			else decoded = NAMED[ref] ?? "";
		} else if (c === "\r") {
			decoded = "\n";
			next = xml[i + 1] === "\n" ? i + 2 : i + 1;
		} else {
			decoded = c;
			next = i + 1;
		}
		raw.push(i);
		for (let k = 1; k < decoded.length; k++) raw.push(-1);
		text += decoded;
		i = next;
	}
	raw.push(end);
	return {
		text,
		raw
	};
}
// dist/src/loaders/docx/body.js
/**
* Walks word/document.xml once and returns its paragraphs in body order:
* table-cell and text-box paragraphs included, numbered from 1 as Word users
* count them (this number is the `line` of every Word finding).
*
* Text is the document as it will read once every tracked change is accepted:
* insertions kept, deletions and moved-from text dropped. The changes
* themselves are listed apart (kind, paragraph, author, text), so deleted text
* is known to the review rules without ever being content for the others. Field codes are
* dropped and their results kept, except a table of contents, whose paragraphs
* are marked (`contents`): they repeat the headings with page numbers. Of the two
* copies Word keeps of a text box (DrawingML and a VML fallback), only the first is read.
*/
const CHANGE_KINDS = {
	"w:ins": "insertion",
	"w:del": "deletion",
	"w:moveFrom": "move-from",
	"w:moveTo": "move-to",
	"w:rPrChange": "formatting",
	"w:pPrChange": "formatting",
	"w:tblPrChange": "formatting",
	"w:trPrChange": "formatting",
	"w:tcPrChange": "formatting",
	"w:sectPrChange": "formatting"
};
/** How much of a field's instruction is kept: enough to see whether it is a TOC. */
const MAX_INSTRUCTION = 64;
/** Elements whose contents never reach the reader. */
const HIDDEN = /* @__PURE__ */ new Set([
	"w:del",
	"w:moveFrom",
	"w:instrText",
	"w:delText",
	"mc:Fallback",
	"w:footnoteReference",
	"w:endnoteReference",
	"w:rPrChange",
	"w:pPrChange",
	"w:tblPrChange",
	"w:trPrChange",
	"w:tcPrChange",
	"w:sectPrChange"
]);
function readBody(bytes, fileName, styles, options = {}) {
	const map = options.sourceMap ? new SourceMapBuilder(decodeXml(bytes)) : void 0;
	const paragraphs = [];
	const comments = /* @__PURE__ */ new Map();
	const pendingStarts = [];
	const stack = [];
	const tables = [];
	let tableCount = 0;
	/** "table:row" keys of rows Word marks as headers (tblHeader). */
	const headerRows = /* @__PURE__ */ new Set();
	/** Tables whose look says the first row is a header. */
	const firstRowTables = /* @__PURE__ */ new Set();
	let hidden = 0;
	let inText = false;
	let inParagraphProps = false;
	let inRunProps = false;
	let inNumberingProps = false;
	let runBold;
	let runStyleBold;
	/** Hidden text (w:vanish, on the run or its character style): Word neither shows nor prints it, so nobody reads it. */
	let runHidden;
	let runStyleHidden;
	const references = /* @__PURE__ */ new Map();
	const changes = [];
	/** Changes met outside any paragraph (a row inserted, a table's properties changed): they belong to the next one. */
	const pendingChanges = [];
	/** Open change elements, innermost last; their text is gathered as it is read. */
	const openChanges = [];
	/** The formatting change of the run being read, which its text belongs to. */
	let runChange;
	let inDeletedText = false;
	/** Open content controls (w:sdt), innermost last: true for a "Table of Contents" one. */
	const controls = [];
	/**
	* Open complex fields, innermost last: the start of their instruction, whether it is a TOC whose
	* result has begun, and how many content controls were open when it began (a field never ended
	* ends with the control it began in, so a broken file loses no more than that control).
	*/
	const fields = [];
	/** How many open controls and fields are tables of contents: counted, so a paragraph's test costs nothing whatever a file nests. */
	let tocControls = 0;
	let tocFields = 0;
	let inInstruction = false;
	const inContents = () => tocControls > 0 || tocFields > 0;
	const endField = () => {
		if (fields.pop()?.toc) tocFields--;
	};
	const current = () => stack[stack.length - 1];
	/** Is the run being read hidden text (w:vanish on it, its character style or its paragraph's style)? */
	const runIsHidden = () => runHidden ?? runStyleHidden ?? styles.inherited(current()?.p.styleId, "hidden") ?? false;
	/** Adds to the paragraph's text what the tag just opened stands for, or (with `span`) character data. */
	const append = (text, span) => {
		const open = current();
		if (!open || hidden > 0 || runIsHidden()) return;
		open.p.text += text;
		if (open.mapped) {
			if (span) map.text(open.mapped, span);
			else map.standIn(open.mapped, text);
		}
		if (/\S/.test(text)) {
			open.hasVisible = true;
			if (!(runBold ?? runStyleBold ?? styles.inherited(open.p.styleId, "bold") ?? false)) open.allBold = false;
		}
	};
	const position = () => {
		const open = current();
		return open ? {
			paragraph: open.p.index,
			offset: open.p.text.length
		} : void 0;
	};
	parseXml(map?.xml ?? bytes, fileName, "word/document.xml", {
		open(name, a, selfClosing, span) {
			if (span) map.open(name, span);
			const kind = CHANGE_KINDS[name];
			if (kind) {
				const at = position();
				const change = {
					kind,
					author: attr(a, "author"),
					date: attr(a, "date"),
					paragraph: at?.paragraph ?? 0,
					from: at?.offset ?? 0,
					to: at?.offset ?? 0,
					text: ""
				};
				changes.push(change);
				if (!at) pendingChanges.push(change);
				openChanges.push({
					name,
					change
				});
				if (name === "w:rPrChange" && inRunProps) runChange = change;
			}
			if (name === "w:delText") inDeletedText = true;
			if (name === "w:instrText") inInstruction = true;
			if (HIDDEN.has(name)) {
				hidden++;
				return;
			}
			switch (name) {
				case "w:sdt":
					controls.push(false);
					break;
				case "w:docPartGallery":
					if (controls.length > 0 && !controls[controls.length - 1] && /^table of contents$/i.test(attr(a, "val") ?? "")) {
						controls[controls.length - 1] = true;
						tocControls++;
					}
					break;
				case "w:fldChar": {
					const type = attr(a, "fldCharType");
					if (type === "begin") fields.push({
						instruction: "",
						toc: false,
						controls: controls.length
					});
					else if (type === "separate" && fields.length > 0) {
						const field = fields[fields.length - 1];
						if (!field.toc && /^\s*TOC\b/i.test(field.instruction)) {
							field.toc = true;
							tocFields++;
							if (current()) current().p.contents = true;
						}
					} else if (type === "end") endField();
					break;
				}
				case "w:p": {
					const table = tables[tables.length - 1];
					const p = {
						index: paragraphs.length + 1,
						text: "",
						bold: false
					};
					if (inContents()) p.contents = true;
					if (table && table.column >= 0) {
						p.cell = {
							table: table.index,
							row: table.row,
							column: table.column,
							isHeader: false
						};
						if (table.continues) p.cell.continues = true;
						if (table.span > 1) p.cell.span = table.span;
					}
					paragraphs.push(p);
					stack.push({
						p,
						mapped: map?.paragraph(selfClosing),
						hasVisible: false,
						allBold: true
					});
					for (const id of pendingStarts.splice(0)) comments.set(id, {
						id,
						from: {
							paragraph: p.index,
							offset: 0
						}
					});
					for (const change of pendingChanges.splice(0)) change.paragraph = p.index;
					break;
				}
				case "w:pPr":
					inParagraphProps = true;
					break;
				case "w:numPr":
					inNumberingProps = true;
					break;
				case "w:pStyle":
					if (inParagraphProps && current()) current().p.styleId = attr(a, "val");
					break;
				case "w:outlineLvl":
					if (inParagraphProps && current()) current().p.outlineLevel = levelAttr(a, "val", 9);
					break;
				case "w:numId":
					if (inNumberingProps && current()) current().p.numId = attr(a, "val");
					break;
				case "w:ilvl":
					if (inNumberingProps && current()) current().p.ilvl = levelAttr(a, "val", 8);
					break;
				case "w:r":
					runBold = void 0;
					runStyleBold = void 0;
					runHidden = void 0;
					runStyleHidden = void 0;
					runChange = void 0;
					break;
				case "w:rPr":
					if (!inParagraphProps) inRunProps = true;
					break;
				case "w:b":
					if (inRunProps) runBold = isOn(a);
					break;
				case "w:rStyle":
					if (inRunProps) {
						runStyleBold = styles.inherited(attr(a, "val"), "bold");
						if (hidden === 0) runStyleHidden = styles.inherited(attr(a, "val"), "hidden");
					}
					break;
				case "w:vanish":
					if (inRunProps && hidden === 0) runHidden = isOn(a);
					break;
				case "w:t":
					inText = !selfClosing;
					break;
				case "w:tab":
					if (!inParagraphProps) append("	");
					break;
				case "w:br":
				case "w:cr":
					append(" ");
					break;
				case "w:noBreakHyphen":
					append("-");
					break;
				case "w:sym": {
					const code = Number.parseInt(attr(a, "char") ?? "", 16);
					if (!inParagraphProps && code >= 32 && code <= 65535 && (code < 55296 || code > 57343)) append(String.fromCharCode(code));
					break;
				}
				case "w:tbl":
					tables.push({
						index: tableCount++,
						row: -1,
						column: -1,
						span: 1,
						continues: false
					});
					break;
				case "w:tblLook": {
					if (hidden > 0) break;
					const table = tables[tables.length - 1];
					const firstRow = attr(a, "firstRow");
					const val = attr(a, "val");
					const on = firstRow !== void 0 ? isOn({ "w:val": firstRow }) : val !== void 0 && (parseInt(val, 16) & 32) !== 0;
					if (table && on) firstRowTables.add(table.index);
					break;
				}
				case "w:tr": {
					const table = tables[tables.length - 1];
					if (table) {
						table.row++;
						table.column = -1;
						table.span = 1;
					}
					break;
				}
				case "w:gridBefore": {
					if (hidden > 0) break;
					const table = tables[tables.length - 1];
					const skipped = Number.parseInt(attr(a, "val") ?? "", 10);
					if (table && table.column < 0 && skipped > 0) table.column += skipped;
					break;
				}
				case "w:gridSpan": {
					if (hidden > 0) break;
					const table = tables[tables.length - 1];
					const span = Number.parseInt(attr(a, "val") ?? "", 10);
					if (table && span > 1) table.span = span;
					break;
				}
				case "w:vMerge": {
					if (hidden > 0) break;
					const table = tables[tables.length - 1];
					if (table) table.continues = attr(a, "val") !== "restart";
					break;
				}
				case "w:tblHeader": {
					if (hidden > 0) break;
					const table = tables[tables.length - 1];
					if (table && isOn(a)) headerRows.add(`${table.index}:${table.row}`);
					break;
				}
				case "w:tc": {
					const table = tables[tables.length - 1];
					if (table) {
						table.column += table.span;
						table.span = 1;
						table.continues = false;
					}
					break;
				}
				case "w:commentRangeStart": {
					const id = attr(a, "id");
					if (id === void 0) break;
					const at = position();
					if (at) comments.set(id, {
						id,
						from: at
					});
					else pendingStarts.push(id);
					break;
				}
				case "w:commentReference": {
					const id = attr(a, "id");
					const at = position();
					if (id !== void 0 && at && !references.has(id)) references.set(id, at);
					break;
				}
				case "w:commentRangeEnd": {
					const id = attr(a, "id");
					const range = id === void 0 ? void 0 : comments.get(id);
					const last = paragraphs[paragraphs.length - 1];
					if (range) range.to = position() ?? (last ? {
						paragraph: last.index,
						offset: last.text.length
					} : range.from);
					break;
				}
			}
		},
		close(name, span) {
			if (span) map.close(span);
			if (name === "w:delText") inDeletedText = false;
			if (name === "w:instrText") inInstruction = false;
			if (name === "w:sdt") {
				if (controls.pop()) tocControls--;
				while (fields.length > 0 && fields[fields.length - 1].controls > controls.length) endField();
			}
			if (CHANGE_KINDS[name] && openChanges[openChanges.length - 1]?.name === name) {
				const { change } = openChanges.pop();
				const at = position();
				if (at && at.paragraph === change.paragraph) change.to = at.offset;
			}
			if (HIDDEN.has(name)) {
				hidden = Math.max(0, hidden - 1);
				return;
			}
			switch (name) {
				case "w:p": {
					const open = stack.pop();
					if (open) open.p.bold = open.hasVisible && open.allBold;
					break;
				}
				case "w:pPr":
					inParagraphProps = false;
					break;
				case "w:numPr":
					inNumberingProps = false;
					break;
				case "w:rPr":
					inRunProps = false;
					break;
				case "w:t":
					inText = false;
					break;
				case "w:tbl": tables.pop();
			}
		},
		text(text, span) {
			if (inInstruction && fields.length > 0 && fields[fields.length - 1].instruction.length < MAX_INSTRUCTION) fields[fields.length - 1].instruction += text;
			if (inText) append(text, span);
			if (inText || inDeletedText) {
				const open = openChanges[openChanges.length - 1]?.change;
				if (open && open.kind !== "formatting") {
					if (!runIsHidden()) open.text += text;
				} else if (runChange && inText) {
					runChange.text += text;
					const at = position();
					if (at && at.paragraph === runChange.paragraph) runChange.to = at.offset;
				}
			}
		}
	}, { spans: map !== void 0 });
	const mergeStarts = /* @__PURE__ */ new Map();
	for (const p of paragraphs) {
		if (!p.cell) continue;
		p.cell.isHeader = headerRows.has(`${p.cell.table}:${p.cell.row}`) || p.cell.row === 0 && firstRowTables.has(p.cell.table);
		const key = `${p.cell.table}:${p.cell.column}`;
		const started = mergeStarts.get(key);
		if (!p.cell.continues) {
			if (started?.[0]?.cell.row === p.cell.row) started.push(p);
			else mergeStarts.set(key, [p]);
		} else if (started) for (const q of started) q.cell.lastRow = p.cell.row;
		delete p.cell.continues;
	}
	const last = paragraphs[paragraphs.length - 1];
	for (const change of pendingChanges) change.paragraph = last?.index ?? 0;
	const body = {
		paragraphs,
		comments: [...comments.values()],
		references,
		changes: changes.filter((c) => c.paragraph > 0)
	};
	if (map) body.sourceMap = map.build();
	return body;
}
// dist/src/loaders/docx/parts.js
/** Styles, numbering and comments: the parts that give document.xml its meaning. */
/** Word's built-in style for a document's subtitle (pandoc bases its own on Title). */
const SUBTITLE = /^subtitle$/i;
/** The styles Word and LibreOffice give a table of contents: its entries by level and its heading. */
const CONTENTS = /^(?:toc|contents) ?(?:\d|heading)$/i;
var Styles = class {
	byId;
	constructor(byId) {
		this.byId = byId;
	}
	/** Heading level: "heading N" by name, "Title" as 1 (not "Subtitle"), or an outline level, following basedOn. */
	headingLevel(styleId) {
		for (let id = styleId, hops = 0; id && hops < 20; hops++) {
			const style = this.byId.get(id);
			if (!style) return void 0;
			const named = /^heading\s*(\d)$/i.exec(style.name);
			if (named) return Number(named[1]);
			if (/^title$/i.test(style.name)) return 1;
			if (SUBTITLE.test(style.name)) return void 0;
			if (style.outlineLevel !== void 0) return style.outlineLevel < 9 ? style.outlineLevel + 1 : void 0;
			id = style.basedOn;
		}
	}
	/** A table of contents' style ("toc 1", "TOC Heading" in Word; "Contents 1", "Contents Heading" in LibreOffice), following basedOn. */
	isContents(styleId) {
		for (let id = styleId, hops = 0; id && hops < 20; hops++) {
			const style = this.byId.get(id);
			if (!style) return false;
			if (CONTENTS.test(style.name)) return true;
			id = style.basedOn;
		}
		return false;
	}
	/** The paragraph is in the Subtitle style: the title's second line, however bold it looks. */
	isSubtitle(styleId) {
		const style = styleId === void 0 ? void 0 : this.byId.get(styleId);
		return style !== void 0 && SUBTITLE.test(style.name);
	}
	/** A property set on the style or inherited through basedOn. */
	inherited(styleId, key) {
		for (let id = styleId, hops = 0; id && hops < 20; hops++) {
			const style = this.byId.get(id);
			if (!style) return void 0;
			if (style[key] !== void 0) return style[key];
			id = style.basedOn;
		}
	}
};
function readStyles(bytes, fileName) {
	const byId = /* @__PURE__ */ new Map();
	if (!bytes) return new Styles(byId);
	let current;
	let currentId;
	let inRunProps = false;
	parseXml(bytes, fileName, "word/styles.xml", {
		open(name, a) {
			switch (name) {
				case "w:style":
					currentId = attr(a, "styleId");
					current = { name: currentId ?? "" };
					break;
				case "w:name":
					if (current) current.name = attr(a, "val") ?? current.name;
					break;
				case "w:basedOn":
					if (current) current.basedOn = attr(a, "val");
					break;
				case "w:outlineLvl":
					if (current) current.outlineLevel = levelAttr(a, "val", 9);
					break;
				case "w:numId":
					if (current) current.numId = attr(a, "val");
					break;
				case "w:ilvl":
					if (current) current.ilvl = levelAttr(a, "val", 8);
					break;
				case "w:rPr":
					inRunProps = true;
					break;
				case "w:b":
					if (current && inRunProps) current.bold = isOn(a);
					break;
				case "w:vanish": if (current && inRunProps) current.hidden = isOn(a);
			}
		},
		close(name) {
			if (name === "w:rPr") inRunProps = false;
			if (name === "w:style") {
				if (current && currentId) byId.set(currentId, current);
				current = void 0;
			}
		},
		text() {}
	});
	return new Styles(byId);
}
/** Word list numbering, with counters, so numbered headings keep their numbers ("3.2"). */
var Numbering = class {
	abstracts;
	nums;
	overrides;
	counters = /* @__PURE__ */ new Map();
	/** "numId:ilvl" of start overrides already applied: a list restarts once, where it is first used. */
	restarted = /* @__PURE__ */ new Set();
	constructor(abstracts, nums, overrides = /* @__PURE__ */ new Map()) {
		this.abstracts = abstracts;
		this.nums = nums;
		this.overrides = overrides;
	}
	level(numId, ilvl) {
		const overridden = this.overrides.get(numId)?.get(ilvl)?.level;
		if (overridden) return overridden;
		const abstract = this.nums.get(numId);
		return abstract === void 0 ? void 0 : this.abstracts.get(abstract)?.get(ilvl);
	}
	isBullet(numId, ilvl) {
		const format = this.level(numId, ilvl)?.format;
		return format === void 0 || format === "bullet" || format === "none";
	}
	/** Advances the list's counter and returns the label Word would show, e.g. "3.2" or "b)". */
	next(numId, ilvl) {
		const abstract = this.nums.get(numId);
		if (abstract === void 0 || this.isBullet(numId, ilvl)) return void 0;
		let counters = this.counters.get(abstract);
		if (!counters) this.counters.set(abstract, counters = []);
		for (let l = 0; l <= ilvl; l++) counters[l] ??= (this.level(numId, l)?.start ?? 1) - 1;
		const start = this.overrides.get(numId)?.get(ilvl)?.start;
		if (start !== void 0 && !this.restarted.has(`${numId}:${ilvl}`)) {
			this.restarted.add(`${numId}:${ilvl}`);
			counters[ilvl] = start - 1;
		}
		counters[ilvl] += 1;
		counters.length = ilvl + 1;
		return this.level(numId, ilvl).text.replace(/%(\d)/g, (_, n) => {
			const l = Number(n) - 1;
			return formatNumber(counters[l] ?? 1, this.level(numId, l)?.format ?? "decimal");
		});
	}
};
function formatNumber(n, format) {
	switch (format) {
		case "lowerLetter": return String.fromCharCode(96 + ((n - 1) % 26 + 1));
		case "upperLetter": return String.fromCharCode(64 + ((n - 1) % 26 + 1));
		case "lowerRoman": return roman(n).toLowerCase();
		case "upperRoman": return roman(n);
		default: return String(n);
	}
}
function roman(n) {
	const table = [
		[1e3, "M"],
		[900, "CM"],
		[500, "D"],
		[400, "CD"],
		[100, "C"],
		[90, "XC"],
		[50, "L"],
		[40, "XL"],
		[10, "X"],
		[9, "IX"],
		[5, "V"],
		[4, "IV"],
		[1, "I"]
	];
	let out = "";
	for (const [value, letters] of table) while (n >= value && out.length < 20) out += letters, n -= value;
	return out;
}
function readNumbering(bytes, fileName) {
	const abstracts = /* @__PURE__ */ new Map();
	const nums = /* @__PURE__ */ new Map();
	const overrides = /* @__PURE__ */ new Map();
	if (bytes) {
		let abstract;
		let level;
		let num;
		/** The level override being read, inside a w:num. */
		let override;
		parseXml(bytes, fileName, "word/numbering.xml", {
			open(name, a) {
				switch (name) {
					case "w:abstractNum":
						abstract = /* @__PURE__ */ new Map();
						abstracts.set(attr(a, "abstractNumId") ?? "", abstract);
						break;
					case "w:lvlOverride": {
						if (num === void 0) break;
						const ilvl = attr(a, "ilvl") === void 0 ? 0 : levelAttr(a, "ilvl", 8) ?? -1;
						let byLevel = overrides.get(num);
						if (!byLevel) overrides.set(num, byLevel = /* @__PURE__ */ new Map());
						override = byLevel.get(ilvl) ?? {};
						byLevel.set(ilvl, override);
						break;
					}
					case "w:startOverride": {
						const value = Number(attr(a, "val"));
						if (override && Number.isFinite(value)) override.start = value;
						break;
					}
					case "w:lvl":
						level = {
							format: "decimal",
							text: "",
							start: 1
						};
						if (override) override.level = level;
						else abstract?.set(attr(a, "ilvl") === void 0 ? 0 : levelAttr(a, "ilvl", 8) ?? -1, level);
						break;
					case "w:numFmt":
						if (level) level.format = attr(a, "val") ?? "decimal";
						break;
					case "w:lvlText":
						if (level) level.text = attr(a, "val") ?? "";
						break;
					case "w:start":
						if (level) level.start = Number(attr(a, "val") ?? 1);
						break;
					case "w:num":
						num = attr(a, "numId");
						break;
					case "w:abstractNumId": if (num !== void 0) nums.set(num, attr(a, "val") ?? "");
				}
			},
			close(name) {
				if (name === "w:lvl") level = void 0;
				if (name === "w:abstractNum") abstract = void 0;
				if (name === "w:lvlOverride") override = void 0;
				if (name === "w:num") num = void 0;
			},
			text() {}
		});
	}
	return new Numbering(abstracts, nums, overrides);
}
/** Comment id → its text, author and date (word/comments.xml). */
function readComments(bytes, fileName) {
	const comments = /* @__PURE__ */ new Map();
	if (!bytes) return comments;
	let id;
	let comment;
	let inText = false;
	parseXml(bytes, fileName, "word/comments.xml", {
		open(name, a) {
			if (name === "w:comment") {
				id = attr(a, "id");
				comment = {
					text: "",
					author: attr(a, "author"),
					date: attr(a, "date")
				};
			} else if (name === "w:t") inText = true;
			else if (name === "w:p" && comment) {
				if (comment.text !== "") comment.text += "\n";
				comment.paraId = byLocalName(a, "paraId") ?? comment.paraId;
			}
		},
		close(name) {
			if (name === "w:t") inText = false;
			if (name === "w:comment" && id !== void 0 && comment) comments.set(id, comment);
			if (name === "w:comment") comment = void 0;
		},
		text(t) {
			if (inText && comment) comment.text += t;
		}
	});
	return comments;
}
/** An attribute by its local name, whatever prefix the producer bound (w14:, w15:). */
function byLocalName(attributes, local) {
	for (const [key, value] of Object.entries(attributes)) if (key === local || key.endsWith(`:${local}`)) return value;
}
/**
* paraId → done flag and parent (word/commentsExtended.xml, Word 2013 on).
* Without this part no comment is marked done.
*/
function readCommentsExtended(bytes, fileName) {
	const states = /* @__PURE__ */ new Map();
	if (!bytes) return states;
	parseXml(bytes, fileName, "word/commentsExtended.xml", {
		open(name, a) {
			if (name !== "commentEx" && !name.endsWith(":commentEx")) return;
			const paraId = byLocalName(a, "paraId");
			if (paraId === void 0) return;
			const done = byLocalName(a, "done");
			states.set(paraId, {
				done: done !== void 0 && isOn({ "w:val": done }),
				parent: byLocalName(a, "paraIdParent")
			});
		},
		close() {},
		text() {}
	});
	return states;
}
// node_modules/fflate/esm/index.mjs
var require$1 = createRequire("/");
var _a;
try {
	_a = require$1("worker_threads"), _a.Worker, _a.isMarkedAsUntransferable;
} catch (e) {}
var u8 = Uint8Array;
var u16$1 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0,
	0,
	0,
	0
]);
var fdeb = new u8([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13,
	0,
	0
]);
var clim = new u8([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var freb = function(eb, start) {
	var b = new u16$1(31);
	for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
	var r = new i32(b[30]);
	for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
	return {
		b,
		r
	};
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
_b.r;
var rev = new u16$1(32768);
for (var i = 0; i < 32768; ++i) {
	var x = (i & 43690) >> 1 | (i & 21845) << 1;
	x = (x & 52428) >> 2 | (x & 13107) << 2;
	x = (x & 61680) >> 4 | (x & 3855) << 4;
	rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var hMap = (function(cd, mb, r) {
	var s = cd.length;
	var i = 0;
	var l = new u16$1(mb);
	for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
	var le = new u16$1(mb);
	for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
	var co;
	if (r) {
		co = new u16$1(1 << mb);
		var rvb = 15 - mb;
		for (i = 0; i < s; ++i) if (cd[i]) {
			var sv = i << 4 | cd[i];
			var r_1 = mb - cd[i];
			var v = le[cd[i] - 1]++ << r_1;
			for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
		}
	} else {
		co = new u16$1(s);
		for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
	}
	return co;
});
var flt = new u8(288);
for (var i = 0; i < 144; ++i) flt[i] = 8;
for (var i = 144; i < 256; ++i) flt[i] = 9;
for (var i = 256; i < 280; ++i) flt[i] = 7;
for (var i = 280; i < 288; ++i) flt[i] = 8;
var fdt = new u8(32);
for (var i = 0; i < 32; ++i) fdt[i] = 5;
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
var max = function(a) {
	var m = a[0];
	for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
	return m;
};
var bits = function(d, p, m) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
	return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
	if (s == null || s < 0) s = 0;
	if (e == null || e > v.length) e = v.length;
	return new u8(v.subarray(s, e));
};
var ec = [
	"unexpected EOF",
	"invalid block type",
	"invalid length/literal",
	"invalid distance",
	"stream finished",
	"no stream handler",
	,
	"no callback",
	"invalid UTF-8 data",
	"extra field too long",
	"date not in range 1980-2099",
	"filename too long",
	"stream finishing",
	"invalid zip data"
];
var err = function(ind, msg, nt) {
	var e = new Error(msg || ec[ind]);
	e.code = ind;
	if (Error.captureStackTrace) Error.captureStackTrace(e, err);
	if (!nt) throw e;
	return e;
};
var inflt = function(dat, st, buf, dict) {
	var sl = dat.length, dl = dict ? dict.length : 0;
	if (!sl || st.f && !st.l) return buf || new u8(0);
	var noBuf = !buf;
	var resize = noBuf || st.i != 2;
	var noSt = st.i;
	if (noBuf) buf = new u8(sl * 3);
	var cbuf = function(l) {
		var bl = buf.length;
		if (l > bl) {
			var nbuf = new u8(Math.max(bl * 2, l));
			nbuf.set(buf);
			buf = nbuf;
		}
	};
	var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
	var tbts = sl * 8;
	do {
		if (!lm) {
			final = bits(dat, pos, 1);
			var type = bits(dat, pos + 1, 3);
			pos += 3;
			if (!type) {
				var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
				if (t > sl) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + l);
				buf.set(dat.subarray(s, t), bt);
				st.b = bt += l, st.p = pos = t * 8, st.f = final;
				continue;
			} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
			else if (type == 2) {
				var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
				var tl = hLit + bits(dat, pos + 5, 31) + 1;
				pos += 14;
				var ldt = new u8(tl);
				var clt = new u8(19);
				for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
				pos += hcLen * 3;
				var clb = max(clt), clbmsk = (1 << clb) - 1;
				var clm = hMap(clt, clb, 1);
				for (var i = 0; i < tl;) {
					var r = clm[bits(dat, pos, clbmsk)];
					pos += r & 15;
					var s = r >> 4;
					if (s < 16) ldt[i++] = s;
					else {
						var c = 0, n = 0;
						if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
						else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
						else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
						while (n--) ldt[i++] = c;
					}
				}
				var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
				lbt = max(lt);
				dbt = max(dt);
				lm = hMap(lt, lbt, 1);
				dm = hMap(dt, dbt, 1);
			} else err(1);
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
		}
		if (resize) cbuf(bt + 131072);
		var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
		var lpos = pos;
		for (;; lpos = pos) {
			var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
			pos += c & 15;
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
			if (!c) err(2);
			if (sym < 256) buf[bt++] = sym;
			else if (sym == 256) {
				lpos = pos, lm = null;
				break;
			} else {
				var add = sym - 254;
				if (sym > 264) {
					var i = sym - 257, b = fleb[i];
					add = bits(dat, pos, (1 << b) - 1) + fl[i];
					pos += b;
				}
				var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
				if (!d) err(3);
				pos += d & 15;
				var dt = fd[dsym];
				if (dsym > 3) {
					var b = fdeb[dsym];
					dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
				}
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + 131072);
				var end = bt + add;
				if (bt < dt) {
					var shift = dl - dt, dend = Math.min(dt, end);
					if (shift + bt < 0) err(3);
					for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
				}
				for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
			}
		}
		st.l = lm, st.p = lpos, st.b = bt, st.f = final;
		if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
	} while (!final);
	return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /*#__PURE__*/ new u8(0);
/**
* Streaming DEFLATE decompression
*/
var Inflate = /* @__PURE__ */ function() {
	function Inflate(opts, cb) {
		if (typeof opts == "function") cb = opts, opts = {};
		this.ondata = cb;
		var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
		this.s = {
			i: 0,
			b: dict ? dict.length : 0
		};
		this.o = new u8(32768);
		this.p = new u8(0);
		if (dict) this.o.set(dict);
	}
	Inflate.prototype.e = function(c) {
		if (!this.ondata) err(5);
		if (this.d) err(4);
		if (!this.p.length) this.p = c;
		else if (c.length) {
			var n = new u8(this.p.length + c.length);
			n.set(this.p), n.set(c, this.p.length), this.p = n;
		}
	};
	Inflate.prototype.c = function(final) {
		this.s.i = +(this.d = final || false);
		var bts = this.s.b;
		var dt = inflt(this.p, this.s, this.o);
		this.ondata(slc(dt, bts, this.s.b), this.d);
		this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
		this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
	};
	/**
	* Pushes a chunk to be inflated
	* @param chunk The chunk to push
	* @param final Whether this is the final chunk
	*/
	Inflate.prototype.push = function(chunk, final) {
		this.e(chunk), this.c(final);
	};
	return Inflate;
}();
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
// dist/src/loaders/docx/zip.js
/**
* A guarded reader for the zip container of a .docx. It reads the central
* directory itself, checks entry counts and declared sizes before inflating
* anything, and inflates only the parts asked for, in small chunks, counting
* the real output: a zip bomb whose headers lie is stopped at the budget, not
* after it has filled memory (see STACK-NOTES: fflate trusts header sizes).
*/
const CHUNK = 16384;
const u16 = (b, o) => b[o] | b[o + 1] << 8;
const u32 = (b, o) => (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
var ZipReader = class {
	bytes;
	name;
	limits;
	entries = /* @__PURE__ */ new Map();
	constructor(bytes, name, limits = DEFAULT_ZIP_LIMITS) {
		this.bytes = bytes;
		this.name = name;
		this.limits = limits;
		this.readDirectory();
	}
	damaged() {
		return new InputError(`${this.name} is damaged or incomplete (it may not have finished downloading or copying): open it in Word and save it again, or get a fresh copy.`);
	}
	tooBig() {
		const exact = this.limits.maxEntryBytes / 1024 / 1024;
		const mb = exact >= 1 ? String(Math.round(exact)) : exact.toFixed(2);
		return new InputError(`${this.name} would expand to more than ${mb} MB when opened, far more than any specification: it may be damaged or malicious, so speclint did not open it.`);
	}
	readDirectory() {
		const b = this.bytes;
		let eocd = -1;
		for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) if (u32(b, i) === 101010256) {
			eocd = i;
			break;
		}
		if (eocd === -1) throw this.damaged();
		const count = u16(b, eocd + 10);
		const dirSize = u32(b, eocd + 12);
		const dirOffset = u32(b, eocd + 16);
		if (count === 65535 || dirOffset === 4294967295) throw new InputError(`${this.name} uses a zip format (ZIP64) that Word does not write for documents of this kind: open it in Word and save it again.`);
		if (count > this.limits.maxEntries) throw new InputError(`${this.name} holds ${count} parts, far more than any Word document: it may be damaged or malicious, so speclint did not open it.`);
		if (dirOffset + dirSize > b.length) throw this.damaged();
		let at = dirOffset;
		let declared = 0;
		for (let i = 0; i < count; i++) {
			if (at + 46 > b.length || u32(b, at) !== 33639248) throw this.damaged();
			const nameLength = u16(b, at + 28);
			const entry = {
				flags: u16(b, at + 8),
				method: u16(b, at + 10),
				compressedSize: u32(b, at + 20),
				size: u32(b, at + 24),
				localOffset: u32(b, at + 42),
				name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength))
			};
			declared += entry.size;
			if (entry.size > this.limits.maxEntryBytes || declared > this.limits.maxTotalBytes) throw this.tooBig();
			this.entries.set(entry.name, entry);
			at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
		}
	}
	has(name) {
		return this.entries.has(name);
	}
	/** The part's bytes, inflated under the budget; undefined when absent. */
	read(name) {
		const entry = this.entries.get(name);
		if (!entry) return void 0;
		if (entry.flags & 1) throw new InputError(`${this.name} is password-protected: remove the password in Word (File > Info > Protect Document), save it, and try again.`);
		const b = this.bytes;
		const local = entry.localOffset;
		if (local + 30 > b.length || u32(b, local) !== 67324752) throw this.damaged();
		const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
		const end = start + entry.compressedSize;
		if (end > b.length) throw this.damaged();
		const data = b.subarray(start, end);
		if (entry.method === 0) {
			if (data.length > this.limits.maxEntryBytes) throw this.tooBig();
			return data;
		}
		if (entry.method !== 8) throw this.damaged();
		const chunks = [];
		let total = 0;
		let failure;
		const inflate = new Inflate((chunk) => {
			total += chunk.length;
			if (total > this.limits.maxEntryBytes) failure ??= this.tooBig();
			else chunks.push(chunk);
		});
		try {
			for (let i = 0; i < data.length && !failure; i += CHUNK) inflate.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
		} catch {
			throw this.damaged();
		}
		if (failure) throw failure;
		const out = new Uint8Array(total);
		let offset = 0;
		for (const chunk of chunks) {
			out.set(chunk, offset);
			offset += chunk.length;
		}
		return out;
	}
};
// dist/src/loaders/docx/index.js
const isZip = (b) => b[0] === 80 && b[1] === 75;
const isOleFile = (b) => b[0] === 208 && b[1] === 207 && b[2] === 17 && b[3] === 224;
/** The main document part, from the package relationships (word/document.xml almost always). */
function mainPart(zip, name) {
	const rels = zip.read("_rels/.rels");
	let target;
	if (rels) parseXml(rels, name, "_rels/.rels", {
		open(tag, a) {
			if (tag.endsWith("Relationship") && /\/officeDocument$/.test(attr(a, "Type") ?? "") && !target) target = attr(a, "Target");
		},
		close() {},
		text() {}
	});
	const part = target?.replace(/^\//, "");
	return part && zip.has(part) ? part : "word/document.xml";
}
const WORDPROCESSING_ML = /* @__PURE__ */ new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
/** The start tag of an XML text's root element (past its declaration, comments and processing instructions), or undefined. */
function rootTag(xml) {
	let at = 0;
	for (;;) {
		const lt = xml.indexOf("<", at);
		if (lt < 0) return void 0;
		const end = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) : xml.indexOf(">", lt);
		if (end < 0) return void 0;
		if (xml[lt + 1] !== "?" && xml[lt + 1] !== "!") return xml.slice(lt, end + 1);
		at = end + 1;
	}
}
/**
* Word, LibreOffice and pandoc write Word's markup as "w:"; the reader reads it by that name. A
* tool that rewrites XML may write the same namespace under another prefix ("ns0:") or none, and
* the body would then read as empty: refused with a sentence instead of linted as a document with
* no text. Told by the root element's own name and the namespace its prefix is bound to.
*/
function checkPrefix(document, name) {
	const root = rootTag(new TextDecoder().decode(document.subarray(0, 4096)));
	const qualified = root ? /^<([^\s/>]+)/.exec(root)?.[1] : void 0;
	if (!root || !qualified) return;
	const colon = qualified.indexOf(":");
	const prefix = colon < 0 ? "" : qualified.slice(0, colon);
	if (prefix === "w" || qualified.slice(colon + 1) !== "document") return;
	for (const [, bound = "", uri] of root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) if (bound === prefix && WORDPROCESSING_ML.has(uri)) {
		const used = prefix ? `"${prefix}:"` : "no prefix";
		throw new InputError(`${name} writes Word's markup under an unusual XML prefix (${used} where Word writes "w:"), which speclint cannot read: open it in Word or LibreOffice and save it as .docx, then try again.`);
	}
}
function loadDocx(bytes, name, limits = DEFAULT_ZIP_LIMITS) {
	if (bytes.length === 0) throw new InputError(`${name} is empty (0 bytes): get a fresh copy of the file.`);
	if (isOleFile(bytes)) throw new InputError(`${name} is password-protected, or is an old-format Word file renamed .docx: remove the password in Word (File > Info > Protect Document) and save it, or save an old file as .docx, then try again.`);
	if (!isZip(bytes)) throw new InputError(`${name} is not a Word document (.docx): check you chose the right file, or open it in Word and save it as .docx.`);
	const zip = new ZipReader(bytes, name, limits);
	const main = mainPart(zip, name);
	const document = zip.read(main);
	if (!document) throw new InputError(`${name} is a zip file but not a Word document (it has no word/document.xml): check you chose the right file.`);
	checkPrefix(document, name);
	const styles = readStyles(zip.read("word/styles.xml"), name);
	const numbering = readNumbering(zip.read("word/numbering.xml"), name);
	const commentParts = readComments(zip.read("word/comments.xml"), name);
	const commentStates = readCommentsExtended(zip.read("word/commentsExtended.xml"), name);
	const body = readBody(document, name, styles);
	const texts = body.paragraphs.map((p) => p.text.replace(/[\r\n\u2028\u2029]/g, " "));
	const starts = [];
	let offset = 0;
	for (const text of texts) {
		starts.push(offset);
		offset += text.length + 1;
	}
	const source = texts.join("\n");
	const blocks = [];
	body.paragraphs.forEach((p, i) => {
		const text = texts[i];
		const label = listLabel(p, styles, numbering);
		if (text.trim() === "" || p.contents || styles.isContents(p.styleId)) return;
		blocks.push(toRawBlock(p, text, starts[i], label, styles, numbering));
	});
	const directives = [];
	for (const range of body.comments) {
		const parsed = parseDirectiveText(commentParts.get(range.id)?.text ?? "");
		if (!parsed || parsed.kind === "enable") continue;
		const to = range.to ?? {
			paragraph: range.from.paragraph,
			offset: Number.MAX_SAFE_INTEGER - 1
		};
		directives.push({
			type: "range",
			ruleIds: parsed.ruleIds,
			reason: parsed.reason,
			position: {
				line: range.from.paragraph,
				column: range.from.offset + 1
			},
			from: {
				line: range.from.paragraph,
				column: range.from.offset + 1
			},
			to: {
				line: to.paragraph,
				column: to.offset + 1
			}
		});
	}
	return {
		raw: {
			format: "docx",
			source,
			blocks,
			review: reviewState(body, commentParts, commentStates, starts, texts)
		},
		directives
	};
}
/**
* A finding that `speclint --annotate` wrote as a comment ends with the line
* "Rule: <rule-id>" (src/annotate/docx.ts, commentText). Linting the reviewed
* copy finds it afresh from the text, so it is not a reviewer's remark.
*/
const SPECLINT_FINDING = /\nRule: [\w@/-]+(?: \(\S+\))?\s*$/;
/** Comments (with their done flag, thread and range) and tracked changes, by offsets into the synthetic source. */
function reviewState(body, parts, states, starts, texts) {
	const at = (p) => {
		const i = Math.min(Math.max(p.paragraph, 1), starts.length) - 1;
		return i < 0 ? 0 : starts[i] + Math.min(p.offset, texts[i].length);
	};
	const ranges = new Map(body.comments.map((r) => [r.id, r]));
	const idByParaId = /* @__PURE__ */ new Map();
	for (const [id, part] of parts) if (part.paraId !== void 0) idByParaId.set(part.paraId, id);
	const comments = [];
	for (const [id, part] of parts) {
		const state = part.paraId === void 0 ? void 0 : states.get(part.paraId);
		const comment = {
			id,
			author: part.author?.trim() || "an unnamed reviewer",
			text: part.text,
			done: state?.done ?? false,
			directive: parseDirectiveText(part.text) !== void 0,
			bySpeclint: SPECLINT_FINDING.test(part.text)
		};
		if (part.date !== void 0) comment.date = part.date;
		const parentId = state?.parent === void 0 ? void 0 : idByParaId.get(state.parent);
		if (parentId !== void 0) comment.parentId = parentId;
		const range = ranges.get(id);
		const anchor = range?.from ?? body.references.get(id);
		if (anchor) {
			comment.start = at(anchor);
			const to = range ? range.to ?? {
				paragraph: range.from.paragraph,
				offset: Number.MAX_SAFE_INTEGER
			} : anchor;
			comment.end = Math.max(comment.start, at(to));
		}
		comments.push(comment);
	}
	return {
		comments,
		changes: body.changes.map((c) => ({
			kind: c.kind,
			author: c.author,
			date: c.date,
			line: c.paragraph,
			start: at({
				paragraph: c.paragraph,
				offset: c.from
			}),
			end: at({
				paragraph: c.paragraph,
				offset: c.to
			}),
			text: c.text
		}))
	};
}
/** The numbering Word shows before the paragraph ("3.2", "b)"), advancing the list's counter. */
function listLabel(p, styles, numbering) {
	const numId = p.numId ?? styles.inherited(p.styleId, "numId");
	if (numId === void 0 || numId === "0") return void 0;
	const ilvl = p.ilvl ?? styles.inherited(p.styleId, "ilvl") ?? 0;
	return numbering.next(numId, ilvl);
}
function toRawBlock(p, text, start, label, styles, numbering) {
	const spans = [{
		textStart: 0,
		length: text.length,
		sourceStart: start,
		sourceEnd: start + text.length,
		verbatim: true
	}];
	const level = styles.headingLevel(p.styleId) ?? (p.outlineLevel !== void 0 && p.outlineLevel < 9 ? p.outlineLevel + 1 : void 0);
	const block = {
		kind: "paragraph",
		text,
		spans,
		boldOnly: p.bold && !styles.isSubtitle(p.styleId),
		label
	};
	if (p.cell) block.cell = p.cell;
	if (level !== void 0) {
		block.kind = "heading";
		block.level = level;
		return block;
	}
	const numId = p.numId ?? styles.inherited(p.styleId, "numId");
	if (numId !== void 0 && numId !== "0") {
		const ilvl = p.ilvl ?? styles.inherited(p.styleId, "ilvl") ?? 0;
		block.kind = "list-item";
		block.list = {
			ordered: !numbering.isBullet(numId, ilvl),
			depth: ilvl + 1
		};
		return block;
	}
	if (p.cell) block.kind = "table-cell";
	return block;
}
export { loadDocx };
