import { describe, expect, it } from 'vitest';
import { segmentArticle, type Highlight } from './highlight';

const h = (offset: number, length: number, id: string): Highlight => ({ offset, length, id, chart: null });

describe('segmentArticle', () => {
	const text = 'one two three\nfour five\n\nsix';

	it('gives every line back exactly, highlights included', () => {
		const paragraphs = segmentArticle(text, [h(4, 3, 'a'), h(14, 4, 'b'), h(19, 4, 'c')]);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(text.split('\n'));
		expect(paragraphs.map((p) => p.marks.map((m) => m.id))).toEqual([['a'], ['b', 'c'], [], []]);
		expect(paragraphs[1]?.segments.map((s) => [s.text, s.mark?.anchors[0] ?? null])).toEqual([
			['four', 'b'], [' ', null], ['five', 'c']
		]);
	});

	it('cuts overlapping highlights at every edge, so two charts may cite one sentence', () => {
		const [first] = segmentArticle(text, [{ ...h(0, 7, 'a'), chart: 'x' }, { ...h(4, 9, 'b'), chart: 'y' }]);
		expect(first?.segments.map((s) => [s.text, s.mark?.anchors ?? null, s.mark?.charts ?? null])).toEqual([
			['one ', ['a'], ['x']], ['two', ['b'], ['x', 'y']], [' three', [], ['y']]
		]);
	});

	it('rejects a highlight that crosses the end of its paragraph', () => {
		expect(() => segmentArticle(text, [h(10, 6, 'a')])).toThrow('highlight a crosses the end of paragraph 1');
	});
});
