// Sends one file as a static host does: precompressed copies, validators, HEAD and byte ranges.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { lookup } from 'mrmime';
import parseRange from 'range-parser';

/** Codings `build/` carries copies for, best first, with their file suffix. */
const CODINGS = [
	['br', '.br'],
	['gzip', '.gz']
];

/**
 * The codings an Accept-Encoding header allows (a `q=0` refuses one).
 * @param {string} header
 */
function accepted(header) {
	return header.split(',').flatMap((part) => {
		const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
		return params.some((p) => /^q=0(\.0*)?$/.test(p)) ? [] : [name];
	});
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ root: string, file: string, stat: import('node:fs').Stats, status?: number, headers: Record<string, string> }} what
 *   `status` other than 200 (the 404 page) sends the whole file and no validators.
 */
export function sendFile(req, res, { root, file, stat, status = 200, headers }) {
	const type = lookup(file) ?? 'application/octet-stream';
	const head = /** @type {Record<string, string | number>} */ ({
		'Content-Type': /^text\/|^application\/json$/.test(type) ? `${type}; charset=utf-8` : type
	});
	let path = join(root, file);
	let size = stat.size;
	/** @type {{ start: number, end: number } | undefined} */
	let range;

	const ranged = status === 200 && req.headers.range && (!req.headers['if-range'] || req.headers['if-range'] === etag(stat));
	const parsed = ranged ? parseRange(size, String(req.headers.range), { combine: true }) : -2;
	// Another unit, a malformed header or several ranges: the whole file, as RFC 9110 allows.
	if (parsed === -1) {
		res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
		return res.end();
	}
	if (Array.isArray(parsed) && parsed.type.toLowerCase() === 'bytes' && parsed.length === 1) range = parsed[0];

	// A range counts bytes of the file as built, so only whole responses use a compressed copy.
	const copies = CODINGS.filter(([, suffix]) => statSync(path + suffix, { throwIfNoEntry: false })?.isFile());
	if (copies.length) head.Vary = 'Accept-Encoding';
	const coding = range ? undefined : copies.find(([name]) => accepted(String(req.headers['accept-encoding'] ?? '')).includes(name));
	if (coding) {
		path += coding[1];
		stat = statSync(path);
		size = stat.size;
		head['Content-Encoding'] = coding[0];
	}

	if (status === 200) {
		Object.assign(head, { ETag: etag(stat), 'Last-Modified': stat.mtime.toUTCString(), 'Accept-Ranges': 'bytes' });
		if (req.headers['if-none-match'] === head.ETag) {
			res.writeHead(304, { ...head, ...headers });
			return res.end();
		}
	}
	if (range) head['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
	head['Content-Length'] = range ? range.end - range.start + 1 : size;
	res.writeHead(range ? 206 : status, { ...head, ...headers });
	if (req.method === 'HEAD') return res.end();
	// pipeline closes the file when the reader goes away mid-transfer.
	pipeline(createReadStream(path, range), res, () => {});
}

/** @param {import('node:fs').Stats} stat */
const etag = (stat) => `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
