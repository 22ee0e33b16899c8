import { pageFontFamily, SCRIPT_FONTS, scriptChars, scriptFontFor, type ScriptFont } from '$lib/chart/scripts';
import { PAGE_FONT } from '$lib/chart/theme';
import type { Poll } from '$lib/content/poll';
import { langOf } from '$lib/lang';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import { scriptFontWoff2, sortedScriptChars } from './scriptFonts';
import { unicodeRange } from './svgFonts';

/**
 * The script faces pages load: for each language with a script face, one WOFF2 per weight holding
 * every character its articles and figures use, offered with a unicode-range of exactly those
 * characters, so a page with none of them (every English page) never downloads it.
 */
export interface PageFont {
	face: ScriptFont;
	weight: 400 | 700;
	/** Sorted by code point. */
	chars: string[];
	/** The file's name under `/fonts/`, without `.woff2`. */
	file: string;
}

/** The faces the content needs, from its articles' and poll records' languages and words. */
export function pageFonts(content: { articles: ResolvedArticle[]; figures: ResolvedFigure[]; polls?: readonly Poll[] }): PageFont[] {
	return SCRIPT_FONTS.flatMap((face) => {
		const articles = content.articles.filter((a) => scriptFontFor(a.lang) === face);
		const polls = (content.polls ?? []).filter((p) => scriptFontFor(langOf(p)) === face);
		const words = [...articles.map((a) => JSON.stringify([a, content.figures.filter((f) => f.article === a.id)])), JSON.stringify(polls)].join('');
		const chars = sortedScriptChars(scriptChars(words));
		return chars.length ? face.weights.map((weight) => ({ face, weight, chars, file: `${face.name}-${weight}` })) : [];
	});
}

/** A page font as WOFF2, hinting and layout alternates dropped as for the SVG's Inter. */
export const pageFontWoff2 = (font: PageFont): Promise<Buffer> => scriptFontWoff2(font.face, font.weight, font.chars);

/**
 * The `@font-face` rules of the page fonts, and for each language the page font stack with its
 * face after Inter, so Latin letters and digits keep Inter's look. `url` gives a file's address.
 */
export function pageFontCss(fonts: PageFont[], url: (file: string) => string): string {
	// block, not swap: a same-origin subset of a few KB arrives within the block period, and text
	// drawn first in a fallback face moved when it came (layout shift 0.002–0.05 on the index).
	const faces = fonts.map(
		(f) =>
			`@font-face{font-family:'${f.face.family}';font-weight:${f.weight};font-display:block;unicode-range:${unicodeRange(f.chars)};` +
			`src:url(${url(f.file)}) format('woff2')}`
	);
	const used = [...new Set(fonts.map((f) => f.face))];
	// The site's own sentences name outlets and sources in their language without marking it: every
	// face stands after Inter in the page's stack too; marked elements put their own first.
	const root = `:root{--font:${PAGE_FONT.replace(/^Inter, /, `Inter, ${used.map((f) => `'${f.family}', `).join('')}`)}}`;
	const stacks = used.map((face) => `:lang(${face.lang}){--font:${pageFontFamily(face.lang)};font-family:var(--font)}`);
	return faces.length ? `<style>${[...faces, root, ...stacks].join('')}</style>` : '';
}
