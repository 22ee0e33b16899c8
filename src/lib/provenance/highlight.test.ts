import { describe, expect, it } from 'vitest';
import { segmentArticle, type Highlight } from './highlight';

const h = (offset: number, length: number, id: string): Highlight => ({ offset, length, id, chart: null });

describe('segmentArticle', () => {
	const text = 'one two three\nfour five\n\nsix';

	it('gives every line back exactly, highlights included', () => {
		const paragraphs = segmentArticle(text, [h(4, 3, 'a'), h(14, 4, 'b'), h(19, 4, 'c')]);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(text.split('\n'));
		expect(paragraphs.map((p) => p.marks.map((m) => m.id))).toEqual([['a'], ['b', 'c'], [], []]);
		expect(paragraphs[1]?.segments.map((s) => [s.text, s.mark?.id ?? null])).toEqual([
			['four', 'b'], [' ', null], ['five', 'c']
		]);
	});

	it.each([
		[[h(0, 5, 'a'), h(4, 3, 'b')], 'highlights a and b overlap at offset 4'],
		[[h(10, 6, 'a')], 'highlight a crosses the end of paragraph 1']
	])('rejects %j', (marks, message) => {
		expect(() => segmentArticle(text, marks)).toThrow(message);
	});
});
