import subsetFont from 'subset-font';
import { readFileSync } from 'node:fs';
import { fullFontPath } from './fonts';
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

/**
 * `@font-face` rules embedding, for each face, only the glyphs the chart draws (WOFF2 in a data
 * URI, so the file requests nothing), named "Inter" like the font stack's first entry. The
 * unicode-range keeps the subset from standing in for a page's own Inter if the SVG is inlined.
 * Hinting and layout closure (alternates the text never selects) are dropped: they double the size.
 */
export async function embeddedFaces(used: Iterable<{ face: Face; chars: Set<string> }>): Promise<string> {
	const rules: string[] = [];
	const order = (f: Face) => f.weight * 2 + (f.style === 'italic' ? 1 : 0);
	for (const { face, chars } of [...used].sort((a, b) => order(a.face) - order(b.face))) {
		if (chars.size === 0) continue;
		const text = [...chars].sort().join('');
		const woff2 = await subsetFont(await fullFontTtf(face), text, { targetFormat: 'woff2', noLayoutClosure: true, noHinting: true });
		rules.push(
			`@font-face{font-family:Inter;font-weight:${face.weight};font-style:${face.style};unicode-range:${unicodeRange(chars)};` +
				`src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2")}`
		);
	}
	return rules.length ? `<defs><style>${rules.join('')}</style></defs>` : '';
}
