import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { buildCatalogue } from './catalogue';
import { indexBySentence } from './numbers-index';

const { articles } = buildCatalogue(FIXTURE_CONTENT);

describe.each(articles.map((a) => [a.id, a] as const))('the numbers index of %s, by sentence', (_id, article) => {
	const sentences = indexBySentence(article.numbers);

	it('keeps every number once, in reading order', () => {
		expect(sentences.flatMap((s) => s.numbers.map((n) => n.offset))).toEqual(article.numbers.map((n) => n.number.offset));
	});

	it('tells each sentence once, and each number stands in its own sentence', () => {
		expect(new Set(sentences.map((s) => `${s.paragraph}:${s.text}`)).size).toBe(sentences.length);
		for (const s of sentences) for (const n of s.numbers) expect(s.text).toContain(n.text);
		expect(sentences.length).toBeLessThan(article.numbers.length);
	});
});
