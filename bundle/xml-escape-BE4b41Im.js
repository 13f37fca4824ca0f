// dist/src/xml-escape.js
/** Escaping text for XML, shared by the JUnit report and Word annotation. */
/** Text for XML character data and attribute values; drops characters XML 1.0 forbids. */
function escapeXml(text) {
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
export { escapeXml as t };
