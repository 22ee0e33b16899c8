import { describe, expect, it } from 'vitest';
import { SVG_FONT_FAMILY, textToLines, unescapeXml, type Measure } from './svgText';

// A monospace stand-in for the canvas: every character is half the font size wide.
const measure: Measure = (text, _face, size) => text.length * size * 0.5;

/** A run as @napi-rs/canvas writes it: one x per glyph, each list ending in ", ". */
function run(text: string, x: number, { size = 10, y = '20, ', attrs = 'fill="#1A1A1A"' } = {}) {
	const xs = [...text].map((_, i) => `${x + i * size * 0.5}, `).join('');
	return `<text ${attrs} font-size="${size}" font-family="Inter" x="${xs}" y="${y}">${text}</text>`;
}
const space = '<text fill="#1A1A1A" font-size="10" font-family="Inter" x="" y=""></text>';
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('textToLines', () => {
	it.each([
		['words split at spaces join into one line', run('Asahi', 0) + space + run('poll', 30), ['Asahi poll']],
		['a run that starts where the line ends joins without a space', run('≈', 0) + run('70%', 5), ['≈70%']],
		['a run elsewhere on the baseline stays its own line', run('left', 0) + space + run('far', 200), ['left', 'far']],
		['a run on another baseline stays its own line', run('one', 0) + space + run('two', 20, { y: '40, ' }), ['one', 'two']],
		['a run in another colour stays its own line', run('one', 0) + space + run('two', 20, { attrs: 'fill="#595959"' }), ['one', 'two']],
		['elements between runs keep them apart', run('a', 0) + '<path d="M0 0"/>' + run('b', 5), ['a', 'b']]
	])('%s', (_, svg, lines) => {
		expect(texts(textToLines(svg, measure).svg)).toEqual(lines);
	});

	it('writes one x, the baseline, the font stack and the face', () => {
		const bold = 'fill="#1A1A1A" font-weight="600"';
		const { svg } = textToLines(run('Title', 16, { size: 20, y: '6.015625, ', attrs: bold }), measure);
		expect(svg).toBe(
			`<text fill="#1A1A1A" x="16" y="6.02" font-family="${SVG_FONT_FAMILY}" font-size="20" font-weight="700">Title</text>`
		);
		expect(SVG_FONT_FAMILY).toBe("Inter, 'Helvetica Neue', Arial, sans-serif");
	});

	it.each([
		['centred on a translated origin', -7.5, 'x="0" y="20" font-family="X" font-size="10" text-anchor="middle"'],
		['ending at a translated origin', -15, 'x="0" y="20" font-family="X" font-size="10" text-anchor="end"'],
		['starting at a translated origin', 0, 'x="0" y="20" font-family="X" font-size="10"']
	])('anchors text %s', (_, x, expected) => {
		const { svg } = textToLines(run('25%', x, { attrs: 'fill="#595959" transform="translate(173 405)"' }), measure);
		expect(svg.replace(`font-family="${SVG_FONT_FAMILY}"`, 'font-family="X"')).toContain(expected);
	});

	it('keeps escaped characters escaped and records each face’s characters', () => {
		const italic = 'fill="#595959" font-style="italic"';
		const { svg, used } = textToLines(run('a &amp; b', 0) + run('“q”', 0, { y: '40, ', attrs: italic }), measure);
		expect(texts(svg)).toEqual(['a &amp; b', '“q”']);
		expect([...used.values()].map(({ face, chars }) => [face, [...chars].join('')])).toEqual([
			[{ weight: 400, style: 'normal' }, 'a &b'],
			[{ weight: 400, style: 'italic' }, '“q”']
		]);
	});

	it('leaves a run on several baselines as the canvas wrote it', () => {
		const curved = '<text fill="#000" font-size="10" font-family="Inter" x="0, 5, " y="20, 22, ">ab</text>';
		expect(textToLines(curved, measure).svg).toBe(curved);
	});

	it('stops on a weight it cannot map to a face', () => {
		expect(() => textToLines(run('x', 0, { attrs: 'fill="#000" font-weight="800"' }), measure)).toThrow(
			'unexpected font-weight 800'
		);
	});
});

describe('text the canvas draws with contextual alternates', () => {
	it('keeps every character of a bound and of curly quotes in the SVG (Inter raises ">" before digits)', async () => {
		const { FIXTURE_CONTENT } = await import('$lib/catalogue');
		const { buildCatalogue } = await import('$lib/provenance/catalogue');
		const { figureSvg } = await import('./exports');
		const c = buildCatalogue(FIXTURE_CONTENT);
		const figure = c.figures.find((f) => f.values.some((v) => v.shown === 'more-than'))!;
		const svg = await figureSvg(figure, c.articles.find((a) => a.id === figure.article)!, '/charts/x');
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
		expect(texts).toContain('>50%');
		expect(texts).toContain('“more than half”');
	}, 60_000);
});
