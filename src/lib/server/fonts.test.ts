import { describe, expect, it } from 'vitest';
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import { FONT_FAMILY } from '$lib/chart/theme';
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

describe('the canvas draws every character of the charts in Inter', () => {
	it.each(['≈70%', '≥30%', '≤40%', '“nearly”', '−1.1 pt'])('%s', (text) => {
		registerFonts();
		const canvas = createCanvas(200, 40, SvgExportFlag.NoPrettyXML);
		const ctx = canvas.getContext('2d');
		ctx.font = `700 15px ${FONT_FAMILY}`;
		ctx.fillText(text, 0, 20);
		const families = [...canvas.getContent().toString().matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
		expect(new Set(families)).toEqual(new Set(['Inter']));
	});
});
