import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FONT_FILES, registerFonts } from './fonts';

describe('registerFonts', () => {
	it('fails naming the missing file', () => {
		const empty = mkdtempSync(join(tmpdir(), 'fonts-'));
		expect(() => registerFonts(empty)).toThrow(`font file missing or unreadable: ${join(empty, FONT_FILES[0]!)}`);
	});

	it('registers Inter from the package the pages load', () => {
		expect(() => registerFonts()).not.toThrow();
	});
});
