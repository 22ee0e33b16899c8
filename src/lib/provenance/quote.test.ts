import { describe, expect, it } from 'vitest';
import article from '$lib/content/articles/japan-turns-from-us.txt?raw';
import { locateQuote, occurrencesOf, sentenceAround } from './quote';

describe('locateQuote', () => {
	it.each([
		['nearly 70%', undefined, 9],
		['three waves of delegations', 1, 1],
		['three waves of delegations', 2, 3],
		['23%', undefined, 7],
		['Disclaimer: This article', undefined, 17]
	])('finds %j (occurrence %s) in paragraph %i', (text, occurrence, paragraph) => {
		const result = locateQuote(article, { text, occurrence });
		expect(result.ok && result.quote.paragraph).toBe(paragraph);
		if (result.ok) expect(article.slice(result.quote.offset, result.quote.offset + result.quote.length)).toBe(text);
	});

	it('counts offsets from the start of the file', () => {
		const result = locateQuote(article, { text: 'Recently', occurrence: 1 });
		expect(result).toMatchObject({ ok: true, quote: { offset: 0, paragraph: 1 } });
	});

	it.each([
		[{ text: 'nearly 80%' }, '"nearly 80%" is not in the article'],
		[{ text: '' }, '"" is not in the article'],
		[{ text: 'three waves of delegations' }, '"three waves of delegations" occurs 2 times; name the occurrence (1-2)'],
		[{ text: 'only 15%', occurrence: 0 }, 'occurrence 0 of "only 15%" does not exist (it occurs 1 times)'],
		[{ text: 'only 15%', occurrence: 1.5 }, 'occurrence 1.5 of "only 15%" does not exist (it occurs 1 times)']
	])('explains why %j cannot be located', (ref, problem) => {
		expect(locateQuote(article, ref)).toEqual({ ok: false, problem });
	});

	it('finds overlapping occurrences', () => {
		expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
	});
});

describe('sentenceAround', () => {
	it('ends a sentence before one that starts with a digit', () => {
		const text = 'It was rare. 23% of people agreed. Then it rained.';
		expect(sentenceAround(text, { offset: 13, length: 3 }).text).toBe('23% of people agreed.');
	});

	const sentenceOf = (text: string) => {
		const r = locateQuote(article, { text });
		if (!r.ok) throw new Error(r.problem);
		return sentenceAround(article, r.quote).text;
	};

	it.each([
		['nearly 70%', 'The latest poll results of Japan\'s Asahi Shimbun show that nearly 70% of Japanese people believe that Japan should adopt a more independent stance towards the U.S., while only 20% of people choose to "obey the U.S.".'],
		['only 15%', 'More attention should be paid to the fact that only 15% of the public believes that the U.S. will defend Japan at critical moments.'],
		['23%', "For example, Japan's trade with China accounts for 23% of its total trade volume."],
		['after three months', 'Then, Yoshinori Onuma, secretary-general of the Liberal Democratic Party (LDP), visited China again after three months.']
	])('keeps "U.S." inside the sentence around %j', (quote, sentence) => {
		expect(sentenceOf(quote)).toBe(sentence);
	});
});
