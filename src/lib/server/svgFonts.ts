import subsetFont from 'subset-font';
import { readFileSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import { CHART_FONT } from '$lib/chart/theme';
import { FACES, fullFontPath } from './fonts';
import { SCRIPT_CHAR, svgScriptFamily, type ScriptFont } from '$lib/chart/scripts';
import { scriptFontWoff2 } from './scriptFonts';
import type { Face } from './svgText';

const decoded = new Map<string, Promise<Buffer>>();

/** The full Inter face as TrueType, decoded from WOFF2 once per process: decoding is most of a subset's time. */
export function fullFontTtf(face: Face): Promise<Buffer> {
	const path = fullFontPath(face);
	let ttf = decoded.get(path);
	if (!ttf) decoded.set(path, (ttf = subsetFont(readFileSync(path), '', { targetFormat: 'truetype', keepAllGlyphs: true })));
	return ttf;
}

/** Code points as a CSS unicode-range, consecutive ones joined into ranges. */
export function unicodeRange(chars: Iterable<string>): string {
	const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
	const hex = (n: number) => n.toString(16).toUpperCase();
	const ranges: string[] = [];
	for (let i = 0; i < points.length; i++) {
		let j = i;
		while (points[j + 1] === points[j]! + 1) j++;
		ranges.push(j > i ? `U+${hex(points[i]!)}-${hex(points[j]!)}` : `U+${hex(points[i]!)}`);
		i = j;
	}
	return ranges.join(',');
}

/** One face's subset: the glyphs of `chars` from `family` at `face`'s weight and style, as WOFF2. */
export interface SubsetFace {
	/** The family's name, unquoted: "Inter", or a script face's for the characters Inter lacks. */
	family: string;
	face: Face;
	/** The characters it draws, as a CSS unicode-range. */
	range: string;
	woff2: Buffer;
}

/**
 * For each face, only the glyphs drawn, named "Inter" like the font stack's first entry; the
 * characters Inter lacks (CJK) from the script face. Hinting and layout closure (alternates the
 * text never selects) are dropped: they double the size.
 */
export async function subsetFaces(used: Iterable<{ face: Face; chars: Set<string> }>, script?: ScriptFont): Promise<SubsetFace[]> {
	const faces: SubsetFace[] = [];
	const order = (f: Face) => f.weight * 2 + (f.style === 'italic' ? 1 : 0);
	for (const { face, chars: all } of [...used].sort((a, b) => order(a.face) - order(b.face))) {
		const scriptChars = script ? [...all].filter((c) => SCRIPT_CHAR.test(c)).sort() : [];
		const chars = new Set([...all].filter((c) => !scriptChars.includes(c)));
		if (script && scriptChars.length) faces.push(await scriptSubset(script, face, scriptChars));
		if (chars.size === 0) continue;
		const text = [...chars].sort().join('');
		const woff2 = await subsetFont(await fullFontTtf(face), text, { targetFormat: 'woff2', noLayoutClosure: true, noHinting: true });
		faces.push({ family: 'Inter', face, range: unicodeRange(chars), woff2 });
	}
	return faces;
}

/** The script face's subset for one face of the chart: italic is drawn upright (the faces have none), 600 as 700. */
async function scriptSubset(script: ScriptFont, face: Face, chars: string[]): Promise<SubsetFace> {
	const weight = script.weights.find((w) => w >= face.weight) ?? script.weights.at(-1)!;
	return { family: svgScriptFamily(script), face, range: unicodeRange(chars), woff2: await scriptFontWoff2(script, weight, chars) };
}

/** A subset as an `@font-face` rule (for an SVG's `<style>`), its WOFF2 in a data URI so the file requests nothing. */
export const faceRule = ({ family, face, range, woff2 }: SubsetFace): string =>
	`@font-face{font-family:${/\s/.test(family) ? `'${family}'` : family};font-weight:${face.weight};font-style:${face.style};unicode-range:${range};` +
	`src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2")}`;

/** The `@font-face` rules embedding the subsets of `used` (see subsetFaces). */
export const embeddedFaces = async (used: Iterable<{ face: Face; chars: Set<string> }>, script?: ScriptFont): Promise<string> =>
	(await subsetFaces(used, script)).map(faceRule).join('');

/**
 * Inter without its contextual alternates, the face the SVG is drawn in. Inter's `calt` turns
 * ">" and "<" before a digit into raised glyphs that map to no character, so Skia's SVG writer,
 * which writes text back from glyphs, dropped them: ">50%" became "50%", a bound lost. Kerning
 * stays, so every advance, and the layout, are the PNG's.
 */
export const FLAT_FAMILY = 'citecharts Inter flat';

/**
 * The characters the flat face keeps: @fontsource's latin range (what the pages draw in Inter)
 * and ≈ ≤ ≥. Only these: a glyph that also stands for a code point outside them (” is also
 * U+02EE in Inter) would be written back as that one.
 */
const FLAT_RANGES: [number, number][] = [
	[0x20, 0x7e], [0xa0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da], [0x2dc, 0x2dc],
	[0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0x2248, 0x2248], [0x2264, 0x2265]
];
const FLAT_TEXT = FLAT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
let flat: Promise<void> | undefined;
export const registerFlatFaces = (): Promise<void> =>
	(flat ??= Promise.all(
		FACES.map(async (face) => {
			const ttf = await subsetFont(await fullFontTtf(face), FLAT_TEXT, { targetFormat: 'truetype', keepFeatures: ['kern'] });
			if (!GlobalFonts.register(ttf, FLAT_FAMILY)) throw new Error(`could not register ${FLAT_FAMILY} ${face.weight} ${face.style}`);
		})
	).then(() => undefined));

/** A font (or font stack) naming the flat face where it names the charts' Inter. */
export const flatFont = (font: string): string => font.replace(`'${CHART_FONT}', `, `'${FLAT_FAMILY}', `);

/** A context whose fonts name the flat face where they name the charts' Inter. */
export function withFlatFaces<C extends { font: string }>(ctx: C): C {
	const font = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ctx), 'font');
	if (!font?.get || !font.set) throw new Error('the canvas context has no font accessor to wrap');
	Object.defineProperty(ctx, 'font', {
		get: () => font.get!.call(ctx),
		set: (value: string) => font.set!.call(ctx, flatFont(value))
	});
	return ctx;
}
