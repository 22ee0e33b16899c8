import { Font } from 'fonteditor-core';
import subsetFont from 'subset-font';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { SCRIPT_CHAR, type ScriptFont } from '$lib/chart/scripts';

/**
 * A script face cut down to the characters the content uses. @fontsource splits Noto Sans JP and
 * SC into about a hundred slices by unicode-range; this reads the slices that hold the characters
 * (WOFF, so it runs synchronously, as the Node renderer does), keeps only those glyphs and merges
 * them into one TrueType face. Pages get it as WOFF2 (subset-font), Node registers it as it is.
 */

const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`@fontsource/${name}/package.json`));

type Ranges = [string, [number, number][]][];
const slices = new Map<string, Ranges>();

/** The package's slices: name → code point ranges, from its unicode.json. */
function slicesOf(face: ScriptFont): Ranges {
	let ranges = slices.get(face.name);
	if (!ranges) {
		const json = JSON.parse(readFileSync(join(packageDir(face.name), 'unicode.json'), 'utf8')) as Record<string, string>;
		ranges = Object.entries(json).map(([slice, list]) => [
			slice.replace(/[[\]]/g, ''),
			list.split(',').map((part) => {
				const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
				return [from!, to!] as [number, number];
			})
		]);
		slices.set(face.name, ranges);
	}
	return ranges;
}

/** The characters of `chars` the face should hold, sorted by code point so a subset depends on the set alone. */
export const sortedScriptChars = (chars: Iterable<string>): string[] =>
	[...new Set(chars)].filter((c) => SCRIPT_CHAR.test(c)).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);

/** One TrueType face holding `chars` (those the package has) at `weight`; throws if it has none of them. */
export function scriptFontTtf(face: ScriptFont, weight: number, chars: Iterable<string>): Buffer {
	const bySlice = new Map<string, number[]>();
	for (const ch of sortedScriptChars(chars)) {
		const point = ch.codePointAt(0)!;
		const slice = slicesOf(face).find(([, ranges]) => ranges.some(([a, b]) => point >= a && point <= b))?.[0];
		if (slice !== undefined) bySlice.set(slice, [...(bySlice.get(slice) ?? []), point]);
	}
	let merged: ReturnType<typeof Font.create> | undefined;
	for (const [slice, points] of [...bySlice].sort(([a], [b]) => Number(a) - Number(b))) {
		const file = join(packageDir(face.name), 'files', `${face.name}-${slice}-${weight}-normal.woff`);
		const part = Font.create(readFileSync(file), { type: 'woff', subset: points, inflate: (data: number[]) => [...inflateSync(Uint8Array.from(data))] });
		if (merged) merged.merge(part, { scale: 1 });
		else merged = part;
	}
	if (!merged) throw new Error(`${face.name} has none of the characters asked for`);
	// A kept glyph keeps every code point mapped to it (・ U+30FB also stands for ‧ U+2027): an SVG
	// writer reading text back from glyphs would then write the wrong one. Only asked-for points stay.
	const asked = new Set(sortedScriptChars(chars).map((c) => c.codePointAt(0)!));
	for (const glyph of merged.get().glyf) if (glyph.unicode) glyph.unicode = glyph.unicode.filter((u) => asked.has(u));
	return Buffer.from(merged.write({ type: 'ttf', toBuffer: true }) as Buffer);
}

/** The same face as WOFF2 for pages and the SVG: hinting and layout alternates dropped, as for the SVG's Inter. */
export const scriptFontWoff2 = (face: ScriptFont, weight: number, chars: string[]): Promise<Buffer> =>
	subsetFont(scriptFontTtf(face, weight, chars), chars.join(''), { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true });
