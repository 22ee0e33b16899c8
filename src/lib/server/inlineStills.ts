import { SCRIPT_CHAR, scriptFontFor } from '$lib/chart/scripts';
import { STILL_WIDTHS, type ChartBox } from '$lib/chart/sizes';
import { INLINE_STILLS, stillSources, stillWidthCss } from '$lib/chart/stills';
import { THEME_NAMES, THEMES } from '$lib/chart/theme';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { svgWithText, type UsedFaces } from './render';
import { embeddedFaces } from './svgFonts';
import type { Face } from './svgText';

/**
 * A page's stills as SVG inside its HTML, for the embed: a PNG still is a request and a decode
 * after the HTML (1.04–1.53× the paint of the same chart inlined, in `npm run bench`), an inline
 * SVG paints with the page. One SVG per theme and still width, CSS showing the one a `<picture>`
 * would pick; their fonts embedded once, as WOFF2 subsets in data URIs.
 */

/**
 * The faces the embed's own words are set in (its title 700, the rest 400): their characters join
 * the stills' in the embedded subsets, so the page draws its text with the chart, in Inter, and
 * never fetches the site's Inter. The subsets are named Inter and declared after the site's faces,
 * so the browser takes them first for every character they hold.
 */
const PAGE_FACES: Face[] = [
	{ weight: 400, style: 'normal' },
	{ weight: 700, style: 'normal' }
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The words a page shows: its body's text, without scripts, styles or SVG, entities decoded. */
export function pageWords(html: string): string {
	const body = html.slice(Math.max(0, html.indexOf('<body')));
	return body
		.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
			name.startsWith('#') ? String.fromCodePoint(Number(name.replace(/^#x/i, '0x').replace(/^#/, ''))) : (ENTITIES[name] ?? entity)
		);
}

const SVG_OPEN = /^(?:<\?xml[^>]*\?>)?<svg xmlns="[^"]*" xmlns:xlink="[^"]*" width="(\d+)" height="(\d+)">/;

/**
 * One still as an element of the page: its ids unique in the page, scaled into its box as the
 * PNG is (left, top, never up), hidden from assistive technology (the chart box is the image and
 * carries its description), each word timed as the chart's paint (Element Timing), in the
 * figure's language as the chart's words are.
 */
export function inlineSvg(svg: string, id: string, width: number, slug: string, lang: string): string {
	const open = SVG_OPEN.exec(svg);
	if (!open) throw new Error(`inlineSvg: the canvas's SVG no longer starts as expected: ${svg.slice(0, 200)}`);
	const [, w, h] = open;
	return (
		`<svg class="still-${width}" lang="${lang}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMinYMin meet" aria-hidden="true">` +
		svg
			.slice(open[0].length)
			.replace(/\bclip-(\d+)\b/g, `${id}-clip-$1`)
			.replaceAll('<text ', `<text elementtiming="chart-${slug}" `)
	);
}

function addUsed(into: UsedFaces, from: UsedFaces): void {
	for (const [key, { face, chars }] of from) {
		const entry = into.get(key) ?? { face, chars: new Set<string>() };
		for (const ch of chars) entry.chars.add(ch);
		into.set(key, entry);
	}
}

/**
 * The stills (one group per theme, classed as ChartCanvas's pictures are) and what the head needs
 * for them: the faces they and `words` (the page's own text, in PAGE_FACES) are drawn in, and
 * the CSS showing the still that fits.
 */
export async function inlineStills(figure: ResolvedFigure, box: ChartBox, words = ''): Promise<{ head: string; stills: string }> {
	const widths = [STILL_WIDTHS[0], ...stillSources(box).map((s) => s.width)].filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => a - b);
	const used: UsedFaces = new Map();
	const groups: string[] = [];
	for (const theme of THEME_NAMES) {
		const svgs: string[] = [];
		for (const width of widths) {
			const drawn = await svgWithText({ figure, theme: THEMES[theme], width, chrome: null });
			addUsed(used, drawn.used);
			svgs.push(inlineSvg(drawn.svg, `${figure.slug}-${theme}-${width}`, width, figure.slug, figure.lang));
		}
		groups.push(`<div class="still-${theme}">${svgs.join('')}</div>`);
	}
	// The page's words in a script face stay with the site's script faces, as on every page.
	const latin = [...words.replace(/\s+/g, ' ')].filter((c) => !SCRIPT_CHAR.test(c)).join('');
	addUsed(used, new Map(PAGE_FACES.map((face) => [`${face.weight}-${face.style}`, { face, chars: new Set(latin) }])));
	const fonts = await embeddedFaces(used.values(), scriptFontFor(figure.lang));
	return { head: preloadedFaces(fonts) + `<style>${stillWidthCss(box, `[${INLINE_STILLS}]`)}</style>`, stills: groups.join('') };
}

/**
 * Each embedded face as a preload of its data URI, then its rule. Chromium holds the first paint
 * for preloaded fonts (up to a timeout): a data URI is ready at once, so the first layout is in
 * Inter. Without the preload it is decoded after the first layout, and text laid out in the
 * fallback moved by a pixel when it came (layout shift 0.002 in 3 of 4 loads). Link and rule sit
 * side by side, so gzip's 32 KB window finds the second copy of the URI.
 */
export function preloadedFaces(css: string): string {
	return [...css.matchAll(/@font-face\{[^}]*url\((data:font\/woff2;base64,[^)]*)\)[^}]*\}/g)]
		.map(([rule, uri]) => `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="${uri}"><style>${rule}</style>`)
		.join('');
}

const BOX = new RegExp(`(<div[^>]*\\s${INLINE_STILLS}[^>]*>)(</div>)`);
const FONT_SRC = "font-src 'self'";

/**
 * Fills the page's inline-stills box, adds the faces and style to its head (after the page's own, so
 * the embedded faces are searched before the site's Inter) and lets its policy load fonts from data
 * URIs. Throws where the page has no such box or policy, so a change elsewhere cannot undo it silently.
 */
export async function withInlineStills(html: string, figure: ResolvedFigure, box: ChartBox): Promise<string> {
	if (!BOX.test(html)) throw new Error(`withInlineStills: no element with ${INLINE_STILLS} in the page of ${figure.slug}`);
	if (!html.includes(FONT_SRC)) throw new Error(`withInlineStills: no "${FONT_SRC}" in the page's Content Security Policy`);
	const { head, stills } = await inlineStills(figure, box, pageWords(html));
	return html
		.replace(FONT_SRC, `${FONT_SRC} data:`)
		.replace('</head>', () => `${head}</head>`)
		.replace(BOX, (_, open: string, close: string) => open + stills + close);
}
