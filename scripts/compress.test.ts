import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BEST_QUALITY_BELOW, brotliQuality, compressDirectory } from './compress.mjs';

describe('scripts/compress.mjs', () => {
	const dir = mkdtempSync(join(tmpdir(), 'citecharts-compress-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it.each([
		[1, 11],
		[BEST_QUALITY_BELOW, 11],
		[BEST_QUALITY_BELOW + 1, 9],
		[50_000_000, 9]
	])('gives a file of %i bytes brotli quality %i', (bytes, quality) => {
		expect(brotliQuality(bytes)).toBe(quality);
	});

	it('writes .br and .gz copies that decode to the file, for text files only, in nested folders', async () => {
		mkdirSync(join(dir, 'charts'));
		const page = '<p>Fifty-four percent</p>'.repeat(40_000);
		writeFileSync(join(dir, 'index.html'), page);
		writeFileSync(join(dir, 'charts/x.json'), '{"value":54}');
		writeFileSync(join(dir, 'charts/x.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		await compressDirectory(dir);
		expect(zlib.brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
		expect(zlib.gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
		expect(zlib.brotliDecompressSync(readFileSync(join(dir, 'charts/x.json.br'))).toString()).toBe('{"value":54}');
		expect(existsSync(join(dir, 'charts/x.png.br'))).toBe(false);
		expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(page.length / 50);
	});
});
