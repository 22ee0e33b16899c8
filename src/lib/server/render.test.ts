import { beforeAll, describe, expect, it } from 'vitest';
import { articleOf, catalogue } from '$lib/catalogue';
import { exportChrome } from '$lib/chart/chrome';
import { figureUrls } from '$lib/site';
import { figurePng, figureSvg } from './exports';
import { unescapeXml } from './svgText';
import { fontconfigWithInter, hasRsvg, mismatch, rasteriseWithRsvg, rasteriseWithSkia } from './svgRaster';

const KB = 1024;
/**
 * Share of pixels that may differ from the PNG (pixelmatch threshold 0.1). Measured: librsvg with
 * Inter installed 0.17–0.43%, Skia's SVG renderer 0.71–0.93%; both from glyph rounding along lines.
 * Text in a fallback face, or a line out of place, differs by more.
 */
const TOLERANCE = { rsvg: 0.01, skia: 0.015 };

const lines = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));

describe.each(catalogue.figures.map((figure) => [figure.slug, figure] as const))('%s.svg', (slug, figure) => {
	const article = articleOf(figure);
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

	it('holds the title, subtitle, labels, quotes and source line as text', () => {
		const text = lines(svg);
		expect(text).toContain(chrome.title);
		expect(text).toContain(chrome.subtitle);
		for (const v of figure.values) if (v.quote) expect(text).toContain(`“${v.quote.phrase}”`);
		const all = text.join(' ');
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
		const fontconfig = await fontconfigWithInter();
		expect(mismatch(png, rasteriseWithRsvg(svg, ...size, fontconfig))).toBeLessThanOrEqual(TOLERANCE.rsvg);
	}, 60_000);
});
