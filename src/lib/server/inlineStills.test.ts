import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, FIXTURE_CONTENT } from '$lib/catalogue';
import { CHART_BOXES, STILL_WIDTHS } from '$lib/chart/sizes';
import { THEME_NAMES } from '$lib/chart/theme';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { inlineStills, pageWords, withInlineStills } from './inlineStills';

const fixtures = buildCatalogue(FIXTURE_CONTENT).figures;
/** A seed chart, the fixture with the most drawn parts (a derived part, a poll check), and a Japanese one. */
const figures = [
	catalogue.figures[0]!,
	fixtures.find((f) => f.values.some((v) => v.qualifier === 'derived') && f.values.some((v) => v.check))!,
	fixtures.find((f) => f.lang === 'ja')!
];

describe.each(figures.map((f) => [f.slug, f] as const))('inline stills of %s', (slug, figure) => {
	let head = '';
	let stills = '';
	let svgs: string[] = [];
	beforeAll(async () => {
		({ head, stills } = await inlineStills(figure, CHART_BOXES.embed));
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

	it('embeds each face once, as Inter, and every word is drawn and timed in it', () => {
		expect(stills).not.toContain('@font-face');
		const faces = [...head.matchAll(/@font-face\{font-family:([^;]+);font-weight:(\d+);font-style:(\w+);/g)].map((m) => m.slice(1).join(' '));
		expect(faces.filter((f) => f.startsWith('Inter '))).toEqual([...new Set(faces.filter((f) => f.startsWith('Inter ')))]);
		expect(faces).toContain('Inter 400 normal');
		const texts = [...stills.matchAll(/<text ([^>]*)>/g)].map((m) => m[1]!);
		expect(texts.length).toBeGreaterThan(0);
		for (const attrs of texts) {
			expect(attrs).toContain(`elementtiming="chart-${slug}"`);
			expect(attrs).toMatch(/font-family="Inter, /);
		}
	});

	it('preloads every embedded face with the very URI of its rule, so the first layout is in Inter', () => {
		const rules = [...head.matchAll(/@font-face\{[^}]*url\(([^)]*)\)/g)].map((m) => m[1]);
		const preloads = [...head.matchAll(/<link rel="preload" as="font" type="font\/woff2" crossorigin="anonymous" href="([^"]*)">/g)].map((m) => m[1]);
		expect(rules.length).toBeGreaterThan(0);
		expect(preloads).toEqual(rules);
	});

	it('refers to no file: nothing to fetch before it paints', () => {
		for (const [, ref] of (head + stills).matchAll(/(?:url\(|href=")([^)"]*)/g)) expect(ref).toMatch(/^(#|data:font\/woff2;base64,)/);
	});
});

describe('withInlineStills', () => {
	const figure = figures[0]!;
	const page = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; font-src 'self'; img-src 'self'"><style>a{}</style></head><body><div class="stills s-1" data-inline-stills></div></body></html>`;

	it('fills the box, adds the faces and style last in the head and lets the policy load fonts from data URIs', async () => {
		const html = await withInlineStills(page, figure, CHART_BOXES.embed);
		expect(html).toContain("font-src 'self' data:; img-src");
		expect(html).toMatch(/<style>a\{\}<\/style>(<link rel="preload" [^>]*><style>@font-face[^<]*<\/style>)+<style>[^<]*<\/style><\/head>/);
		expect(html).toMatch(/<div class="stills s-1" data-inline-stills><div class="still-light"><svg /);
	}, 60_000);

	it('embeds the page’s own words in Inter 400 and 700, so its text needs no font file', async () => {
		const words = 'Résumé: “quoted” & <b>bold</b> 0–9';
		const html = await withInlineStills(page.replace('</div></body>', `</div><h1>${words.replace('&', '&amp;').replace('<b>', '&lt;b&gt;').replace('</b>', '&lt;/b&gt;')}</h1></body>`), figure, CHART_BOXES.embed);
		for (const weight of [400, 700]) {
			const range = new RegExp(`@font-face\\{font-family:Inter;font-weight:${weight};font-style:normal;unicode-range:([^;]+);`).exec(html)?.[1] ?? '';
			for (const ch of new Set(words.replace(/\s/g, ''))) expect(covers(range, ch.codePointAt(0)!), `${weight} ${ch}`).toBe(true);
		}
	}, 60_000);

	it.each([
		['no stills box', page.replace(' data-inline-stills', '')],
		['no font-src in its policy', page.replace("font-src 'self'; ", '')]
	])('refuses a page with %s, rather than leave it without its chart', async (_, html) => {
		await expect(withInlineStills(html, figure, CHART_BOXES.embed)).rejects.toThrow(/withInlineStills/);
	});
});

describe('pageWords', () => {
	it.each([
		['text between tags, entities decoded', '<body><h1>A &amp; B &lt;C&gt; &#8220;D&#x201D;</h1></body>', ['A & B <C>', '“D”']],
		['nothing of scripts, styles or SVG', '<body><script>var x = "Q"</script><style>p{}</style><svg><text>Z</text></svg><p>ok</p></body>', ['ok']],
		['nothing of the head', '<html><head><title>T</title></head><body>b</body></html>', ['b']]
	])('%s', (_, html, expected) => {
		expect(pageWords(html).split(/\s+/).filter(Boolean).join(' ')).toBe(expected.join(' '));
	});
});

/** Whether a CSS unicode-range (`U+20,U+41-5A`) holds a code point. */
function covers(range: string, point: number): boolean {
	return range.split(',').some((part) => {
		const [from, to = from] = part.replace('U+', '').split('-').map((h) => parseInt(h, 16));
		return point >= from! && point <= to!;
	});
}
