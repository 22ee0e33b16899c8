import { describe, expect, it } from 'vitest';
import { ArticleText, occurrencesOf } from './quote';

const TEXT = [
	'Officials met twice. The latest poll shows that nearly 70% of people believe the U.S. should act, while only 20% of people choose to "obey the U.S.". This was new.',
	'A caption line',
	'Mr. Tanaka said 23% of trade is with China. Then, Dr. Sato visited again after three months.',
	'Three waves came. Then three waves left.'
].join('\n');
const article = new ArticleText(TEXT);

describe('ArticleText.locate', () => {
	it.each([
		['nearly 70%', undefined, 1],
		['three waves', 1, 4],
		['23%', undefined, 3],
		['A caption', undefined, 2]
	])('finds %j (occurrence %s) in paragraph %i', (text, occurrence, paragraph) => {
		const result = article.locate({ text, occurrence });
		expect(result.ok && result.quote.paragraph).toBe(paragraph);
		if (result.ok) expect(TEXT.slice(result.quote.offset, result.quote.offset + result.quote.length)).toBe(text);
	});

	it.each([
		[{ text: 'nearly 80%' }, '"nearly 80%" is not in the article'],
		[{ text: '' }, '"" is not in the article'],
		[{ text: 'Then' }, '"Then" occurs 2 times; name the occurrence (1-2)'],
		[{ text: 'only 20%', occurrence: 0 }, 'occurrence 0 of "only 20%" does not exist (it occurs 1 times)'],
		[{ text: 'only 20%', occurrence: 1.5 }, 'occurrence 1.5 of "only 20%" does not exist (it occurs 1 times)'],
		[{ text: 'new.\nA caption' }, '"new.\\nA caption" runs from paragraph 1 into paragraph 2; a quote stays inside one paragraph']
	])('explains why %j cannot be located', (ref, problem) => {
		expect(article.locate(ref)).toEqual({ ok: false, problem });
	});

	it('finds overlapping occurrences', () => {
		expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
	});
});

describe('ArticleText.sentenceAround', () => {
	const sentenceOf = (text: string) => {
		const r = article.locate({ text });
		if (!r.ok) throw new Error(r.problem);
		return article.sentenceAround(r.quote).text;
	};

	it.each([
		['nearly 70%', 'The latest poll shows that nearly 70% of people believe the U.S. should act, while only 20% of people choose to "obey the U.S.".'],
		['23%', 'Mr. Tanaka said 23% of trade is with China.'],
		['after three months', 'Then, Dr. Sato visited again after three months.'],
		['A caption', 'A caption line'],
		['twice', 'Officials met twice.']
	])('keeps "U.S.", "Mr." and "Dr." inside the sentence around %j', (quote, sentence) => {
		expect(sentenceOf(quote)).toBe(sentence);
	});

	it('ends a sentence before one that starts with a digit', () => {
		const text = new ArticleText('It was rare. 23% of people agreed. Then it rained.');
		expect(text.sentenceAround({ offset: 13, length: 3 }).text).toBe('23% of people agreed.');
	});
});

describe('ArticleText.mentionsIn', () => {
	it('finds the number a quote holds even when its hedge stands outside the quote', () => {
		const r = article.locate({ text: '70% of people' });
		const [mention] = r.ok ? article.mentionsIn(r.quote) : [];
		expect([mention?.text, mention?.qualifier]).toEqual(['nearly 70%', 'approx']);
	});
});
