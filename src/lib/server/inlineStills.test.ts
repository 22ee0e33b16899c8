import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, FIXTURE_CONTENT } from '$lib/catalogue';
import { CHART_BOXES, STILL_WIDTHS } from '$lib/chart/sizes';
import { THEME_NAMES } from '$lib/chart/theme';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { FACES_ID, FONT_BOOT } from '$lib/embed/font-boot.js';
import { fontBoot, inlineStills, pageWords, withInlineStills } from './inlineStills';

type FaceEntry = [family: string, weight: number, style: string, range: string, woff2: string];
/** The faces a head hands FONT_BOOT. */
const bootFaces = (head: string): FaceEntry[] => JSON.parse(new RegExp(`<script type="application/json" id="${FACES_ID}">([^<]*)</script>`).exec(head)?.[1] ?? '[]');

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

	it('hands FONT_BOOT each face once, as Inter, and every word is drawn and timed in it', () => {
		expect(stills).not.toContain('@font-face');
		expect(head).toContain(`<script>${FONT_BOOT}</script>`);
		const faces = bootFaces(head).map(([family, weight, style]) => `${family} ${weight} ${style}`);
		expect(faces).toContain('Inter 400 normal');
		expect(faces).toEqual([...new Set(faces)]);
		if (figure.lang === 'ja') expect(faces.some((f) => f.startsWith('Noto Sans JP '))).toBe(true);
		const texts = [...stills.matchAll(/<text ([^>]*)>/g)].map((m) => m[1]!);
		expect(texts.length).toBeGreaterThan(0);
		for (const attrs of texts) {
			expect(attrs).toContain(`elementtiming="chart-${slug}"`);
			expect(attrs).toMatch(/font-family="Inter, /);
		}
	});

	it('refers to no file: nothing to fetch before it paints', () => {
		for (const [, ref] of (head + stills).matchAll(/(?:url\(|href="|src=")([^)"]*)/g)) expect(ref).toMatch(/^#/);
	});
});

describe('withInlineStills', () => {
	const figure = figures[0]!;
	const policy = `default-src 'self'; script-src 'self' 'sha256-${createHash('sha256').update(FONT_BOOT).digest('base64')}'; img-src 'self'`;
	const page = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body><div class="stills s-1" data-inline-stills></div></body></html>`;

	it('fills the box, and adds the faces, their boot script and the style last in the head', async () => {
		const html = await withInlineStills(page, figure, CHART_BOXES.embed);
		expect(html).toMatch(/<style>a\{\}<\/style><script type="application\/json" [^>]*>[^<]*<\/script><script>[^]*?<\/script><style>[^<]*<\/style><\/head>/);
		expect(html).toMatch(/<div class="stills s-1" data-inline-stills><div class="still-light"><svg /);
	}, 60_000);

	it('embeds the page’s own words in Inter 400 and 700, so its text needs no font file', async () => {
		const words = 'Résumé: “quoted” & <b>bold</b> 0–9';
		const escaped = words.replace('&', '&amp;').replace('<b>', '&lt;b&gt;').replace('</b>', '&lt;/b&gt;');
		const html = await withInlineStills(page.replace('</div></body>', `</div><h1>${escaped}</h1></body>`), figure, CHART_BOXES.embed);
		for (const weight of [400, 700]) {
			const range = bootFaces(html).find(([family, w, style]) => family === 'Inter' && w === weight && style === 'normal')?.[3] ?? '';
			for (const ch of new Set(words.replace(/\s/g, ''))) expect(covers(range, ch.codePointAt(0)!), `${weight} ${ch}`).toBe(true);
		}
	}, 60_000);

	it.each([
		['no stills box', page.replace(' data-inline-stills', '')],
		['a policy without FONT_BOOT’s hash', page.replace(/ 'sha256-[^']*'/, '')]
	])('refuses a page with %s, rather than leave it without its chart or fonts', async (_, html) => {
		await expect(withInlineStills(html, figure, CHART_BOXES.embed)).rejects.toThrow(/withInlineStills/);
	});
});

describe('fontBoot', () => {
	it('keeps every face inside its data block, whatever its name holds', () => {
		const html = fontBoot([{ family: '</script><script>alert(1)</script>', face: { weight: 400, style: 'normal' }, range: 'U+41', woff2: Buffer.from('x') }]);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(bootFaces(html)[0]).toEqual(['</script><script>alert(1)</script>', 400, 'normal', 'U+41', 'eA==']);
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
