// One reading of a request's path for both the file lookup and the `_headers` rules: were they to
// read it differently, `/%63harts/x` would serve /charts/x without the headers /charts/* declares.
import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The segments of a request target's path, percent-decoded, with `.`, `..` and empty segments
 * resolved the way a file system reads them; null when it is no path (a bad escape, a NUL byte,
 * an absolute or authority form such as `//host`).
 * @param {string} target
 */
export function pathSegments(target) {
	const raw = target.split(/[?#]/, 1)[0] ?? '';
	if (!raw.startsWith('/')) return null;
	let decoded;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	/** @type {string[]} */
	const segments = [];
	for (const segment of decoded.split('/')) {
		if (segment === '..') segments.pop();
		else if (segment && segment !== '.') segments.push(segment);
	}
	return segments;
}

/** `_headers` in any spelling a case-insensitive disk would also find; dotfiles. */
const hidden = (/** @type {string} */ file) => /^_headers(\.|$)/i.test(file) || file.split('/').some((s) => s.startsWith('.'));

/**
 * The file under `root` that a path serves, as a static host picks it: the file itself, then
 * `.html`, then `/index.html` (so `/`, `/index` and `/index.html` are one page).
 * @param {string} root
 * @param {string[]} segments
 */
export function findFile(root, segments) {
	const path = segments.join('/');
	for (const file of path ? [path, `${path}.html`, `${path}/index.html`] : ['index.html']) {
		if (hidden(file)) return undefined;
		const stat = statSync(join(root, file), { throwIfNoEntry: false });
		if (stat?.isFile()) return { file, stat };
	}
	return undefined;
}

/**
 * Every path a file answers at, for matching `_headers` rules: `charts/x.html` is both
 * `/charts/x.html` and `/charts/x`, `index.html` is also `/`.
 * @param {string} base
 * @param {string} file
 */
export function pathsOf(base, file) {
	const route = file.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1');
	return [...new Set([`${base}/${file}`, `${base}/${route}`])];
}
