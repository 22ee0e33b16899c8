import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, FIXTURE_CONTENT } from '$lib/catalogue';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { exportChrome } from '$lib/chart/chrome';
import { figureUrls } from '$lib/site';
import { figurePng, figureSvg } from './exports';
import { unescapeXml } from './svgText';
import { scriptFontFor } from '$lib/chart/scripts';
import { scriptFontTtf } from './scriptFonts';
import { fontconfigWithInter, hasRsvg, mismatch, rasteriseWithRsvg, rasteriseWithSkia, writeFontconfig } from './svgRaster';

const KB = 1024;
/**
 * Share of pixels that may differ from the PNG (pixelmatch threshold 0.1). Measured: librsvg with
 * Inter installed 0.17–0.43%, Skia's SVG renderer 0.71–1.84% (it strokes grid lines over the bars
 * of some charts); both from glyph rounding along lines. Text in a fallback face, or a line out
 * of place, differs by more in librsvg; Skia's renderer is the coarser check.
 */
const TOLERANCE = { rsvg: 0.01, skia: 0.02 };

const lines = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));

/** The seed's charts and the fixtures' (every kind, and a Japanese article). */
const both = [catalogue, buildCatalogue(FIXTURE_CONTENT)];
const charts = both.flatMap((c) => c.figures.map((figure) => [figure.slug, figure, c.articles.find((a) => a.id === figure.article)!] as const));

describe.each(charts)('%s.svg', (slug, figure, article) => {
	const pageUrl = figureUrls(slug).page;
	const chrome = exportChrome(figure, article, pageUrl);
	let svg = '';
	let png: Buffer;
	let size: [number, number];
	beforeAll(async () => {
		svg = await figureSvg(figure, article, pageUrl);
		png = figurePng(figure, article, pageUrl);
		size = [png.readUInt32BE(16), png.readUInt32BE(20)];
	}, 60_000);

	it('is at most 60 KB', () => {
		expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(60 * KB);
	});

	it('is the same bytes when drawn again', async () => {
		expect(await figureSvg(figure, article, pageUrl)).toBe(svg);
	}, 60_000);

	// Every fixture kind's files come out the same each time; the release build's test compares
	// two whole builds, of the real content only.
	it('draws the same PNG bytes again', () => {
		expect(figurePng(figure, article, pageUrl).equals(png)).toBe(true);
	});

	it('holds the title, subtitle, labels, quotes and source line as text', () => {
		const text = lines(svg);
		expect(text).toContain(chrome.title);
		expect(text).toContain(chrome.subtitle);
		const all = text.join(' ');
		// Every kind but trend quotes each value on the chart (a trend's columns give the value; its table the quote).
		if (figure.kind !== 'trend') for (const v of figure.values) if (v.quote) expect(all).toContain(`“${v.quote.phrase}”`);
		for (const v of figure.values) expect(all).toContain(v.label);
		expect(all).toContain(chrome.source);
		// Glyph outlines are curves; the chart's own shapes are straight lines.
		expect(/<path[^>]* d="[^"]*[QC]/.test(svg), 'a path with curves: text drawn as outlines').toBe(false);
	});

	it('refers to no other origin: fonts are embedded, links are the article’s and the site’s', () => {
		const body = svg.replace(/ xmlns(:\w+)?="[^"]*"/g, '');
		const urls = [...body.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((m) => m[0].replace(/[.,;]$/, ''));
		expect(new Set(urls)).toEqual(new Set([article.url, figureUrls(slug).page]));
		for (const [, ref] of body.matchAll(/url\(([^)]*)\)/g)) expect(ref).toMatch(/^(#clip-\d+|data:font\/woff2;base64,)/);
		expect(body).not.toMatch(/href=/);
	});

	it(`draws like the PNG in Skia's SVG renderer (≤ ${TOLERANCE.skia * 100}% of pixels differ)`, () => {
		expect(mismatch(png, rasteriseWithSkia(svg, ...size))).toBeLessThanOrEqual(TOLERANCE.skia);
	});

	it.skipIf(!hasRsvg())(`draws like the PNG in librsvg with Inter installed (≤ ${TOLERANCE.rsvg * 100}%; skipped without rsvg-convert)`, async () => {
		// A designer reading a Japanese chart has a Japanese face installed too.
		const script = scriptFontFor(figure.lang);
		const fontconfig = script ? await writeFontconfig(script.weights.map((w) => scriptFontTtf(script, w, lines(svg).join('')))) : await fontconfigWithInter();
		expect(mismatch(png, rasteriseWithRsvg(svg, ...size, fontconfig))).toBeLessThanOrEqual(TOLERANCE.rsvg);
	}, 60_000);
});
