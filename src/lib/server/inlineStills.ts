import { scriptFontFor } from '$lib/chart/scripts';
import { STILL_WIDTHS, type ChartBox } from '$lib/chart/sizes';
import { INLINE_STILLS, stillSources, stillWidthCss } from '$lib/chart/stills';
import { THEME_NAMES, THEMES } from '$lib/chart/theme';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { svgWithText, type UsedFaces } from './render';
import { embeddedFaces } from './svgFonts';

/**
 * A page's stills as SVG inside its HTML, for the embed: a PNG still is a request and a decode
 * after the HTML (1.04–1.53× the paint of the same chart inlined, in `npm run bench`), an inline
 * SVG paints with the page. One SVG per theme and still width, CSS showing the one a `<picture>`
 * would pick; their fonts embedded once, as WOFF2 subsets in data URIs.
 */

/**
 * The stills' Inter, apart from the page's: with one name, text of the page would take the glyphs
 * the stills' subsets hold from them and the rest from the site's Inter, mixing faces in a word.
 */
const STILL_FAMILY = "'citecharts still Inter'";

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
			.replaceAll('font-family="Inter, ', `font-family="${STILL_FAMILY}, `)
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

/** The stills (one group per theme, classed as ChartCanvas's pictures are) and the `<style>` they need. */
export async function inlineStills(figure: ResolvedFigure, box: ChartBox): Promise<{ style: string; stills: string }> {
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
	const fonts = await embeddedFaces(used.values(), scriptFontFor(figure.lang), STILL_FAMILY);
	return { style: `<style>${fonts}${stillWidthCss(box, `[${INLINE_STILLS}]`)}</style>`, stills: groups.join('') };
}

const BOX = new RegExp(`(<div[^>]*\\s${INLINE_STILLS}[^>]*>)(</div>)`);
const FONT_SRC = "font-src 'self'";

/**
 * Fills the page's inline-stills box, adds the style to its head (after the page's own, so the
 * embedded faces are searched before the site's Inter) and lets its policy load fonts from data
 * URIs. Throws where the page has no such box or policy, so a change elsewhere cannot undo it silently.
 */
export async function withInlineStills(html: string, figure: ResolvedFigure, box: ChartBox): Promise<string> {
	if (!BOX.test(html)) throw new Error(`withInlineStills: no element with ${INLINE_STILLS} in the page of ${figure.slug}`);
	if (!html.includes(FONT_SRC)) throw new Error(`withInlineStills: no "${FONT_SRC}" in the page's Content Security Policy`);
	const { style, stills } = await inlineStills(figure, box);
	return html
		.replace(FONT_SRC, `${FONT_SRC} data:`)
		.replace('</head>', () => `${style}</head>`)
		.replace(BOX, (_, open: string, close: string) => open + stills + close);
}
