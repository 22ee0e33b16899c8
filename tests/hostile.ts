/**
 * Hostile query-string and hash values: markup, script URLs, broken percent-encoding, prototype
 * keys, template syntax and very long input. Read by the unit tests of every function that reads
 * the URL (src/lib/embed/url-input.test.ts) and by the browser sweep (tests/security.spec.ts).
 */
export const HOSTILE_PAYLOADS = [
	'<script>alert(1)</script>',
	'"><img src=x id=xss onerror=alert(1)>',
	"'><svg id=xss onload=alert(1)>",
	'javascript:alert(1)',
	'JaVaScRiPt:alert(document.domain)',
	'data:text/html,<script>alert(1)</script>',
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%253Cscript%253E',
	'%22%3E%3Cimg%20src%3Dx%20id%3Dxss%20onerror%3Dalert(1)%3E',
	'%E0%A4%A',
	'%',
	'%00',
	'\u202e\u0000',
	// Long, but under the 8 KB request line static hosts accept.
	'x'.repeat(2000),
	'dark%00',
	'dark"><b id=xss>',
	'auto\' onmouseover=\'alert(1)',
	'</title><script>alert(1)</script>',
	'{{constructor.constructor("alert(1)")()}}',
	'${alert(1)}',
	'__proto__',
	'constructor',
	'[object Object]',
	'../../../../etc/passwd',
	'NaN',
	'-1e309',
	'🙂',
	'<iframe src=javascript:alert(1)>',
	'" autofocus onfocus=alert(1) x="',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'
];

/** Each payload, as a reader could put it into a URL: the theme, a key and a value, the hash. */
export const hostileSuffixes = (payload: string) => [`?theme=${payload}`, `?${payload}=${payload}&slug=${payload}`, `#${payload}`];
