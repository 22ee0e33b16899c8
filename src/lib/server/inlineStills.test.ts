import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, FIXTURE_CONTENT } from '$lib/catalogue';
import { CHART_BOXES, STILL_WIDTHS } from '$lib/chart/sizes';
import { THEME_NAMES } from '$lib/chart/theme';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { inlineStills, withInlineStills } from './inlineStills';

const fixtures = buildCatalogue(FIXTURE_CONTENT).figures;
/** A seed chart, the fixture with the most drawn parts (a derived part, a poll check), and a Japanese one. */
const figures = [
	catalogue.figures[0]!,
	fixtures.find((f) => f.values.some((v) => v.qualifier === 'derived') && f.values.some((v) => v.check))!,
	fixtures.find((f) => f.lang === 'ja')!
];

describe.each(figures.map((f) => [f.slug, f] as const))('inline stills of %s', (slug, figure) => {
	let style = '';
	let stills = '';
	let svgs: string[] = [];
	beforeAll(async () => {
		({ style, stills } = await inlineStills(figure, CHART_BOXES.embed));
		svgs = [...stills.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
	}, 60_000);

	it('holds one SVG per theme and still width, grouped by theme as the pictures are', () => {
		const groups = [...stills.matchAll(/<div class="still-(\w+)">([\s\S]*?)<\/div>/g)];
		expect(groups.map((g) => g[1])).toEqual([...THEME_NAMES]);
		for (const [, , group] of groups) expect([...group!.matchAll(/<svg class="still-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([...STILL_WIDTHS]);
	});

	it('hides every SVG from assistive technology: the chart box is the one image', () => {
		for (const svg of svgs) expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
	});

	it('gives every SVG the figure\'s language, which its words are in', () => {
		for (const svg of svgs) expect(svg).toMatch(new RegExp(`^<svg [^>]*lang="${figure.lang}"`));
	});

	it('gives every id one element in the page, and every reference an id of its own SVG', () => {
		const ids = [...stills.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.length).toBeGreaterThan(0);
		expect(new Set(ids).size).toBe(ids.length);
		for (const svg of svgs) {
			const own = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
			for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(own).toContain(ref);
		}
	});

	it('embeds the fonts once, under a name of their own, and every word is drawn and timed in them', () => {
		expect(stills).not.toContain('@font-face');
		const families = [...style.matchAll(/@font-face\{font-family:([^;]+);/g)].map((m) => m[1]);
		expect(families).toContain("'citecharts still Inter'");
		expect(families).not.toContain('Inter');
		const texts = [...stills.matchAll(/<text ([^>]*)>/g)].map((m) => m[1]!);
		expect(texts.length).toBeGreaterThan(0);
		for (const attrs of texts) {
			expect(attrs).toContain(`elementtiming="chart-${slug}"`);
			expect(attrs).toMatch(/font-family="'citecharts still Inter', /);
		}
	});

	it('refers to no file: nothing to fetch before it paints', () => {
		for (const [, ref] of (style + stills).matchAll(/(?:url\(|href=")([^)"]*)/g)) expect(ref).toMatch(/^(#|data:font\/woff2;base64,)/);
	});
});

describe('withInlineStills', () => {
	const figure = figures[0]!;
	const page = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; font-src 'self'; img-src 'self'"><style>a{}</style></head><body><div class="stills s-1" data-inline-stills></div></body></html>`;

	it('fills the box, adds the style last in the head and lets the policy load fonts from data URIs', async () => {
		const html = await withInlineStills(page, figure, CHART_BOXES.embed);
		expect(html).toContain("font-src 'self' data:; img-src");
		expect(html).toMatch(/<style>a\{\}<\/style><style>@font-face[^<]*<\/style><\/head>/);
		expect(html).toMatch(/<div class="stills s-1" data-inline-stills><div class="still-light"><svg /);
	}, 60_000);

	it.each([
		['no stills box', page.replace(' data-inline-stills', '')],
		['no font-src in its policy', page.replace("font-src 'self'; ", '')]
	])('refuses a page with %s, rather than leave it without its chart', async (_, html) => {
		await expect(withInlineStills(html, figure, CHART_BOXES.embed)).rejects.toThrow(/withInlineStills/);
	});
});
