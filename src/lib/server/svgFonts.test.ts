import { describe, expect, it } from 'vitest';
import { embeddedFaces, unicodeRange } from './svgFonts';

describe('unicodeRange', () => {
	it.each([
		['a', 'U+61'],
		['cab', 'U+61-63'],
		['“≈ 7%0”', 'U+20,U+25,U+30,U+37,U+201C-201D,U+2248'],
		['aa', 'U+61']
	])('%s → %s', (chars, range) => {
		expect(unicodeRange(chars)).toBe(range);
	});
});

describe('embeddedFaces', () => {
	it('embeds one WOFF2 subset per face, in a fixed order, covering exactly its characters', async () => {
		const css = await embeddedFaces([
			{ face: { weight: 700, style: 'normal' }, chars: new Set('≈70%') },
			{ face: { weight: 400, style: 'italic' }, chars: new Set('“q”') }
		]);
		const rules = [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]!);
		expect(rules.map((r) => /font-weight:(\d+);font-style:(\w+);unicode-range:([^;]+)/.exec(r)?.slice(1))).toEqual([
			['400', 'italic', 'U+71,U+201C-201D'],
			['700', 'normal', 'U+25,U+30,U+37,U+2248']
		]);
		for (const rule of rules) {
			const data = /base64,([^)]+)\)/.exec(rule)![1]!;
			expect(Buffer.from(data, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
		}
	}, 30_000);

	it('writes nothing for a chart without text', async () => {
		expect(await embeddedFaces([])).toBe('');
	});
});
