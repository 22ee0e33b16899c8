import { primaryLang } from '$lib/lang';
import { CHART_FONT, FONT_FAMILY, PAGE_FONT } from './theme';

/**
 * Faces for scripts Inter does not have, one per language that needs its own glyph forms (Han
 * characters are drawn differently in Japanese and Chinese). Each ships as a subset of the
 * @fontsource package holding only the characters the content uses: the pages load it with a
 * unicode-range, so a page without those characters never fetches it, and Node registers it.
 */
export interface ScriptFont {
	/** Primary language subtag it serves: `ja`, `zh`. */
	lang: string;
	/** The family name pages, canvas and SVG ask for. */
	family: string;
	/** Base name of the @fontsource package and of its files. */
	name: string;
	/** Weights shipped; the charts' 600 draws in the nearest heavier one. */
	weights: readonly (400 | 700)[];
}

export const SCRIPT_FONTS: readonly ScriptFont[] = [
	{ lang: 'ja', family: 'citecharts Noto Sans JP', name: 'noto-sans-jp', weights: [400, 700] },
	{ lang: 'zh', family: 'citecharts Noto Sans SC', name: 'noto-sans-sc', weights: [400, 700] }
];

/** Characters a script face draws: CJK letters, kana, CJK punctuation, full-width forms. Inter draws the rest. */
export const SCRIPT_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/u;

/** The script face for a language, if it needs one. */
export const scriptFontFor = (lang: string): ScriptFont | undefined => SCRIPT_FONTS.find((f) => f.lang === primaryLang(lang));

/** The characters of `text` a script face must hold. */
export const scriptChars = (text: string): Set<string> => new Set([...text].filter((c) => SCRIPT_CHAR.test(c)));

/** The canvas font stack for a language: Inter first, then the language's script face. */
export function chartFontFamily(lang: string): string {
	const face = scriptFontFor(lang);
	return face ? `'${CHART_FONT}', '${face.family}', ${PAGE_FONT}` : FONT_FAMILY;
}

/** The face's name in exported SVG: its plain name ("Noto Sans JP"), so a designer's installed copy stands in. */
export const svgScriptFamily = (face: ScriptFont): string => face.family.replace(/^citecharts /, '');

/** The page font stack inside an element of that language. */
export function pageFontFamily(lang: string): string {
	const face = scriptFontFor(lang);
	return face ? PAGE_FONT.replace(/^Inter, /, `Inter, '${face.family}', `) : PAGE_FONT;
}
