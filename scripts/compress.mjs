// Precompressed .br and .gz copies beside each text file of the build, for static hosts and
// scripts/serve.mjs. SvelteKit's own precompression runs brotli at its maximum quality on every
// file, about 1 MB/s: a long article's pages made it most of the build. Files up to
// BEST_QUALITY_BELOW still get the maximum (every page and script of a usual site); larger ones get
// quality 9, several times faster for a few percent more bytes, so the cost stays bounded.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The extensions SvelteKit precompresses. */
const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.mdx']);
export const BEST_QUALITY_BELOW = 512 * 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The brotli quality a file of this many bytes gets. */
export const brotliQuality = (bytes) => (bytes <= BEST_QUALITY_BELOW ? zlib.constants.BROTLI_MAX_QUALITY : 9);

async function compressFile(file) {
	const bytes = readFileSync(file);
	const [br, gz] = await Promise.all([
		brotli(bytes, {
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length),
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		}),
		gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION })
	]);
	writeFileSync(`${file}.br`, br);
	writeFileSync(`${file}.gz`, gz);
}

/** Compresses every text file under `directory`, largest first so the thread pool stays busy. */
export async function compressDirectory(directory) {
	const files = readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name)))
		.map((e) => join(e.parentPath, e.name))
		.map((file) => ({ file, size: statSync(file).size }))
		.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))
		.map(({ file }) => file);
	// zlib's async calls run on libuv's thread pool (4 threads): a few at a time use every core.
	let next = 0;
	const worker = async () => {
		while (next < files.length) await compressFile(files[next++]);
	};
	await Promise.all(Array.from({ length: 4 }, worker));
}
