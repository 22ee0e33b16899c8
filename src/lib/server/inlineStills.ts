import { SCRIPT_CHAR, scriptFontFor } from '$lib/chart/scripts';
import { STILL_WIDTHS, type ChartBox } from '$lib/chart/sizes';
import { INLINE_STILLS, stillSources, stillWidthCss } from '$lib/chart/stills';
import { THEME_NAMES, THEMES } from '$lib/chart/theme';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { svgWithText, type UsedFaces } from './render';
import { FACES_ID, FONT_BOOT } from '$lib/embed/font-boot.js';
import { scriptHash } from '$lib/embed/script-hash.js';
import { subsetFaces, type SubsetFace } from './svgFonts';
import type { Face } from './svgText';

/**
 * A page's stills as SVG inside its HTML, for the embed: a PNG still is a request and a decode
 * after the HTML (1.04–1.53× the paint of the same chart inlined, in `npm run bench`), an inline
 * SVG paints with the page. One SVG per theme and still width, CSS showing the one a `<picture>`
 * would pick; their fonts, and the page's own words', embedded once, as WOFF2 subsets.
 */

/**
 * The faces the embed's own words are set in (its title 700, the rest 400). Their characters join
 * the stills' in the subsets, so the page lays out its text in Inter at once and never fetches the
 * site's Inter (no woff2 request, checked in embed-paint.spec.ts).
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
 * The faces as FONT_BOOT reads them: a JSON data block (not a script: the policy need not allow
 * it), then the hashed boot script. `<` is escaped so no text can close the block.
 */
export function fontBoot(faces: SubsetFace[]): string {
	const json = JSON.stringify(faces.map((f) => [f.family, f.face.weight, f.face.style, f.range, f.woff2.toString('base64')])).replaceAll('<', '\\u003c');
	return `<script type="application/json" id="${FACES_ID}">${json}</script><script>${FONT_BOOT}</script>`;
}

/**
 * The stills (one group per theme, classed as ChartCanvas's pictures are) and what the head needs
 * for them: the faces they and `words` (the page's own text, in PAGE_FACES) are drawn in, and the
 * CSS showing the still that fits.
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
	const latin = new Set([...words.replace(/\s+/g, ' ')].filter((c) => !SCRIPT_CHAR.test(c)));
	addUsed(used, new Map(PAGE_FACES.map((face) => [`${face.weight}-${face.style}`, { face, chars: latin }])));
	const faces = await subsetFaces(used.values(), scriptFontFor(figure.lang));
	return { head: fontBoot(faces) + `<style>${stillWidthCss(box, `[${INLINE_STILLS}]`)}</style>`, stills: groups.join('') };
}

const BOX = new RegExp(`(<div[^>]*\\s${INLINE_STILLS}[^>]*>)(</div>)`);
const BOOT_HASH = `'${scriptHash(FONT_BOOT)}'`;

/**
 * Fills the page's inline-stills box and adds the faces and style to its head. Throws where the
 * page has no such box, or a policy that would refuse FONT_BOOT, so a change elsewhere cannot
 * undo it silently.
 */
export async function withInlineStills(html: string, figure: ResolvedFigure, box: ChartBox): Promise<string> {
	if (!BOX.test(html)) throw new Error(`withInlineStills: no element with ${INLINE_STILLS} in the page of ${figure.slug}`);
	if (!html.includes(BOOT_HASH)) throw new Error(`withInlineStills: the page's Content Security Policy does not allow FONT_BOOT (${BOOT_HASH})`);
	const { head, stills } = await inlineStills(figure, box, pageWords(html));
	return html.replace('</head>', () => `${head}</head>`).replace(BOX, (_, open: string, close: string) => open + stills + close);
}
