import { createCanvas } from '@napi-rs/canvas';
import { Font } from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { chartFontFamily, SCRIPT_FONTS, scriptChars, scriptFontFor } from '$lib/chart/scripts';
import { langOf } from '$lib/lang';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { registerFonts, registerScriptFonts } from './fonts';
import { pageFontCss, pageFonts } from './pageFonts';
import { scriptFontTtf } from './scriptFonts';

const { articles, figures, polls } = buildCatalogue(FIXTURE_CONTENT);
/** Fixture figures in a language with a script face: Japanese and Chinese. */
const scripted = figures.filter((f) => scriptFontFor(f.lang));
const cmapOf = (ttf: Buffer) => new Set(Object.keys(Font.create(ttf, { type: 'ttf' }).get().cmap).map((n) => String.fromCodePoint(Number(n))));

describe('the page fonts', () => {
	const fonts = pageFonts({ articles, figures, polls });

	it('are a Japanese and a Chinese face in two weights for the fixture content, and nothing for English content alone', () => {
		expect(fonts.map((f) => f.file)).toEqual(['noto-sans-jp-400', 'noto-sans-jp-700', 'noto-sans-sc-400', 'noto-sans-sc-700']);
		expect(pageFonts({ articles: articles.filter((a) => a.lang === 'en'), figures, polls: polls.filter((p) => langOf(p) === 'en') })).toEqual([]);
		expect(pageFontCss([], String)).toBe('');
	});

	it.each(SCRIPT_FONTS.flatMap((face) => face.weights.map((w) => [face.name, w] as const)))('%s %i holds every character the content uses', (name, weight) => {
		const font = fonts.find((f) => f.file === `${name}-${weight}`)!;
		const own = (lang: string) => scriptFontFor(lang) === font.face;
		// Articles, their figures and poll records in the face's language: the poll's question and answers too.
		const used = scriptChars(articles.filter((a) => own(a.lang)).map((a) => a.text).join('') + JSON.stringify(figures.filter((f) => own(f.lang))) + JSON.stringify(polls.filter((p) => own(langOf(p)))));
		expect(used.has('您')).toBe(font.face.lang === 'zh');
		const cmap = cmapOf(scriptFontTtf(font.face, weight, font.chars));
		expect([...used].filter((c) => !cmap.has(c))).toEqual([]);
		expect(used.size).toBeGreaterThan(50);
	});

	it('offer each file only for the characters it holds, so English pages never fetch it', () => {
		const css = pageFontCss(fonts, (file) => `/fonts/${file}.woff2`);
		const ranges = [...css.matchAll(/unicode-range:([^;]*);/g)].map((m) => m[1]!);
		expect(ranges).toHaveLength(4);
		for (const range of ranges) expect(range).not.toMatch(/U\+(00|20)[0-9A-F]{2}\b/);
		expect(css).toContain(":lang(ja){--font:Inter, 'citecharts Noto Sans JP', 'Helvetica Neue', Arial, sans-serif");
		expect(css).toContain(":lang(zh){--font:Inter, 'citecharts Noto Sans SC', 'Helvetica Neue', Arial, sans-serif");
		expect(css).toContain(":root{--font:Inter, 'citecharts Noto Sans JP', 'citecharts Noto Sans SC', 'Helvetica Neue', Arial, sans-serif}");
	});
});

describe('Node draws Japanese and Chinese labels in their Noto Sans face, not as tofu', () => {
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

	it.each(scripted.flatMap((f) => f.values.map((v) => [f.slug, v.label, f.lang] as const)))('%s: %s', (_slug, label, lang) => {
		registerFonts();
		registerScriptFonts(lang, label);
		const chars = [...scriptChars(label)].join('');
		expect(glyphImages(chars, chartFontFamily(lang))).toBe(chars.length);
	});

	it('and the same characters in a family that lacks them collapse to one box (the check can fail)', () => {
		expect(glyphImages('子育世帯単身', "'citecharts Inter'")).toBeLessThan(3);
	});
});
