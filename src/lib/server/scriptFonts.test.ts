import { createCanvas } from '@napi-rs/canvas';
import { Font } from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { chartFontFamily, SCRIPT_FONTS, scriptChars } from '$lib/chart/scripts';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { registerFonts, registerScriptFonts } from './fonts';
import { pageFontCss, pageFonts } from './pageFonts';
import { scriptFontTtf } from './scriptFonts';

const { articles, figures } = buildCatalogue(FIXTURE_CONTENT);
const japanese = figures.filter((f) => f.lang === 'ja');
const cmapOf = (ttf: Buffer) => new Set(Object.keys(Font.create(ttf, { type: 'ttf' }).get().cmap).map((n) => String.fromCodePoint(Number(n))));

describe('the page fonts', () => {
	const fonts = pageFonts({ articles, figures });

	it('are a Japanese face in two weights for the fixture content, and nothing for English content alone', () => {
		expect(fonts.map((f) => f.file)).toEqual(['noto-sans-jp-400', 'noto-sans-jp-700']);
		expect(pageFonts({ articles: articles.filter((a) => a.lang === 'en'), figures })).toEqual([]);
		expect(pageFontCss([], String)).toBe('');
	});

	it.each(SCRIPT_FONTS.flatMap((face) => face.weights.map((w) => [face.name, w] as const)))('%s %i holds every character the content uses', (name, weight) => {
		const font = fonts.find((f) => f.file === `${name}-${weight}`);
		if (!font) return;
		const used = scriptChars(articles.filter((a) => a.lang === 'ja').map((a) => a.text).join('') + JSON.stringify(japanese));
		const cmap = cmapOf(scriptFontTtf(font.face, weight, font.chars));
		expect([...used].filter((c) => !cmap.has(c))).toEqual([]);
		expect(used.size).toBeGreaterThan(50);
	});

	it('offer each file only for the characters it holds, so English pages never fetch it', () => {
		const css = pageFontCss(fonts, (file) => `/fonts/${file}.woff2`);
		const ranges = [...css.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]!);
		expect(ranges).toHaveLength(2);
		for (const range of ranges) expect(range).not.toMatch(/U\+(00|20)[0-9A-F]{2}\b/);
		expect(css).toContain(":lang(ja){--font:Inter, 'citecharts Noto Sans JP', 'Helvetica Neue', Arial, sans-serif");
		expect(css).toContain(":root{--font:Inter, 'citecharts Noto Sans JP', 'Helvetica Neue', Arial, sans-serif}");
	});
});

describe('Node draws Japanese labels in Noto Sans JP, not as tofu', () => {
	// Missing glyphs all draw as the same box: real glyphs draw as many different images.
	const glyphImages = (text: string, family: string) =>
		new Set(
			[...text].map((ch) => {
				const canvas = createCanvas(24, 24);
				const ctx = canvas.getContext('2d');
				ctx.font = `600 20px ${family}`;
				ctx.fillText(ch, 2, 20);
				return canvas.toBuffer('image/png').toString('base64');
			})
		).size;

	it.each(japanese.flatMap((f) => f.values.map((v) => [f.slug, v.label] as const)))('%s: %s', (_slug, label) => {
		registerFonts();
		registerScriptFonts('ja', label);
		const chars = [...scriptChars(label)].join('');
		expect(glyphImages(chars, chartFontFamily('ja'))).toBe(chars.length);
	});

	it('and the same characters in a family that lacks them collapse to one box (the check can fail)', () => {
		expect(glyphImages('子育世帯単身', "'citecharts Inter'")).toBeLessThan(3);
	});
});
