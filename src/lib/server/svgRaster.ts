import { createCanvas, Image } from '@napi-rs/canvas';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { DEFAULT_THEME, THEMES } from '$lib/chart/theme';
import { FACES, registerFonts } from './fonts';
import { fullFontTtf } from './svgFonts';

/**
 * Second renderers for the SVG export, used by its tests: the share of pixels that differ from
 * the PNG tells whether the text lands where the canvas drew it.
 */

/** Share of pixels (0–1) that differ between two PNGs of one size (pixelmatch, threshold 0.1). */
export function mismatch(expected: Buffer, actual: Buffer): number {
	const [a, b] = [PNG.sync.read(expected), PNG.sync.read(actual)];
	if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
	return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height);
}

/** The SVG drawn by Skia's own SVG renderer, which finds "Inter" among the registered fonts. */
export function rasteriseWithSkia(svg: string, width: number, height: number): Buffer {
	registerFonts();
	const image = new Image();
	image.width = width;
	image.height = height;
	image.src = Buffer.from(svg);
	const canvas = createCanvas(width, height);
	const ctx = canvas.getContext('2d');
	ctx.fillStyle = THEMES[DEFAULT_THEME].background;
	ctx.fillRect(0, 0, width, height);
	ctx.drawImage(image, 0, 0, width, height);
	return canvas.encodeSync('png');
}

export const hasRsvg = () => spawnSync('rsvg-convert', ['--version']).status === 0;

/**
 * A fontconfig setup in which Inter is installed, as on a designer's machine: librsvg ignores
 * @font-face, and HarfBuzz reads no WOFF2, so the faces are written out as TrueType.
 */
let installed: Promise<string> | undefined;
export const fontconfigWithInter = (): Promise<string> => (installed ??= writeFontconfig());

/** The same, with more faces installed beside Inter (TrueType files): a script face for CJK text. */
export async function writeFontconfig(more: Buffer[] = []): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'citecharts-fonts-'));
	mkdirSync(join(dir, 'fonts'));
	for (const face of FACES) {
		writeFileSync(join(dir, 'fonts', face.full.replace('.woff2', '.ttf')), await fullFontTtf(face));
	}
	more.forEach((ttf, i) => writeFileSync(join(dir, 'fonts', `script-${i}.ttf`), ttf));
	const conf = join(dir, 'fonts.conf');
	writeFileSync(
		conf,
		`<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
			`<dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>`
	);
	return conf;
}

/** The SVG drawn by librsvg (`rsvg-convert`), with the fonts a fontconfig file names. */
export function rasteriseWithRsvg(svg: string, width: number, height: number, fontconfig?: string): Buffer {
	const result = spawnSync('rsvg-convert', ['-w', String(width), '-h', String(height), '-b', 'white'], {
		input: svg,
		env: { ...process.env, ...(fontconfig ? { FONTCONFIG_FILE: fontconfig } : {}) },
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) throw new Error(`rsvg-convert failed: ${result.stderr.toString()}`);
	return result.stdout;
}
